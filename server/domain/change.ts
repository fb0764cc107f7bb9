/**
 * Basic emission measures. Formulas:
 * - change in percent from year A to year B: (E_B − E_A) / E_A × 100 (negative is a cut);
 * - per capita: E_year / population on 31 December of the same year (SCB), 4 decimals;
 * - average annual change from year A to year B (compound rate):
 *   ((E_B / E_A)^(1 / (B − A)) − 1) × 100, 2 decimals — the constant yearly change that
 *   leads from E_A to E_B. Used from 2015 to the latest reported year.
 */

/** Rounds half away from zero to `decimals` places, dropping float noise. */
export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
}

/** Percentage change from `from` to `to`; null when either is missing or `from` is 0. */
export function changePercent(from: number | undefined, to: number | undefined): number | null {
  if (from === undefined || to === undefined || from === 0) return null;
  return round(((to - from) / from) * 100, 2);
}

/** Tonnes per person; null when the population is unknown. */
export function perCapita(tonnes: number, persons: number | undefined): number | null {
  if (!persons) return null;
  return round(tonnes / persons, 4);
}

/** The newest year in a year-keyed series, or undefined when it is empty. */
export function latestYear(series: ReadonlyMap<number, unknown>): number | undefined {
  let latest: number | undefined;
  for (const year of series.keys()) if (latest === undefined || year > latest) latest = year;
  return latest;
}

/**
 * Compound annual change in percent from (fromYear, from) to (toYear, to); null when either
 * value is missing, `from` is not positive, `to` is negative or `toYear` is not after `fromYear`.
 */
export function averageAnnualChangePercent(
  fromYear: number,
  from: number | undefined,
  toYear: number,
  to: number | undefined,
): number | null {
  if (from === undefined || to === undefined || from <= 0 || to < 0 || toYear <= fromYear) return null;
  return round(((to / from) ** (1 / (toYear - fromYear)) - 1) * 100, 2);
}
