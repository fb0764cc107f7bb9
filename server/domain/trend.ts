/**
 * The emission trend, as Klimatkollen computes it: the slope of a least-absolute-deviations
 * (LAD) straight line through the reported years from 2015 on, drawn from the latest
 * reported year (the line is shifted to pass through that year's reported emissions).
 * Method source: Klimatkollen's municipal data pipeline (median, i.e. LAD, regression on
 * SMHI's figures from 2015, anchored at the latest year). Anchoring matters here: SMHI's
 * newest release has no 2016–2019, so the fitted line passes through 2015 and can sit far
 * from the latest report; the projection starts from what was last measured instead.
 *
 * LAD minimises Σ |E_y − (a + b·y)| over the reported years y. An optimal LAD line always
 * passes through at least two of the data points (the objective is piecewise linear and
 * convex in (a, b), so a vertex of it is optimal, and vertices are lines through two
 * points). The fit is therefore exact: every line through two distinct points is tried
 * and the one with the smallest sum of absolute residuals kept.
 *
 * Ties (several lines with the same sum, which happens when LAD's optimum is not unique):
 * sums within 1e-9 × Σ|E_y| of each other count as equal (floating-point noise); among
 * equal sums the line with the smallest |slope| wins (the most conservative projection;
 * |slope| differences under 1e-9 t/yr count as equal), and among those the earliest pair
 * in (first year, second year) order. The points are sorted by year first, so the input
 * order does not matter.
 *
 * Derived figures (rounded only for output, 2 decimals), with line(y) = E_latest + slope·(y − latest):
 * - slopePercentPerYear = slope / E_latest × 100; null if E_latest ≤ 0;
 * - projected2030Tonnes, projected2050Tonnes = max(0, line(year));
 * - projectedChange2030Percent = (max(0, line(2030)) − E_latest) / E_latest × 100.
 */
import type { Trend } from '../../contract/index.ts';
import { changePercent, round } from './change.ts';

/** The first year the trend is fitted to. */
export const TREND_FROM_YEAR = 2015;

/** A straight line through (anchorYear, anchorValue) with the given slope. */
export interface Line {
  anchorYear: number;
  anchorValue: number;
  /** Tonnes per year. */
  slope: number;
}

export type YearValue = readonly [year: number, tonnes: number];

export function lineAt(line: Line, year: number): number {
  return line.anchorValue + line.slope * (year - line.anchorYear);
}

/** The line's value floored at zero: emissions projected below zero count as zero. */
export function projectedAt(line: Line, year: number): number {
  return Math.max(0, lineAt(line, year));
}

/** Σ |value − line(year)| over the points. */
export function sumAbsoluteResiduals(line: Line, points: readonly YearValue[]): number {
  let sum = 0;
  for (const [year, value] of points) sum += Math.abs(value - lineAt(line, year));
  return sum;
}

/**
 * The exact LAD line of the points (years distinct), by trying every line through two of
 * them; null with fewer than two distinct years. Ties as described in the file comment.
 */
export function ladLine(points: readonly YearValue[]): Line | null {
  const sorted = [...points].sort((a, b) => a[0] - b[0]);
  const tolerance =
    1e-9 *
    Math.max(
      1,
      sorted.reduce((total, [, value]) => total + Math.abs(value), 0),
    );
  let best: { line: Line; sum: number } | null = null;
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const [x1, y1] = sorted[i] as YearValue;
      const [x2, y2] = sorted[j] as YearValue;
      if (x1 === x2) continue;
      const line: Line = { anchorYear: x1, anchorValue: y1, slope: (y2 - y1) / (x2 - x1) };
      const sum = sumAbsoluteResiduals(line, sorted);
      const better =
        best === null ||
        sum < best.sum - tolerance ||
        (Math.abs(sum - best.sum) <= tolerance && Math.abs(line.slope) < Math.abs(best.line.slope) - 1e-9);
      if (better) best = { line, sum };
    }
  }
  return best?.line ?? null;
}

/** The reported years from TREND_FROM_YEAR on, ascending. */
export function trendPoints(totals: ReadonlyMap<number, number>): YearValue[] {
  return [...totals].filter(([year]) => year >= TREND_FROM_YEAR).sort((a, b) => a[0] - b[0]);
}

export interface TrendFit {
  trend: Trend;
  line: Line;
}

/** The city's trend, or null when fewer than two years from 2015 are reported. */
export function fitTrend(totals: ReadonlyMap<number, number>): TrendFit | null {
  const points = trendPoints(totals);
  const fitted = ladLine(points);
  const last = points.at(-1);
  if (!fitted || !last) return null;
  const [latestYear, latestTonnes] = last;
  const line: Line = { anchorYear: latestYear, anchorValue: latestTonnes, slope: fitted.slope };
  const atLatest = latestTonnes;
  return {
    line,
    trend: {
      method: 'least-absolute-deviations',
      fromYear: TREND_FROM_YEAR,
      toYear: latestYear,
      yearsUsed: points.length,
      slopeTonnesPerYear: round(line.slope, 2),
      slopePercentPerYear: atLatest > 0 ? round((line.slope / atLatest) * 100, 2) : null,
      projected2030Tonnes: round(projectedAt(line, 2030), 2),
      projected2050Tonnes: round(projectedAt(line, 2050), 2),
      projectedChange2030Percent: changePercent(latestTonnes, projectedAt(line, 2030)),
    },
  };
}
