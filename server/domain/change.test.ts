/**
 * The basic emission measures, checked against real figures from data/dataset.json
 * (SMHI release smhi-thru2024, SCB population on 31 December).
 */
import { describe, expect, it } from 'vitest';
import { testDataset } from '../test-helpers.ts';
import { averageAnnualChangePercent, changePercent, latestYear, perCapita, round } from './change.ts';

// The figures the hand computations below use, as they stand in the dataset.
const LUND = { tonnes: { 1990: 334785.9, 2015: 237207.96, 2024: 209790.69 }, people2024: 131590 };
const MALMO = { tonnes: { 1990: 1233101.27, 2023: 686792.16, 2024: 812994.97 }, people2024: 365644 };

describe('the figures used below are the dataset’s', () => {
  const dataset = testDataset();
  const totals = (cityId: string) =>
    dataset.emissions.find((e) => e.cityId === cityId && e.releaseId === dataset.currentReleaseId)?.totals;
  const persons = (cityId: string, year: number) =>
    dataset.population.find((p) => p.cityId === cityId)?.values[String(year)]?.persons;

  it('Lund: 1990, 2015 and 2024 totals and 2024 population', () => {
    expect(totals('lund')).toMatchObject(LUND.tonnes);
    expect(persons('lund', 2024)).toBe(LUND.people2024);
  });

  it('Malmö: 1990, 2023 and 2024 totals and 2024 population', () => {
    expect(totals('malmo')).toMatchObject(MALMO.tonnes);
    expect(persons('malmo', 2024)).toBe(MALMO.people2024);
  });
});

describe('changePercent', () => {
  it('Lund 1990 → 2024 is −37.34 %', () => {
    // (209790.69 − 334785.9) / 334785.9 × 100 = −124995.21 / 334785.9 × 100 = −37.33586… → −37.34
    expect(changePercent(LUND.tonnes[1990], LUND.tonnes[2024])).toBe(-37.34);
  });

  it('Lund 2015 → 2024 is −11.56 %', () => {
    // (209790.69 − 237207.96) / 237207.96 × 100 = −27417.27 / 237207.96 × 100 = −11.55833… → −11.56
    expect(changePercent(LUND.tonnes[2015], LUND.tonnes[2024])).toBe(-11.56);
  });

  it('Malmö 1990 → 2024 is −34.07 %', () => {
    // (812994.97 − 1233101.27) / 1233101.27 × 100 = −420106.3 / 1233101.27 × 100 = −34.06908… → −34.07
    expect(changePercent(MALMO.tonnes[1990], MALMO.tonnes[2024])).toBe(-34.07);
  });

  it('an increase is positive: Malmö 2023 → 2024 is +18.38 %', () => {
    // (812994.97 − 686792.16) / 686792.16 × 100 = 126202.81 / 686792.16 × 100 = 18.37569… → 18.38
    expect(changePercent(MALMO.tonnes[2023], MALMO.tonnes[2024])).toBe(18.38);
  });

  it('no change is 0 and halving is −50', () => {
    expect(changePercent(LUND.tonnes[2024], LUND.tonnes[2024])).toBe(0);
    expect(changePercent(200, 100)).toBe(-50);
    expect(changePercent(100, 0)).toBe(-100);
  });

  it('is null when either year is missing or the base is 0', () => {
    expect(changePercent(undefined, LUND.tonnes[2024])).toBeNull();
    expect(changePercent(LUND.tonnes[1990], undefined)).toBeNull();
    expect(changePercent(undefined, undefined)).toBeNull();
    expect(changePercent(0, 100)).toBeNull();
  });
});

describe('averageAnnualChangePercent', () => {
  it('Lund 2015 → 2024 is −1.36 % a year', () => {
    // (209790.69 / 237207.96)^(1/9) − 1 = 0.884417^(1/9) − 1 = −0.013555 → −1.36
    expect(averageAnnualChangePercent(2015, LUND.tonnes[2015], 2024, LUND.tonnes[2024])).toBe(-1.36);
  });

  it('Malmö 2023 → 2024 is the one-year change, +18.38 %', () => {
    // one year: (812994.97 / 686792.16)^(1/1) − 1 = 0.183757 → 18.38, the same as changePercent
    expect(averageAnnualChangePercent(2023, MALMO.tonnes[2023], 2024, MALMO.tonnes[2024])).toBe(18.38);
  });

  it('halving over 10 years is −6.70 % a year', () => {
    // 0.5^(1/10) − 1 = −0.066967
    expect(averageAnnualChangePercent(2015, 200, 2025, 100)).toBe(-6.7);
  });

  it('is null when a year is missing, the start is not positive or the span is not positive', () => {
    expect(averageAnnualChangePercent(2015, undefined, 2024, LUND.tonnes[2024])).toBeNull();
    expect(averageAnnualChangePercent(2015, LUND.tonnes[2015], 2024, undefined)).toBeNull();
    expect(averageAnnualChangePercent(2015, 0, 2024, LUND.tonnes[2024])).toBeNull();
    expect(averageAnnualChangePercent(2015, LUND.tonnes[2015], 2015, LUND.tonnes[2015])).toBeNull();
    expect(averageAnnualChangePercent(2015, LUND.tonnes[2015], 2010, LUND.tonnes[2024])).toBeNull();
  });

  it('falling to zero is −100 % a year', () => {
    expect(averageAnnualChangePercent(2015, 100, 2020, 0)).toBe(-100);
  });
});

describe('perCapita', () => {
  it('Malmö 2024 is 2.2235 t per person', () => {
    // 812994.97 / 365644 = 2.22346… → 2.2235 (four decimals)
    expect(perCapita(MALMO.tonnes[2024], MALMO.people2024)).toBe(2.2235);
  });

  it('Lund 2024 is 1.5943 t per person', () => {
    // 209790.69 / 131590 = 1.59427… → 1.5943
    expect(perCapita(LUND.tonnes[2024], LUND.people2024)).toBe(1.5943);
  });

  it('is null when the population is unknown or zero', () => {
    expect(perCapita(MALMO.tonnes[2024], undefined)).toBeNull();
    expect(perCapita(MALMO.tonnes[2024], 0)).toBeNull();
  });

  it('is 0 for zero emissions', () => {
    expect(perCapita(0, MALMO.people2024)).toBe(0);
  });
});

describe('round', () => {
  it('rounds to the given number of decimals', () => {
    expect(round(-37.33586450325417, 2)).toBe(-37.34);
    expect(round(2.2234604423975233, 4)).toBe(2.2235);
    expect(round(12.5, 0)).toBe(13);
    expect(round(1234.5678, 1)).toBe(1234.6);
  });

  it('rounds halves away from zero, also for negative values', () => {
    expect(round(0.5, 0)).toBe(1);
    expect(round(-0.5, 0)).toBe(-1);
    expect(round(0.125, 2)).toBe(0.13);
    expect(round(-0.125, 2)).toBe(-0.13);
  });

  it('keeps 0 as 0', () => {
    expect(round(0, 2)).toBe(0);
  });
});

describe('latestYear', () => {
  it('is the newest year whatever the insertion order', () => {
    expect(
      latestYear(
        new Map([
          [2024, 1],
          [1990, 2],
          [2015, 3],
        ]),
      ),
    ).toBe(2024);
    expect(
      latestYear(
        new Map([
          [1990, 1],
          [2000, 2],
        ]),
      ),
    ).toBe(2000);
  });

  it('is 2024 for every city of the current release', () => {
    const dataset = testDataset();
    for (const series of dataset.emissions) {
      const years = new Map(Object.entries(series.totals).map(([year, tonnes]) => [Number(year), tonnes]));
      expect(latestYear(years), series.cityId).toBe(2024);
    }
  });

  it('is undefined for an empty series', () => {
    expect(latestYear(new Map())).toBeUndefined();
  });
});
