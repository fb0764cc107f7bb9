/**
 * Target paths on the real curated targets and SMHI figures (data/dataset.json,
 * release smhi-thru2024), hand-computed in the comments.
 */
import { describe, expect, it } from 'vitest';
import { targetAssessmentSchema, type Target } from '../../contract/index.ts';
import { testSnapshot } from '../test-helpers.ts';
import { latestYear } from './change.ts';
import { ASSUMED_BASE_YEAR, assessTarget, constantRate, numericTarget } from './target-path.ts';
import { fitTrend } from './trend.ts';

const snapshot = testSnapshot();

function assess(id: string) {
  const totals = snapshot.totals.get(id) ?? new Map<number, number>();
  const year = latestYear(totals);
  const latest = year === undefined ? undefined : ([year, totals.get(year) ?? 0] as const);
  return assessTarget(snapshot.targets.get(id), totals, latest, fitTrend(totals)?.line ?? null);
}

describe('the figures used below are the dataset’s', () => {
  it.each([
    ['malmo', 1990, 1233101.27],
    ['malmo', 2024, 812994.97],
    ['uppsala', 2020, 585065.62],
    ['uppsala', 2024, 615918.29],
    ['goteborg', 2020, 2136225.04],
    ['goteborg', 2024, 2252706.82],
  ])('%s %i = %f t', (id, year, tonnes) => {
    expect(snapshot.totals.get(id)?.get(year)).toBe(tonnes);
  });
});

describe('assessTarget', () => {
  it('Malmö (−70 % on 1990 by 2030): 369930.38 t allowed, path −2.97 %/yr, −12.30 %/yr needed from 2024, trend 467510.52 t: off track', () => {
    // target = 1233101.27 × (1 − 0.70) = 369930.381
    // path: (369930.381 / 1233101.27)^(1/40) − 1 = 0.3^(1/40) − 1 = −0.029651 → −2.97 %
    // required: (369930.381 / 812994.97)^(1/(2030 − 2024)) − 1 = 0.455021^(1/6) − 1 = −0.122988 → −12.30 %
    // trend: LAD slope (783785.9 − 1129270.35) / 6 = −57580.7417 t/yr, drawn from 812994.97 t in 2024;
    // trend(2030) = 812994.97 + 6 × (−57580.7417) = 812994.97 − 345484.45 = 467510.52 > 369930.381 → off track
    const { status, target, path } = assess('malmo');
    expect(status).toBe('assessed');
    expect(targetAssessmentSchema.parse(target)).toMatchObject({
      targetId: 'malmo-1',
      targetYear: 2030,
      baseYear: 1990,
      baseYearStated: true,
      baseTonnes: 1233101.27,
      targetTonnes: 369930.38,
      pathAnnualChangePercent: -2.97,
      requiredAnnualChangePercent: -12.3,
      projectedTonnes: 467510.52,
      status: 'off-track',
    });
    // Yearly 1990…2030: starts at the base, ends at the target, index 1990 = 100 → 30.
    expect(path?.map((p) => p.year)).toEqual(Array.from({ length: 41 }, (_, i) => 1990 + i));
    expect(path?.[0]).toEqual({ year: 1990, tonnesCo2e: 1233101.27, index: { 1990: 100, 2015: 109.19, 2020: 176.42 } });
    expect(path?.at(-1)?.tonnesCo2e).toBe(369930.38);
    expect(path?.at(-1)?.index[1990]).toBe(30);
    // 1991 = 1233101.27 × 0.3^(1/40) = 1196538.77
    expect(path?.[1]?.tonnesCo2e).toBe(1196538.77);
  });

  it('Uppsala (−72 % on 2020 by 2030): 163818.37 t, path −11.95 %/yr, −19.81 %/yr needed, trend 410567.87 t: off track', () => {
    // target = 585065.62 × 0.28 = 163818.3736; path 0.28^(1/10) − 1 = −0.119527 → −11.95 %
    // required (163818.3736 / 615918.29)^(1/6) − 1 = −0.198064 → −19.81 %
    // trend: LAD slope from the line through 2015 (815339.31) and 2021 (609988.89), −205350.42 / 6 = −34225.07 t/yr,
    // drawn from 615918.29 t in 2024: trend(2030) = 615918.29 − 6 × 34225.07 = 615918.29 − 205350.42 = 410567.87 > 163818.37 → off track
    const { target, path } = assess('uppsala');
    expect(target).toMatchObject({
      baseYear: 2020,
      baseYearStated: true,
      baseTonnes: 585065.62,
      targetTonnes: 163818.37,
      pathAnnualChangePercent: -11.95,
      requiredAnnualChangePercent: -19.81,
      projectedTonnes: 410567.87,
      status: 'off-track',
    });
    expect(path?.map((p) => p.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(path?.[0]?.index[2020]).toBe(100);
  });

  it('Göteborg (−10.3 % a year, no base year named): base 2020 assumed, 720396.23 t in 2030, off track', () => {
    // B = 2020 (assumed), E_B = 2136225.04; target = 2136225.04 × (1 − 0.103)^10 = 2136225.04 × 0.337229 = 720396.23
    // path −10.30 %/yr by construction; required (720396.23 / 2252706.82)^(1/6) − 1 = −0.173053 → −17.31 %
    // trend: the LAD line runs through 2015 (2299864.95) and 2024 (2252706.82), so anchoring at 2024 changes nothing:
    // (2252706.82 − 2299864.95) / 9 = −5239.79 t/yr; trend(2030) = 2252706.82 − 6 × 5239.7922 = 2221268.07 > 720396.23
    const { target } = assess('goteborg');
    expect(target).toMatchObject({
      targetId: 'goteborg-1',
      baseYear: ASSUMED_BASE_YEAR,
      baseYearStated: false,
      baseTonnes: 2136225.04,
      targetTonnes: 720396.23,
      pathAnnualChangePercent: -10.3,
      requiredAnnualChangePercent: -17.31,
      projectedTonnes: 2221268.07,
      status: 'off-track',
    });
  });

  it('Borås has no target: no-target', () => {
    expect(assess('boras')).toEqual({ status: 'no-target', target: null, path: null });
  });

  it('Stockholm’s target is a statement (fossil-free and climate-positive by 2040): no-numeric-target', () => {
    expect(assess('stockholm')).toEqual({ status: 'no-numeric-target', target: null, path: null });
  });

  it('a base year SMHI does not report gives no-numeric-target; no trend gives a null status', () => {
    const totals = new Map([
      [1990, 100],
      [2020, 80],
      [2024, 60],
    ]);
    const target = (measure: Target['measure'], targetYear = 2030): Target => ({
      id: 'x-1',
      scope: 'territorial',
      primary: true,
      targetYear,
      measure,
      statement: { sv: '', en: '' },
      source: { url: 'https://example.org/', title: '', note: { sv: '', en: '' } },
    });
    expect(
      assessTarget(
        [target({ type: 'reduction-from-base', baseYear: 2017, reductionPercent: 50 })],
        totals,
        [2024, 60],
        null,
      ).status,
    ).toBe('no-numeric-target');
    const assessed = assessTarget(
      [target({ type: 'reduction-from-base', baseYear: 1990, reductionPercent: 50 })],
      totals,
      [2024, 60],
      null,
    );
    expect(assessed.target).toMatchObject({ targetTonnes: 50, projectedTonnes: null, status: null });
    // Already below the target: nothing more is required.
    expect(
      assessTarget(
        [target({ type: 'reduction-from-base', baseYear: 1990, reductionPercent: 50 })],
        totals,
        [2024, 40],
        null,
      ).target?.requiredAnnualChangePercent,
    ).toBe(0);
    // A target that is not primary is not drawn.
    expect(assessTarget([{ ...target({ type: 'statement' }), primary: false }], totals, [2024, 60], null).status).toBe(
      'no-target',
    );
  });

  it('numericTarget: −100 % allows 0 t and the path falls at −100 % a year', () => {
    const totals = new Map([[2020, 1000]]);
    const t: Target = {
      id: 'x',
      scope: 'territorial',
      primary: true,
      targetYear: 2030,
      measure: { type: 'reduction-from-base', baseYear: 2020, reductionPercent: 100 },
      statement: { sv: '', en: '' },
      source: { url: 'https://example.org/', title: '', note: { sv: '', en: '' } },
    };
    expect(numericTarget(t, totals)).toEqual({
      baseYear: 2020,
      baseYearStated: true,
      baseTonnes: 1000,
      targetTonnes: 0,
    });
    expect(constantRate(1000, 0, 10)).toBe(-1);
    // Halving in one year is −50 %.
    expect(constantRate(100, 50, 1)).toBe(-0.5);
  });
});
