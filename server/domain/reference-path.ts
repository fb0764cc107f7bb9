/**
 * The neutral reference path, the same rule for every city: Klimatkollen's "Carbon Law"
 * path, −11.72 % per year from 2025 (Klimatkollen with Johan Falk, Owen Gaffney and the
 * Exponential Roadmap Initiative, "Applying Carbon Law from 2025", June 2025: the yearly
 * cut that keeps global CO2 within the remaining 1.5 °C budget of the Global Carbon
 * Budget 2024 at 50 % likelihood; Klimatkollen compares Swedish municipalities with it
 * since September 2025). Formulas:
 * - startTonnes S = max(0, trend(2025)), the trend line's value in the start year;
 * - path(y) = S × (1 − 0.1172)^(y − 2025) for y = 2025…2050;
 * - budgetTonnes = Σ path(y), y = 2025…2050 (26 years);
 * - trendTonnes = Σ max(0, trend(y)) over the same years;
 * - status 'on-track' iff trendTonnes ≤ budgetTonnes (Klimatkollen's Paris rule: the
 *   trend's cumulative emissions stay within the path's), else 'off-track'.
 * No trend → no reference. Rounding for output only: tonnes 2 decimals.
 */
import type { PathPoint, ReferenceAssessment } from '../../contract/index.ts';
import { round } from './change.ts';
import { pathPoints, type Totals } from './indexing.ts';
import { projectedAt, type Line } from './trend.ts';

export const REFERENCE_START_YEAR = 2025;
export const REFERENCE_END_YEAR = 2050;
export const REFERENCE_ANNUAL_CHANGE_PERCENT = -11.72;

export interface ReferenceResult {
  reference: ReferenceAssessment;
  /** Yearly 2025…2050. */
  path: PathPoint[];
}

export function referenceValue(startTonnes: number, year: number): number {
  return startTonnes * (1 + REFERENCE_ANNUAL_CHANGE_PERCENT / 100) ** (year - REFERENCE_START_YEAR);
}

export function assessReference(line: Line | null, totals: Totals): ReferenceResult | null {
  if (!line) return null;
  const start = projectedAt(line, REFERENCE_START_YEAR);
  let budget = 0;
  let trend = 0;
  for (let year = REFERENCE_START_YEAR; year <= REFERENCE_END_YEAR; year++) {
    budget += referenceValue(start, year);
    trend += projectedAt(line, year);
  }
  return {
    reference: {
      startYear: REFERENCE_START_YEAR,
      startTonnes: round(start, 2),
      annualChangePercent: REFERENCE_ANNUAL_CHANGE_PERCENT,
      budgetTonnes: round(budget, 2),
      trendTonnes: round(trend, 2),
      status: trend <= budget ? 'on-track' : 'off-track',
    },
    path: pathPoints(REFERENCE_START_YEAR, REFERENCE_END_YEAR, (year) => referenceValue(start, year), totals),
  };
}
