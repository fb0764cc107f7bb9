/**
 * Klimatkontrakt 2030 standing on a given day. The rule, used by every view:
 * - `signed`: the city signed a contract (any yearly version) on or before the day;
 * - `letter-of-intent`: it signed only a letter of intent by then;
 * - `joined`: it was a member of the programme on the day but had signed nothing yet;
 * - `not-joined`: none of the above.
 * Dates compare as ISO strings; a join date known only to the year (`2019-01-01`, precision
 * `year`) counts from the start of that year (roster.ts).
 */
import type { ContractStatus, Signing } from '../../contract/index.ts';
import { isMemberOn } from './roster.ts';
import type { MembershipRecord } from './snapshot.ts';

export interface ContractStanding {
  status: ContractStatus;
  firstSignedOn: string | null;
  firstSignedDateCertainty: 'stated' | 'inferred' | null;
  latestVersionId: string | null;
}

export function contractStandingOn(
  signings: readonly Signing[],
  membership: Pick<MembershipRecord, 'joinedOn' | 'leftOn'> | undefined,
  asOf: string,
): ContractStanding {
  const before = signings.filter((s) => s.signedOn <= asOf);
  const contracts = before.filter((s) => s.kind === 'contract').sort((a, b) => a.signedOn.localeCompare(b.signedOn));
  const first = contracts[0];
  const latest = contracts[contracts.length - 1];
  let status: ContractStatus = 'not-joined';
  if (first) status = 'signed';
  else if (before.some((s) => s.kind === 'letter-of-intent')) status = 'letter-of-intent';
  else if (membership && isMemberOn(membership, asOf)) status = 'joined';
  return {
    status,
    firstSignedOn: first?.signedOn ?? null,
    firstSignedDateCertainty: first?.dateCertainty ?? null,
    latestVersionId: latest?.versionId ?? null,
  };
}

/**
 * Cumulative count of cities with a signed contract at the end of each year, from the
 * year of the first signing to the year of the last signing on or before `asOf`. A year's
 * count is `inferred` when a first contract it adds has an inferred date (the wave-2 cities'
 * 2022-12-08, say): the count then rests on a date the sources do not state.
 */
export function signedByYear(
  signings: readonly Signing[],
  asOf: string,
): { year: number; count: number; inferred: boolean }[] {
  const firstByCity = new Map<string, Signing>();
  for (const s of signings) {
    if (s.kind !== 'contract' || s.signedOn > asOf) continue;
    const known = firstByCity.get(s.cityId);
    if (!known || s.signedOn < known.signedOn) firstByCity.set(s.cityId, s);
  }
  const firstSignings = [...firstByCity.values()];
  const firsts = firstSignings.map((s) => s.signedOn).sort();
  if (firsts.length === 0) return [];
  const startYear = Number(firsts[0]?.slice(0, 4));
  // Up to the last year in which anything was signed: later years would only repeat it.
  const lastSigning = signings
    .filter((s) => s.signedOn <= asOf)
    .reduce((latest, s) => (s.signedOn > latest ? s.signedOn : latest), '');
  const endYear = Number(lastSigning.slice(0, 4));
  const result: { year: number; count: number; inferred: boolean }[] = [];
  for (let year = startYear; year <= endYear; year++) {
    const added = firstSignings.filter((s) => s.signedOn.startsWith(String(year)));
    result.push({
      year,
      count: firsts.filter((d) => d <= `${year}-12-31`).length,
      inferred: added.some((s) => s.dateCertainty === 'inferred'),
    });
  }
  return result;
}
