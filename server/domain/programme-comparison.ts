/**
 * The programme against the rest of Sweden (issue 18). Three groups over the same reported years
 * of one SMHI release:
 * - the programme: its members now (roster.ts), their totals added up;
 * - the rest: every other municipality, added up;
 * - Sweden: SMHI's national total (the national series), which also holds emissions no
 *   municipality is given, so it is more than programme + rest.
 * For each group and year: tonnes, population (SCB, 31 December; the municipalities' added up,
 * which for Sweden is the whole country), t per person, and the index on 1990 and on 2015
 * (tonnes ÷ base-year tonnes × 100). A group's year counts only when every municipality in it
 * reports it, so no year is a sum of some of them. Changes since 1990 and 2015 are change.ts's.
 * The method and caveat texts (COMPARISON_METHOD) say this in both languages.
 */
import type { ComparisonGroup, ComparisonGroupId, ComparisonPoint } from '../../contract/comparison.ts';
import { changePercent, round } from './change.ts';
import type { CityRecord, Localized, Snapshot } from './snapshot.ts';

const LABELS: Record<ComparisonGroupId, Localized> = {
  programme: { sv: 'Programmets städer', en: 'The programme’s cities' },
  rest: { sv: 'Övriga kommuner', en: 'All other municipalities' },
  sweden: { sv: 'Sverige totalt (SMHI)', en: 'Sweden in total (SMHI)' },
};

interface YearSum {
  tonnes: number;
  population: number | null;
}

/** Tonnes and persons of `cities` added up per reported year; a year a city lacks is left out. */
function sumCities(snapshot: Snapshot, cities: readonly CityRecord[], years: readonly number[]): Map<number, YearSum> {
  const sums = new Map<number, YearSum>();
  for (const year of years) {
    let tonnes = 0;
    let population: number | null = 0;
    let complete = true;
    for (const city of cities) {
      const value = snapshot.totals.get(city.id)?.get(year);
      if (value === undefined) {
        complete = false;
        break;
      }
      tonnes += value;
      const persons = snapshot.population.get(city.id)?.get(year)?.persons;
      population = persons === undefined || population === null ? null : population + persons;
    }
    if (complete && cities.length > 0) sums.set(year, { tonnes, population });
  }
  return sums;
}

const index = (value: number, base: number | undefined) =>
  base === undefined || base === 0 ? null : round((value / base) * 100, 2);

function group(id: ComparisonGroupId, municipalities: number | null, sums: Map<number, YearSum>): ComparisonGroup {
  const base1990 = sums.get(1990)?.tonnes;
  const base2015 = sums.get(2015)?.tonnes;
  const points: ComparisonPoint[] = [...sums]
    .sort((a, b) => a[0] - b[0])
    .map(([year, { tonnes, population }]) => ({
      year,
      tonnesCo2e: round(tonnes, 2),
      population,
      tonnesPerCapita: population ? round(tonnes / population, 4) : null,
      index1990: index(tonnes, base1990),
      index2015: index(tonnes, base2015),
    }));
  const latest = points.at(-1) ?? null;
  const perCapita2015 = points.find((p) => p.year === 2015)?.tonnesPerCapita ?? undefined;
  return {
    id,
    label: LABELS[id],
    municipalities,
    points,
    changeSince1990Percent: latest ? changePercent(base1990, sums.get(latest.year)?.tonnes) : null,
    changeSince2015Percent: latest ? changePercent(base2015, sums.get(latest.year)?.tonnes) : null,
    perCapitaChangeSince2015Percent: latest ? changePercent(perCapita2015, latest.tonnesPerCapita ?? undefined) : null,
    latest,
  };
}

/** The three groups over the release's reported years. */
export function programmeComparisonGroups(snapshot: Snapshot): ComparisonGroup[] {
  const years = snapshot.release.years;
  const memberIds = new Set(snapshot.members.map((c) => c.id));
  const rest = snapshot.cities.filter((c) => !memberIds.has(c.id));
  const everyone = sumCities(snapshot, snapshot.cities, years);
  const national = new Map<number, YearSum>();
  for (const year of years) {
    const tonnes = snapshot.national?.totals.get(year);
    if (tonnes !== undefined) national.set(year, { tonnes, population: everyone.get(year)?.population ?? null });
  }
  return [
    group('programme', snapshot.members.length, sumCities(snapshot, snapshot.members, years)),
    group('rest', rest.length, sumCities(snapshot, rest, years)),
    group('sweden', null, national),
  ];
}
