/**
 * A city's primary target as a path, and whether its trend reaches it. Source of the
 * targets: the cities' own documents (data/curated, `primary: true`); the path rule is
 * this product's, described to users in methods.ts.
 *
 * Base year B and base emissions E_B (the REPORTED SMHI total in B):
 * - `reduction-from-base` {baseYear, reductionPercent R}: B = baseYear (stated);
 *   targetTonnes = E_B × (1 − R/100).
 * - `annual-reduction` {annualReductionPercent a}: the target text names no base year, so
 *   B = 2020 is ASSUMED (baseYearStated false) — the year before the 2021–2030
 *   programmes (the first Klimatkontrakt 2030 contracts were signed in December 2020);
 *   targetTonnes = E_B × (1 − a/100)^(T − B).
 * - `statement`, a base year SMHI does not report (or reports as 0), or a target year not
 *   after the base year → 'no-numeric-target'; no primary target → 'no-target'.
 * Path: a constant annual rate r from (B, E_B) to (T, targetTonnes):
 *   r = (targetTonnes / E_B)^(1/(T − B)) − 1; path(y) = E_B × (1 + r)^(y − B) for y = B…T;
 *   pathAnnualChangePercent = r × 100.
 * Required change from the latest reported year L: 0 when targetTonnes ≥ E_L, else
 *   ((targetTonnes / E_L)^(1/(T − L)) − 1) × 100 (T − L at least 1 year).
 * On track: projectedTonnes = max(0, trend(T)); 'on-track' iff projectedTonnes ≤ targetTonnes;
 *   null without a trend.
 * Rounding (output only, comparisons use the exact values): tonnes and percentages 2 decimals.
 */
import type { CityAssessment, PathPoint, Target, TargetAssessment } from '../../contract/index.ts';
import { round } from './change.ts';
import { pathPoints, type Totals } from './indexing.ts';
import { projectedAt, type Line } from './trend.ts';

/** The base year assumed for targets stated only as an annual rate. */
export const ASSUMED_BASE_YEAR = 2020;

export interface TargetResult {
  status: CityAssessment['targetStatus'];
  target: TargetAssessment | null;
  /** Yearly B…T; null without an assessed target. */
  path: PathPoint[] | null;
}

interface NumericTarget {
  baseYear: number;
  baseYearStated: boolean;
  baseTonnes: number;
  targetTonnes: number;
}

/** The base and the allowed emissions of a target, or null when it has no usable figure. */
export function numericTarget(target: Target, totals: Totals): NumericTarget | null {
  const measure = target.measure;
  if (measure.type === 'statement') return null;
  const baseYear = measure.type === 'reduction-from-base' ? measure.baseYear : ASSUMED_BASE_YEAR;
  const baseTonnes = totals.get(baseYear);
  if (baseTonnes === undefined || baseTonnes <= 0 || target.targetYear <= baseYear) return null;
  const targetTonnes =
    measure.type === 'reduction-from-base'
      ? baseTonnes * (1 - measure.reductionPercent / 100)
      : baseTonnes * (1 - measure.annualReductionPercent / 100) ** (target.targetYear - baseYear);
  return {
    baseYear,
    baseYearStated: measure.type === 'reduction-from-base',
    baseTonnes,
    targetTonnes: Math.max(0, targetTonnes),
  };
}

/** The constant annual rate (a fraction, e.g. −0.0297) that leads from `from` to `to` in `years` years. */
export function constantRate(from: number, to: number, years: number): number {
  return (to / from) ** (1 / years) - 1;
}

/**
 * Assesses the city's primary target against its trend line (null when there is no trend).
 * `latest` is the newest reported year and its total.
 */
export function assessTarget(
  targets: readonly Target[] | undefined,
  totals: Totals,
  latest: readonly [year: number, tonnes: number] | undefined,
  line: Line | null,
): TargetResult {
  const primary = targets?.find((t) => t.primary);
  if (!primary) return { status: 'no-target', target: null, path: null };
  const numeric = numericTarget(primary, totals);
  if (!numeric || !latest) return { status: 'no-numeric-target', target: null, path: null };
  const { baseYear, baseTonnes, targetTonnes } = numeric;
  const T = primary.targetYear;
  const r = constantRate(baseTonnes, targetTonnes, T - baseYear);
  const [latestYear, latestTonnes] = latest;
  const required =
    targetTonnes >= latestTonnes || latestTonnes <= 0
      ? 0
      : constantRate(latestTonnes, targetTonnes, Math.max(1, T - latestYear)) * 100;
  const projected = line ? projectedAt(line, T) : null;
  return {
    status: 'assessed',
    target: {
      targetId: primary.id,
      targetYear: T,
      baseYear,
      baseYearStated: numeric.baseYearStated,
      baseTonnes,
      targetTonnes: round(targetTonnes, 2),
      pathAnnualChangePercent: round(r * 100, 2),
      requiredAnnualChangePercent: round(required, 2),
      projectedTonnes: projected === null ? null : round(projected, 2),
      status: projected === null ? null : projected <= targetTonnes ? 'on-track' : 'off-track',
    },
    path: pathPoints(baseYear, T, (year) => baseTonnes * (1 + r) ** (year - baseYear), totals),
  };
}
