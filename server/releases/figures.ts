/**
 * From what an upload says per municipality to the figures the dashboard stores per
 * city: every municipality must be one of SCB's 290 (others are "unknown"); those
 * outside the dashboard are read and left out; every dashboard city must be present
 * with all nine main sectors in every year of the file.
 */
import { createHash } from 'node:crypto';
import type { NationalSeries } from './national.ts';
import type { ProblemList } from './problems.ts';

/** One municipality as an upload gives it, before it is matched to a city. */
export interface UploadEntry {
  /** The municipality's name (SMHI's export) and/or its kommunkod (the project's JSON). */
  name?: string | undefined;
  kommunkod?: string | undefined;
  /** Where the municipality first appears, and the column that names it. */
  row: number;
  column: number | string | null;
  /** The column given with a problem about the municipality's rows as a whole: null, or a sheet's name. */
  wholeRow?: string | null | undefined;
  /** year → sector id → tonnes CO2e. */
  sectors: Map<number, Map<string, number>>;
  /** year → the file's own total; absent years get the sum of the sectors. */
  totals: Map<number, number>;
  /** `year|sector id` of values already reported as invalid, so they are not reported again as missing. */
  invalid?: Set<string> | undefined;
  /** Where a year's value of a sector (or, for null, the file's own total) is in the file; default: row and column above. */
  locate?:
    ((year: number, sectorId: string | null) => { row: number | null; column: number | string | null }) | undefined;
}

export interface CityFigures {
  /** year → sector id → tonnes CO2e, every sector present. */
  sectors: Map<number, Map<string, number>>;
  totals: Map<number, number>;
}

/** One release's figures for the dashboard's cities. */
export interface ReleaseFigures {
  years: number[];
  /** city id → figures. */
  cities: Map<string, CityFigures>;
}

export interface Reference {
  municipalities: { kommunkod: string; name: string }[];
  /** The dashboard's cities. */
  cities: { id: string; name: string; kommunkod: string }[];
  /** The main sectors in display order. */
  sectors: { id: string; smhiName: string }[];
  /** Sweden's emissions per year and sector, the bound of every municipality's (plausibility.ts). */
  national: NationalSeries | null;
}

/** Sum of the sectors as the dataset builder rounds it (to the hundredth of a tonne). */
export function sectorSum(values: Iterable<number>): number {
  let sum = 0;
  for (const v of values) sum += v;
  return Math.round(sum * 100) / 100;
}

/** The upload's entry of each municipality, by kommunkod; unknown, mismatched and repeated entries are problems. */
function matchMunicipalities(
  entries: UploadEntry[],
  reference: Reference,
  problems: ProblemList,
): Map<string, UploadEntry> {
  const byCode = new Map(reference.municipalities.map((m) => [m.kommunkod, m]));
  const byName = new Map(reference.municipalities.map((m) => [m.name, m]));
  const found = new Map<string, UploadEntry>();
  for (const entry of entries) {
    const municipality =
      entry.kommunkod !== undefined
        ? byCode.get(entry.kommunkod)
        : entry.name !== undefined
          ? byName.get(entry.name.trim())
          : undefined;
    if (!municipality) {
      const named = [entry.name && `'${entry.name}'`, entry.kommunkod && `kommunkod ${entry.kommunkod}`]
        .filter(Boolean)
        .join(', ');
      problems.add(
        entry.row,
        entry.column,
        `unknown municipality ${named || '(no name)'}: not one of SCB's 290 municipalities`,
      );
      continue;
    }
    if (entry.kommunkod !== undefined && entry.name !== undefined && entry.name.trim() !== municipality.name) {
      problems.add(
        entry.row,
        entry.column,
        `kommunkod ${entry.kommunkod} is ${municipality.name}, not '${entry.name}'`,
      );
    }
    if (found.has(municipality.kommunkod)) {
      problems.add(entry.row, entry.column, `${municipality.name} appears a second time`);
      continue;
    }
    found.set(municipality.kommunkod, entry);
  }
  return found;
}

/** One city's figures per year; a main sector missing in some or all years is a problem. */
function cityFigures(
  city: Reference['cities'][number],
  entry: UploadEntry,
  years: number[],
  reference: Reference,
  problems: ProblemList,
): CityFigures {
  const figures: CityFigures = { sectors: new Map(), totals: new Map() };
  for (const sector of reference.sectors) {
    const missing = years.filter(
      (y) => entry.sectors.get(y)?.get(sector.id) === undefined && !entry.invalid?.has(`${y}|${sector.id}`),
    );
    const where = entry.wholeRow ?? null;
    if (missing.length === years.length && years.length > 0)
      problems.add(entry.row, where, `${city.name} has no figures for main sector '${sector.smhiName}'`);
    else if (missing.length > 0)
      problems.add(
        entry.row,
        where,
        `${city.name}: main sector '${sector.smhiName}' is missing for ${missing.join(', ')}`,
      );
  }
  for (const year of years) {
    const values = new Map(reference.sectors.map((s) => [s.id, entry.sectors.get(year)?.get(s.id) ?? 0]));
    figures.sectors.set(year, values);
    figures.totals.set(year, entry.totals.get(year) ?? sectorSum(values.values()));
  }
  return figures;
}

const MISSING_NAMED = 10;

/**
 * A release covers every municipality of the dashboard (the programme is compared with the rest of
 * Sweden): each missing one is a problem, or, when many are, one problem naming the first few.
 */
function reportMissing(missing: Reference['cities'], problems: ProblemList): void {
  if (missing.length <= MISSING_NAMED) {
    for (const city of missing)
      problems.add(
        null,
        null,
        `${city.name} (${city.kommunkod}), a municipality of the dashboard, is missing from the file`,
      );
    return;
  }
  const named = missing.slice(0, MISSING_NAMED).map((c) => c.name);
  problems.add(
    null,
    null,
    `${missing.length} municipalities of the dashboard are missing from the file (${named.join(', ')} and ${missing.length - MISSING_NAMED} more): a release covers all of them`,
  );
}

export function resolveFigures(entries: UploadEntry[], years: number[], reference: Reference, problems: ProblemList) {
  const found = matchMunicipalities(entries, reference, problems);
  const cities = new Map<string, CityFigures>();
  const cityIds: string[] = [];
  const missing: Reference['cities'] = [];
  for (const city of reference.cities) {
    const entry = found.get(city.kommunkod);
    if (!entry) {
      missing.push(city);
      continue;
    }
    cityIds.push(city.id);
    cities.set(city.id, cityFigures(city, entry, years, reference, problems));
  }
  reportMissing(missing, problems);
  const ignoredMunicipalities = [...found.keys()].filter(
    (code) => !reference.cities.some((c) => c.kommunkod === code),
  ).length;
  return { figures: { years, cities } satisfies ReleaseFigures, cityIds, ignoredMunicipalities };
}

/**
 * SHA-256 of the figures in a canonical order (cities by id, years ascending, sectors in
 * display order, then the total), so the same figures hash alike whatever file they came from.
 */
export function contentHash(figures: ReleaseFigures, sectorIds: readonly string[]): string {
  const canonical = [...figures.cities.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, city]) => [
      id,
      [...city.totals.keys()]
        .sort((a, b) => a - b)
        .map((year) => [
          year,
          sectorIds.map((s) => city.sectors.get(year)?.get(s) ?? null),
          city.totals.get(year) ?? null,
        ]),
    ]);
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}
