/**
 * Is a figure a plausible tonnage? Every value must already be finite and non-negative (the
 * readers check that); here it must also stay below a bound derived from the data itself:
 *
 * - a municipality cannot emit more than Sweden. For a year in SMHI's national series, the
 *   bound of a sector value is Sweden's figure for that sector and year, and the bound of a
 *   total is Sweden's total. Where the series has 0 for a sector (international transport
 *   before 2023), the year's national total bounds it instead.
 * - for a year the national series lacks (2016–2019 and 2011–2014 in older releases, or a
 *   year newer than the series), the bound is DERIVED_BOUND_FACTOR × the national figure of
 *   the nearest year in the series (the larger on a tie). Sweden's total moved by at most
 *   17 % between neighbouring years of the series (2010 → 2015), so 1.5 × leaves room for
 *   real change while a misplaced decimal comma (× 10, × 1000) still fails.
 * - without any national series stored, FALLBACK_BOUND_TONNES.
 *
 * Every value above its bound is a problem naming the value, the bound and where it comes from.
 *
 * Where the file gives a municipality-year total of its own, the main sectors must add up to
 * it within SUM_TOLERANCE_TONNES or SUM_TOLERANCE_FRACTION of the total, whichever is larger.
 * Measured on the real data (data/dataset.json, data/dataset-all.json and SMHI's raw export
 * to 2019, every municipality, county and Sweden, every year), the largest difference is
 * 0.0084 t (Sweden 2017, rounding of SMHI's decimals); without this check a file could keep
 * its 'Alla' totals and inflate a sector a hundredfold unnoticed.
 */
import type { UploadEntry } from './figures.ts';
import type { NationalSeries } from './national.ts';
import type { ProblemList } from './problems.ts';

export const DERIVED_BOUND_FACTOR = 1.5;
/** Twice Sweden's highest total in SMHI's series (71.0 Mt in 1990): used only when no national series is stored. */
export const FALLBACK_BOUND_TONNES = 142_000_000;
/** How far the sectors' sum may differ from the file's own total: the larger of the two. */
export const SUM_TOLERANCE_TONNES = 1;
export const SUM_TOLERANCE_FRACTION = 0.0001;

/** The largest difference allowed between the sum of the sectors and `total`. */
export function sumTolerance(total: number): number {
  return Math.max(SUM_TOLERANCE_TONNES, total * SUM_TOLERANCE_FRACTION);
}

export interface Bound {
  tonnes: number;
  /** Where the bound comes from, in words. */
  why: string;
}

/** Tonnes grouped by spaces, SI style, so the thousands are not mistaken for SMHI's decimal comma. */
export function formatTonnes(tonnes: number): string {
  const [whole = '', fraction] = (Math.round(tonnes * 100) / 100)
    .toFixed(2)
    .replace(/\.?0+$/, '')
    .split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')}${fraction ? `.${fraction}` : ''} t`;
}

function nearestYear(series: NationalSeries, year: number): number | null {
  let best: number | null = null;
  for (const candidate of series.years.keys()) {
    if (best === null) best = candidate;
    const distance = Math.abs(candidate - year) - Math.abs(best - year);
    const larger = (series.years.get(candidate)?.total ?? 0) > (series.years.get(best)?.total ?? 0);
    if (distance < 0 || (distance === 0 && larger)) best = candidate;
  }
  return best;
}

/** The bound of a value for `year`: of a sector's value when `sector` is given, else of a total. */
export function boundFor(
  series: NationalSeries | null,
  year: number,
  sector: { id: string; name: string } | null,
): Bound {
  if (!series)
    return {
      tonnes: FALLBACK_BOUND_TONNES,
      why: `no national series is stored, so twice Sweden's highest total in SMHI's series (71.0 Mt, 1990)`,
    };
  const source = `SMHI's national series, release ${series.releaseId}`;
  const exact = series.years.get(year);
  const base = exact ? year : nearestYear(series, year);
  const national = base === null ? undefined : series.years.get(base);
  if (base === null || !national) return boundFor(null, year, sector);
  const sectorValue = sector ? (national.sectors.get(sector.id) ?? 0) : 0;
  const bySector = sector !== null && sectorValue > 0;
  const what = bySector ? `Sweden's total for ${sector.name} in ${base}` : `Sweden's total in ${base}`;
  const zeroSector =
    sector !== null && !bySector
      ? ` (the national series has no ${sector.name} in ${base}, so the total bounds it)`
      : '';
  const tonnes = bySector ? sectorValue : national.total;
  if (exact) return { tonnes, why: `${what}${zeroSector}, ${source}` };
  return {
    tonnes: tonnes * DERIVED_BOUND_FACTOR,
    why: `${DERIVED_BOUND_FACTOR} × ${what}${zeroSector}, the nearest year to ${year} in ${source}, which has no ${year}`,
  };
}

/** Adds a problem for every value of every municipality above its bound. */
export function checkPlausibility(
  entries: readonly UploadEntry[],
  series: NationalSeries | null,
  sectors: readonly { id: string; smhiName: string }[],
  problems: ProblemList,
): void {
  const bounds = new Map<string, Bound>();
  const bound = (year: number, sector: { id: string; name: string } | null) => {
    const key = `${year}|${sector?.id ?? ''}`;
    let found = bounds.get(key);
    if (!found) bounds.set(key, (found = boundFor(series, year, sector)));
    return found;
  };
  for (const entry of entries) {
    const name = entry.name?.trim() || `kommunkod ${entry.kommunkod ?? '?'}`;
    const at = (year: number, sectorId: string | null) =>
      entry.locate?.(year, sectorId) ?? { row: entry.row, column: entry.column };
    const report = (
      where: { row: number | null; column: number | string | null },
      what: string,
      value: number,
      limit: Bound,
    ) =>
      problems.add(
        where.row,
        where.column,
        `${name}: ${what} is ${formatTonnes(value)}, above the bound of ${formatTonnes(limit.tonnes)}: ${limit.why}`,
      );
    // A year with a sector above its bound is not summed as well: one problem per slip.
    const outOfBound = new Set<number>();
    for (const [year, values] of entry.sectors) {
      for (const sector of sectors) {
        const value = values.get(sector.id);
        const limit = bound(year, { id: sector.id, name: sector.smhiName });
        if (value !== undefined && value > limit.tonnes) {
          report(at(year, sector.id), `${sector.smhiName} ${year}`, value, limit);
          outOfBound.add(year);
        }
      }
    }
    const years = new Set([...entry.sectors.keys(), ...entry.totals.keys()]);
    for (const year of years) {
      const limit = bound(year, null);
      const own = entry.totals.get(year);
      if (own !== undefined) {
        if (own > limit.tonnes) report(at(year, null), `the total for ${year}`, own, limit);
        else if (!outOfBound.has(year))
          checkSum(entry, year, own, sectors, (message) => {
            const where = at(year, null);
            problems.add(where.row, where.column, `${name}: ${message}`);
          });
        continue;
      }
      let sum = 0;
      for (const value of entry.sectors.get(year)?.values() ?? []) sum += value;
      if (sum > limit.tonnes)
        report({ row: entry.row, column: entry.column }, `the sum of its sectors for ${year}`, sum, limit);
    }
  }
}

/** The main sectors of a year against the file's own total; skipped while a sector is missing or invalid (reported elsewhere). */
function checkSum(
  entry: UploadEntry,
  year: number,
  total: number,
  sectors: readonly { id: string }[],
  report: (message: string) => void,
): void {
  const values = entry.sectors.get(year);
  let sum = 0;
  for (const sector of sectors) {
    const value = values?.get(sector.id);
    if (value === undefined || entry.invalid?.has(`${year}|${sector.id}`)) return;
    sum += value;
  }
  const tolerance = sumTolerance(total);
  if (Math.abs(sum - total) > tolerance) {
    report(
      `the main sectors for ${year} add up to ${formatTonnes(sum)}, the file's total is ${formatTonnes(total)}; they may differ by at most ${formatTonnes(tolerance)} (the larger of ${formatTonnes(SUM_TOLERANCE_TONNES)} and ${SUM_TOLERANCE_FRACTION * 100} % of the total)`,
    );
  }
}
