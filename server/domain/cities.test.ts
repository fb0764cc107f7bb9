/** Per-city and programme-wide headline figures, from a snapshot of the real seeded database. */
import { describe, expect, it } from 'vitest';
import { citySummarySchema, programmeSummarySchema } from '../../contract/index.ts';
import { testSnapshot } from '../test-helpers.ts';
import { citySummary, programmeSummary } from './cities.ts';

const snapshot = testSnapshot();
const summaries = (asOf: string) =>
  snapshot.members.map((city) => citySummarySchema.parse(citySummary(snapshot, city, asOf)));
const summaryOf = (id: string, asOf = '2026-11-28') => {
  const city = snapshot.cityById.get(id);
  if (!city) throw new Error(`no city ${id}`);
  return citySummary(snapshot, city, asOf);
};

describe('citySummary', () => {
  it('Lund: latest 2024 = 209790.69 t, 131590 persons, 1.5943 t/person, −37.34 % since 1990, −11.56 % since 2015', () => {
    // (209790.69 − 334785.9) / 334785.9 × 100 = −37.33586… ; (209790.69 − 237207.96) / 237207.96 × 100 = −11.55833…
    const lund = summaryOf('lund');
    expect(lund.latest).toEqual({ year: 2024, tonnesCo2e: 209790.69, population: 131590, tonnesPerCapita: 1.5943 });
    expect(lund.changeSince1990Percent).toBe(-37.34);
    expect(lund.changeSince2015Percent).toBe(-11.56);
  });

  it('Malmö: 812994.97 t in 2024 for 365644 persons is 2.2235 t/person; −34.07 % since 1990', () => {
    const malmo = summaryOf('malmo');
    expect(malmo.latest).toEqual({ year: 2024, tonnesCo2e: 812994.97, population: 365644, tonnesPerCapita: 2.2235 });
    expect(malmo.changeSince1990Percent).toBe(-34.07);
    expect(malmo).toMatchObject({
      name: 'Malmö',
      kommunkod: '1280',
      lan: { code: '12', name: 'Skåne län' },
      inProgramme: true,
    });
  });

  it('the contract standing follows asOf', () => {
    expect(summaryOf('boras', '2021-10-31').contract.status).toBe('joined');
    expect(summaryOf('boras', '2021-12-08').contract.status).toBe('letter-of-intent');
    expect(summaryOf('boras', '2022-12-31').contract).toEqual({
      status: 'signed',
      firstSignedOn: '2022-12-08',
      firstSignedDateCertainty: 'inferred',
      latestVersionId: '2022',
    });
  });

  it('every city has a 2024 latest figure with population and valid shape', () => {
    for (const summary of summaries('2026-11-28')) {
      expect(summary.latest?.year, summary.id).toBe(2024);
      expect(summary.latest?.population, summary.id).toBeGreaterThan(0);
      expect(summary.changeSince1990Percent, summary.id).not.toBeNull();
    }
  });

  it('a city without emissions or population has null figures, not an error', () => {
    const empty = { ...snapshot, totals: new Map(), population: new Map() };
    const city = snapshot.cityById.get('lund');
    if (!city) throw new Error('no lund');
    const summary = citySummarySchema.parse(citySummary(empty, city, '2026-11-28'));
    expect(summary.latest).toBeNull();
    expect(summary.changeSince1990Percent).toBeNull();
    expect(summary.changeSince2015Percent).toBeNull();
  });
});

describe('programmeSummary', () => {
  it('adds the 23 cities: 10538411.88 t in 2024, −37.38 % on the 16828668.85 t of 1990', () => {
    // (10538411.88 − 16828668.85) / 16828668.85 × 100 = −37.37822… → −37.38
    const summary = programmeSummarySchema.parse(programmeSummary(snapshot, summaries('2026-11-28'), '2026-11-28'));
    expect(summary.cityCount).toBe(23);
    expect(summary.combined.latestYear).toBe(2024);
    expect(summary.combined.tonnesCo2e).toBe(10538411.88);
    expect(summary.combined.changeSince1990Percent).toBe(-37.38);
  });

  it.each([
    ['2018-12-31', 0, 0],
    ['2021-10-31', 9, 0],
    ['2021-12-08', 9, 14],
    ['2022-12-31', 23, 0],
    ['2026-11-28', 23, 0],
  ])('on %s: %i signed, %i with a letter of intent', (asOf, signed, letters) => {
    const summary = programmeSummary(snapshot, summaries(asOf), asOf);
    expect(summary.signedCount).toBe(signed);
    expect(summary.letterOfIntentCount).toBe(letters);
  });

  it('signedByYear on 2022-12-31 is 9, 9, 23', () => {
    expect(programmeSummary(snapshot, summaries('2022-12-31'), '2022-12-31').signedByYear).toEqual([
      { year: 2020, count: 9, inferred: false },
      { year: 2021, count: 9, inferred: false },
      { year: 2022, count: 23, inferred: true },
    ]);
  });
});
