/**
 * Klimatkollen's Carbon Law reference path (−11.72 % a year from 2025), on real SMHI
 * figures (data/dataset.json, release smhi-thru2024), hand-computed in the comments.
 */
import { describe, expect, it } from 'vitest';
import { referenceAssessmentSchema } from '../../contract/index.ts';
import { testSnapshot } from '../test-helpers.ts';
import { assessReference, REFERENCE_ANNUAL_CHANGE_PERCENT, referenceValue } from './reference-path.ts';
import { fitTrend, lineAt, type Line } from './trend.ts';

const snapshot = testSnapshot();
const totalsOf = (id: string) => snapshot.totals.get(id) ?? new Map<number, number>();

describe('assessReference', () => {
  it('Malmö: starts at the trend’s 2025 value, 755414.23 t, and falls 11.72 % a year to 2050; on track', () => {
    // Trend: LAD slope (783785.9 − 1129270.35) / 6 = −57580.7417 t/yr, drawn from 812994.97 t in 2024.
    // trend(2025) = 812994.97 − 57580.7417 = 755414.228; 2026: 755414.228 × 0.8828 = 666879.68
    const totals = totalsOf('malmo');
    const line = fitTrend(totals)?.line ?? null;
    const result = assessReference(line, totals);
    if (!result || !line) throw new Error('no reference');
    const { reference, path } = result;
    expect(path[0]).toMatchObject({ year: 2025, tonnesCo2e: 755414.23 });
    expect(path[0]?.tonnesCo2e).toBeCloseTo(lineAt(line, 2025), 2);
    expect(path[1]).toMatchObject({ year: 2026, tonnesCo2e: 666879.68 });
    expect(path.map((p) => p.year)).toEqual(Array.from({ length: 26 }, (_, i) => 2025 + i));
    for (let i = 1; i < path.length; i++) {
      const ratio = (path[i]?.tonnesCo2e ?? 0) / (path[i - 1]?.tonnesCo2e ?? 1);
      expect(ratio, String(path[i]?.year)).toBeCloseTo(1 - 0.1172, 4);
    }
    // Budget = 755414.228 × (1 − 0.8828^26) / 0.1172 = 755414.228 × 0.960878 / 0.1172 = 6193352.85 (geometric sum 2025…2050).
    // Trend sum: the line is above zero 2025…2038 (2038: 812994.97 − 14 × 57580.7417 = 6864.59; 2039: −50716.16 → 0):
    // 14 × 812994.97 − (1 + … + 14) × 57580.7417 = 11381929.58 − 105 × 57580.7417 = 11381929.58 − 6045977.875 = 5335951.705,
    // which the floating-point sum rounds to 5335951.70 ≤ budget → on track.
    expect(referenceAssessmentSchema.parse(reference)).toEqual({
      startYear: 2025,
      startTonnes: 755414.23,
      annualChangePercent: -11.72,
      budgetTonnes: 6193352.85,
      trendTonnes: 5335951.7,
      status: 'on-track',
    });
  });

  it('Göteborg: a nearly flat trend uses three times the budget — off track', () => {
    // Trend through 2015 (2299864.95) and 2024 (2252706.82): −5239.7922 t/yr; the LAD line already passes through 2024,
    // so anchoring changes nothing: trend(2025) = 2252706.82 − 5239.7922 = 2247467.03.
    // Budget 2247467.028 × (1 − 0.8828^26) / 0.1172 = 18426124.12; trend sum Σ 2025…2050 = 56731210.25.
    const totals = totalsOf('goteborg');
    const reference = assessReference(fitTrend(totals)?.line ?? null, totals)?.reference;
    expect(reference).toMatchObject({
      startTonnes: 2247467.03,
      budgetTonnes: 18426124.12,
      trendTonnes: 56731210.25,
      status: 'off-track',
    });
  });

  it('no trend, no reference; a trend at zero in 2025 gives an all-zero path that is on track', () => {
    expect(assessReference(null, new Map())).toBeNull();
    const falling: Line = { anchorYear: 2015, anchorValue: 100, slope: -20 };
    const result = assessReference(falling, new Map());
    expect(result?.reference).toMatchObject({ startTonnes: 0, budgetTonnes: 0, trendTonnes: 0, status: 'on-track' });
    expect(result?.path.every((p) => p.tonnesCo2e === 0)).toBe(true);
  });

  it('referenceValue is the start in 2025 and −11.72 % per year after', () => {
    expect(REFERENCE_ANNUAL_CHANGE_PERCENT).toBe(-11.72);
    expect(referenceValue(1000, 2025)).toBe(1000);
    expect(referenceValue(1000, 2026)).toBeCloseTo(882.8, 10);
    // Halving takes ln 0.5 / ln 0.8828 = 5.56 years: 0.8828^5 = 0.53618, 0.8828^6 = 0.47334.
    expect(referenceValue(1000, 2030)).toBeCloseTo(536.18, 2);
    expect(referenceValue(1000, 2031)).toBeCloseTo(473.34, 2);
  });
});
