/** Builds the per-city and programme-wide figures of the read API from a snapshot. */
import type { CitySummary, Membership, ProgrammeSummary } from '../../contract/index.ts';
import type { CityRecord, MembershipRecord, Snapshot } from './snapshot.ts';
import { isMemberOn, membershipOf, membershipsOf } from './roster.ts';
import { computationOf } from './assessment.ts';
import { changePercent, round } from './change.ts';
import { contractStandingOn, signedByYear } from './contracts.ts';
import { countStandings } from './target-standing.ts';

/**
 * One city's summary for the `asOf` day. Everything but the contract standing is per
 * snapshot and read from the memoised computations (assessment.ts).
 */
export function citySummary(snapshot: Snapshot, city: CityRecord, asOf: string): CitySummary {
  const { figures, assessment } = computationOf(snapshot, city.id);
  const programme = membershipOf(snapshot, city.id);
  return {
    id: city.id,
    name: city.name,
    kommunkod: city.kommunkod,
    lan: city.lan,
    inProgramme: programme !== undefined && isMemberOn(programme, asOf),
    memberships: membershipsOf(snapshot, city.id).map((m) => membershipOn(m, asOf)),
    location: { lat: city.location.lat, lon: city.location.lon, kind: city.location.kind },
    contract: contractStandingOn(
      snapshot.signings.filter((s) => s.cityId === city.id),
      programme,
      asOf,
    ),
    latest: figures.latest,
    changeSince1990Percent: figures.changeSince1990Percent,
    changeSince2015Percent: figures.changeSince2015Percent,
    assessment,
  };
}

/** A membership as the API shows it on `asOf`. */
export function membershipOn(m: MembershipRecord, asOf: string): Membership {
  const { cityId: _cityId, ...rest } = m;
  return { ...rest, onAsOf: isMemberOn(m, asOf) };
}

/**
 * Programme-wide headline of the members on `asOf` (`cities`). The combined change adds up the
 * cities that report both years (all of them, in SMHI's data) and compares the sums.
 */
export function programmeSummary(snapshot: Snapshot, cities: readonly CitySummary[], asOf: string): ProgrammeSummary {
  const latest = snapshot.release.dataThroughYear;
  const memberIds = new Set(cities.map((c) => c.id));
  const sumFor = (year: number, base: number) => {
    let now = 0;
    let then = 0;
    for (const city of cities) {
      const totals = snapshot.totals.get(city.id);
      const a = totals?.get(base);
      const b = totals?.get(year);
      if (a === undefined || b === undefined) continue;
      then += a;
      now += b;
    }
    return { now, then };
  };
  const since1990 = sumFor(latest, 1990);
  const since2015 = sumFor(latest, 2015);
  let total = 0;
  for (const city of cities) total += snapshot.totals.get(city.id)?.get(latest) ?? 0;
  return {
    cityCount: cities.length,
    signedCount: cities.filter((c) => c.contract.status === 'signed').length,
    letterOfIntentCount: cities.filter((c) => c.contract.status === 'letter-of-intent').length,
    signedByYear: signedByYear(
      snapshot.signings.filter((s) => memberIds.has(s.cityId)),
      asOf,
    ),
    targetStandings: countStandings(cities.map((c) => c.assessment.targetStanding)),
    combined: {
      latestYear: latest,
      tonnesCo2e: round(total, 2),
      changeSince1990Percent: changePercent(since1990.then, since1990.now),
      changeSince2015Percent: changePercent(since2015.then, since2015.now),
    },
  };
}
