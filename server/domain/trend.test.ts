/**
 * The LAD trend, on real SMHI figures (release smhi-thru2024, data/dataset.json) and on
 * small made-up series for the edge cases. The fit is checked against independent
 * brute force: no line through two points, no least-squares line and no nearby line
 * (the LAD objective is convex, so a local optimum is the global one) does better.
 */
import { describe, expect, it } from 'vitest';
import { trendSchema } from '../../contract/index.ts';
import { testSnapshot } from '../test-helpers.ts';
import {
  fitTrend,
  ladLine,
  lineAt,
  projectedAt,
  sumAbsoluteResiduals,
  trendPoints,
  type Line,
  type YearValue,
} from './trend.ts';

const snapshot = testSnapshot();
const totalsOf = (id: string) => snapshot.totals.get(id) ?? new Map<number, number>();

// Malmö, t CO2e, the six reported years from 2015 (SMHI skips 2016–2019).
const MALMO: YearValue[] = [
  [2015, 1129270.35],
  [2020, 698966.49],
  [2021, 783785.9],
  [2022, 713106.16],
  [2023, 686792.16],
  [2024, 812994.97],
];

/** Ordinary least squares, computed independently of the code under test. */
function olsLine(points: readonly YearValue[]): Line {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return { anchorYear: mx, anchorValue: my, slope: sxy / sxx };
}

describe('the figures used below are the dataset’s', () => {
  it('Malmö 2015 and 2020–2024', () => {
    expect(trendPoints(totalsOf('malmo'))).toEqual(MALMO);
  });
});

describe('ladLine', () => {
  it('Malmö: the line through 2015 and 2021, slope −57580.74 t/yr', () => {
    // (783785.9 − 1129270.35) / (2021 − 2015) = −345484.45 / 6 = −57580.7417 t per year.
    // Residuals: 2015 0, 2020 |698966.49 − 841366.64| = 142400.15, 2021 0, 2022 |713106.16 − 726205.16| = 13099.00,
    // 2023 |686792.16 − 668624.42| = 18167.74, 2024 |812994.97 − 611043.68| = 201951.30; Σ = 375618.19.
    const line = ladLine(MALMO);
    expect(line).not.toBeNull();
    if (!line) return;
    expect(line.slope).toBeCloseTo(-57580.7417, 3);
    expect(lineAt(line, 2015)).toBeCloseTo(1129270.35, 6);
    expect(lineAt(line, 2021)).toBeCloseTo(783785.9, 6);
    expect(sumAbsoluteResiduals(line, MALMO)).toBeCloseTo(375618.19, 1);
  });

  it('Malmö: brute force finds no better line — no pair line, not least squares, no nearby line', () => {
    const line = ladLine(MALMO);
    if (!line) throw new Error('no line');
    const best = sumAbsoluteResiduals(line, MALMO);
    for (const [x1, y1] of MALMO) {
      for (const [x2, y2] of MALMO) {
        if (x1 === x2) continue;
        const pair: Line = { anchorYear: x1, anchorValue: y1, slope: (y2 - y1) / (x2 - x1) };
        expect(best).toBeLessThanOrEqual(sumAbsoluteResiduals(pair, MALMO) + 1e-6);
      }
    }
    const ols = olsLine(MALMO);
    // Least squares: slope −42192.01 t/yr; its absolute residuals add up to 442895.90 > 375618.19.
    expect(ols.slope).toBeCloseTo(-42192.01, 1);
    expect(sumAbsoluteResiduals(ols, MALMO)).toBeCloseTo(442895.9, 0);
    expect(best).toBeLessThan(sumAbsoluteResiduals(ols, MALMO));
    for (const dv of [-1000, -10, -0.1, 0, 0.1, 10, 1000]) {
      for (const ds of [-100, -1, -0.01, 0, 0.01, 1, 100]) {
        const nearby: Line = { anchorYear: 2020, anchorValue: lineAt(line, 2020) + dv, slope: line.slope + ds };
        expect(best).toBeLessThanOrEqual(sumAbsoluteResiduals(nearby, MALMO) + 1e-6);
      }
    }
  });

  it('every city: the fit is as good as every pair line and better than or equal to least squares', () => {
    for (const city of snapshot.cities) {
      const points = trendPoints(totalsOf(city.id));
      const line = ladLine(points);
      if (!line) throw new Error(city.id);
      const best = sumAbsoluteResiduals(line, points);
      expect(best, city.id).toBeLessThanOrEqual(sumAbsoluteResiduals(olsLine(points), points) + 1e-6);
      for (let i = 0; i < points.length; i++) {
        for (let j = i + 1; j < points.length; j++) {
          const [x1, y1] = points[i] as YearValue;
          const [x2, y2] = points[j] as YearValue;
          expect(best, `${city.id} ${x1}–${x2}`).toBeLessThanOrEqual(
            sumAbsoluteResiduals({ anchorYear: x1, anchorValue: y1, slope: (y2 - y1) / (x2 - x1) }, points) + 1e-6,
          );
        }
      }
    }
  });

  it('ties: among equally good lines the smallest |slope| wins, then the earliest pair', () => {
    // (2015, 0), (2016, 1), (2017, 1), (2018, 0). Σ|residual| of each pair line:
    // 2015–2016 y rises 1/yr: 0+0+1+3 = 4;   2015–2017 +0.5/yr: 0+0.5+0+1.5 = 2;   2015–2018 flat 0: 0+1+1+0 = 2;
    // 2016–2017 flat 1: 1+0+0+1 = 2;         2016–2018 −0.5/yr: 1.5+0+0.5+0 = 2;  2017–2018 −1/yr: 3+1+0+0 = 4.
    // Four lines tie at 2; the two flat ones have the smallest |slope|; of those, 2015–2018 is the earlier pair.
    const hump: YearValue[] = [
      [2015, 0],
      [2016, 1],
      [2017, 1],
      [2018, 0],
    ];
    expect(ladLine(hump)).toEqual({ anchorYear: 2015, anchorValue: 0, slope: 0 });
    // The order the points come in does not matter.
    expect(ladLine([...hump].reverse())).toEqual({ anchorYear: 2015, anchorValue: 0, slope: 0 });
    // A float-noise difference (far below 1e-9 × Σ|E|) is a tie too: the flat line still wins.
    const noisy: YearValue[] = [
      [2015, 0],
      [2016, 1 + 1e-13],
      [2017, 1],
      [2018, 0],
    ];
    expect(ladLine(noisy)?.slope).toBe(0);
  });

  it('is exact on collinear points and needs two years', () => {
    expect(
      ladLine([
        [2015, 100],
        [2020, 50],
        [2024, 10],
      ])?.slope,
    ).toBeCloseTo(-10, 12);
    expect(ladLine([[2015, 100]])).toBeNull();
    expect(ladLine([])).toBeNull();
  });
});

describe('fitTrend', () => {
  it('Malmö: slope −57580.74 t/yr from the LAD fit, drawn from 812994.97 t in 2024: −7.08 %/yr, 467510.52 t in 2030 (−42.50 %), 0 t in 2050', () => {
    // Slope of the LAD line (through 2015 and 2021, see ladLine above): −345484.45 / 6 = −57580.7417 t/yr.
    // Anchored at the latest reported year: line(y) = 812994.97 − 57580.7417 × (y − 2024).
    // slopePercentPerYear = −57580.7417 / 812994.97 × 100 = −7.0825 → −7.08.
    // line(2030) = 812994.97 − 6 × 57580.7417 = 812994.97 − 345484.45 = 467510.52;
    // projectedChange2030Percent = −345484.45 / 812994.97 × 100 = −42.4953 → −42.5.
    // line(2050) = 812994.97 − 26 × 57580.7417 = −684104.31 < 0 → floored to 0 (the line crosses zero in 2038.12).
    const fit = fitTrend(totalsOf('malmo'));
    expect(fit).not.toBeNull();
    const trend = trendSchema.parse(fit?.trend);
    expect(trend).toEqual({
      method: 'least-absolute-deviations',
      fromYear: 2015,
      toYear: 2024,
      yearsUsed: 6,
      slopeTonnesPerYear: -57580.74,
      slopePercentPerYear: -7.08,
      projected2030Tonnes: 467510.52,
      projected2050Tonnes: 0,
      projectedChange2030Percent: -42.5,
    });
    // The line passes through the 2024 report, not through the fitted line's 2024 value (611043.68 t).
    expect(fit?.line).toMatchObject({ anchorYear: 2024, anchorValue: 812994.97 });
    expect(fit && lineAt(fit.line, 2024)).toBe(812994.97);
  });

  it('Stockholm: slope −132461.93 t/yr (LAD line through 2015 and 2022), from 1021234.48 t in 2024: 226462.92 t in 2030 (−77.82 %), 0 t in 2050', () => {
    // (1038393.42 − 1965626.91) / 7 = −927233.49 / 7 = −132461.9271 t/yr; −132461.9271 / 1021234.48 × 100 = −12.9708 → −12.97.
    // line(2030) = 1021234.48 − 6 × 132461.9271 = 1021234.48 − 794771.5629 = 226462.9171 → 226462.92;
    // (226462.9171 − 1021234.48) / 1021234.48 × 100 = −77.8246 → −77.82.
    // Zero at 2024 + 1021234.48 / 132461.9271 = 2031.71, so 2050 is floored at 0 t.
    const trend = fitTrend(totalsOf('stockholm'))?.trend;
    expect(trend).toMatchObject({
      slopeTonnesPerYear: -132461.93,
      slopePercentPerYear: -12.97,
      projected2030Tonnes: 226462.92,
      projected2050Tonnes: 0,
      projectedChange2030Percent: -77.82,
    });
  });

  it('projectedAt floors at zero; fewer than two years from 2015 gives no trend', () => {
    const line: Line = { anchorYear: 2015, anchorValue: 100, slope: -10 };
    expect(projectedAt(line, 2020)).toBe(50);
    expect(projectedAt(line, 2030)).toBe(0);
    expect(
      fitTrend(
        new Map([
          [1990, 5],
          [2010, 4],
          [2015, 3],
        ]),
      ),
    ).toBeNull();
    expect(fitTrend(new Map())).toBeNull();
  });

  it('slopePercentPerYear is null when the latest reported year is 0 t', () => {
    // Latest year 2020 reports 0 t: the slope (−20 t/yr) has no base to be a percentage of.
    expect(
      fitTrend(
        new Map([
          [2015, 100],
          [2020, 0],
        ]),
      )?.trend.slopePercentPerYear,
    ).toBeNull();
  });

  it('made-up series: the LAD slope, drawn from the latest reported year instead of the fitted line', () => {
    // Points 2015 100, 2020 80, 2022 70, 2024 90. Σ|residual| of each pair line:
    // 2015–2020 −4/yr: 0 + 0 + |70 − 72| + |90 − 64| = 28;  2015–2022 −30/7: 1.43 + 28.57 = 30;  2020–2022 −5: 5 + 30 = 35;
    // 2015–2024 −10/9: 14.44 + 22.22 = 36.67;  2020–2024 +2.5: 32.5 + 15 = 47.5;  2022–2024 +10: 100 + 30 = 130 → slope −4 t/yr.
    // The fitted line is at 64 in 2024; anchored, line(y) = 90 − 4 × (y − 2024): 2030 = 66 (−26.67 %), 2050 = −14 → 0;
    // slopePercentPerYear = −4 / 90 × 100 = −4.44.
    const fit = fitTrend(
      new Map([
        [2015, 100],
        [2020, 80],
        [2022, 70],
        [2024, 90],
      ]),
    );
    expect(fit?.line).toEqual({ anchorYear: 2024, anchorValue: 90, slope: -4 });
    expect(fit?.trend).toMatchObject({
      slopeTonnesPerYear: -4,
      slopePercentPerYear: -4.44,
      projected2030Tonnes: 66,
      projected2050Tonnes: 0,
      projectedChange2030Percent: -26.67,
    });
  });
});
