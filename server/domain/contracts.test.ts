/**
 * The Klimatkontrakt 2030 standing rule and the cumulative signed count, on the real
 * signings of data/dataset.json: the 9 wave-1 cities signed the 2020 contract on
 * 2020-12-11; the 14 wave-2 cities joined 2021-10-01, signed a letter of intent on
 * 2021-12-08 and their first contract (version 2022) on 2022-12-08.
 */
import { describe, expect, it } from 'vitest';
import type { Signing } from '../../contract/index.ts';
import { testDataset, testProgramme } from '../test-helpers.ts';
import { contractStandingOn, signedByYear } from './contracts.ts';

const dataset = testDataset();
const signings: Signing[] = dataset.contract.signings;
const programme = testProgramme();
const cities = programme.cities;
const WAVE_1 = programme.wave1;
const WAVE_2 = programme.wave2;

function standings(asOf: string) {
  return new Map(
    cities.map((city) => [
      city.id,
      contractStandingOn(
        signings.filter((s) => s.cityId === city.id),
        programme.membershipOf(city.id),
        asOf,
      ),
    ]),
  );
}
function statusCounts(asOf: string) {
  const counts: Record<string, number> = {};
  for (const standing of standings(asOf).values()) counts[standing.status] = (counts[standing.status] ?? 0) + 1;
  return counts;
}

describe('the programme in the dataset', () => {
  it('has 23 cities: 9 in wave 1 and 14 in wave 2', () => {
    expect(cities).toHaveLength(23);
    expect(WAVE_1.sort()).toEqual([
      'enkoping',
      'goteborg',
      'jarfalla',
      'lund',
      'malmo',
      'stockholm',
      'umea',
      'uppsala',
      'vaxjo',
    ]);
    expect(WAVE_2).toHaveLength(14);
  });
});

describe('contractStandingOn, whole programme', () => {
  it('before 2019 no city has joined', () => {
    expect(statusCounts('2018-12-31')).toEqual({ 'not-joined': 23 });
  });

  it('on 2019-01-01 wave 1 has joined (join date known only to the year) and wave 2 has not', () => {
    const on = standings('2019-01-01');
    for (const id of WAVE_1) expect(on.get(id)?.status, id).toBe('joined');
    for (const id of WAVE_2) expect(on.get(id)?.status, id).toBe('not-joined');
  });

  it('the day before the first signing (2020-12-10) wave 1 is still only joined', () => {
    expect(statusCounts('2020-12-10')).toEqual({ joined: 9, 'not-joined': 14 });
  });

  it('on 2020-12-11, the signing day, wave 1 is signed', () => {
    expect(statusCounts('2020-12-11')).toEqual({ signed: 9, 'not-joined': 14 });
  });

  it('on 2021-10-31 exactly 9 cities are signed and the 14 wave-2 cities are joined', () => {
    const on = standings('2021-10-31');
    expect(statusCounts('2021-10-31')).toEqual({ signed: 9, joined: 14 });
    for (const id of WAVE_1) expect(on.get(id)?.status, id).toBe('signed');
    for (const id of WAVE_2) expect(on.get(id)?.status, id).toBe('joined');
  });

  it('on 2021-12-08 wave 2 has a letter of intent', () => {
    const on = standings('2021-12-08');
    expect(statusCounts('2021-12-08')).toEqual({ signed: 9, 'letter-of-intent': 14 });
    for (const id of WAVE_2) expect(on.get(id)?.status, id).toBe('letter-of-intent');
  });

  it('on 2022-12-31 all 23 are signed', () => {
    expect(statusCounts('2022-12-31')).toEqual({ signed: 23 });
  });

  it('on the test “today”, 2026-11-28, all 23 are signed', () => {
    expect(statusCounts('2026-11-28')).toEqual({ signed: 23 });
  });
});

describe('contractStandingOn, one city', () => {
  const standing = (id: string, asOf: string) => {
    const city = cities.find((c) => c.id === id);
    if (!city) throw new Error(`no city ${id}`);
    return contractStandingOn(
      signings.filter((s) => s.cityId === id),
      programme.membershipOf(city.id),
      asOf,
    );
  };

  it('Malmö: first signed 2020-12-11 (stated); latest version moves with asOf', () => {
    expect(standing('malmo', '2021-10-31')).toEqual({
      status: 'signed',
      firstSignedOn: '2020-12-11',
      firstSignedDateCertainty: 'stated',
      latestVersionId: '2020',
    });
    expect(standing('malmo', '2022-12-31')).toEqual({
      status: 'signed',
      firstSignedOn: '2020-12-11',
      firstSignedDateCertainty: 'stated',
      latestVersionId: '2022',
    });
    expect(standing('malmo', '2026-11-28').latestVersionId).toBe('2023');
  });

  it('Borås: a letter of intent does not count as a signing; its first contract is 2022-12-08 (inferred)', () => {
    expect(standing('boras', '2021-12-08')).toEqual({
      status: 'letter-of-intent',
      firstSignedOn: null,
      firstSignedDateCertainty: null,
      latestVersionId: null,
    });
    expect(standing('boras', '2022-12-07').status).toBe('letter-of-intent');
    expect(standing('boras', '2022-12-08')).toEqual({
      status: 'signed',
      firstSignedOn: '2022-12-08',
      firstSignedDateCertainty: 'inferred',
      latestVersionId: '2022',
    });
  });

  it('Borås: joined on 2021-10-01, not the day before', () => {
    expect(standing('boras', '2021-09-30').status).toBe('not-joined');
    expect(standing('boras', '2021-10-01').status).toBe('joined');
  });

  it('a city outside the programme is not-joined; one that left is not-joined from the day it left', () => {
    expect(contractStandingOn([], undefined, '2026-01-01').status).toBe('not-joined');
    const left = { joinedOn: '2024-06-01', leftOn: '2025-03-01' };
    expect(contractStandingOn([], left, '2024-05-31').status).toBe('not-joined');
    expect(contractStandingOn([], left, '2024-06-01').status).toBe('joined');
    expect(contractStandingOn([], left, '2025-02-28').status).toBe('joined');
    expect(contractStandingOn([], left, '2025-03-01').status).toBe('not-joined');
  });

  it('does not depend on the order of the signings', () => {
    const malmo = signings.filter((s) => s.cityId === 'malmo');
    const city = { joinedOn: '2019-01-01', leftOn: null };
    expect(contractStandingOn([...malmo].reverse(), city, '2026-11-28')).toEqual(
      contractStandingOn(malmo, city, '2026-11-28'),
    );
  });
});

describe('signedByYear', () => {
  it('at 2022-12-31 is 9, 9, 23 for 2020–2022; 2022 rests on the wave-2 cities’ inferred first contracts', () => {
    expect(signedByYear(signings, '2022-12-31')).toEqual([
      { year: 2020, count: 9, inferred: false },
      { year: 2021, count: 9, inferred: false },
      { year: 2022, count: 23, inferred: true },
    ]);
  });

  it('before the first signing is empty', () => {
    expect(signedByYear(signings, '2020-12-10')).toEqual([]);
    expect(signedByYear([], '2026-11-28')).toEqual([]);
  });

  it('on 2021-12-08 counts no letter of intent', () => {
    expect(signedByYear(signings, '2021-12-08')).toEqual([
      { year: 2020, count: 9, inferred: false },
      { year: 2021, count: 9, inferred: false },
    ]);
  });

  it('on 2022-12-07 stops at 2021, the year of the last signing so far', () => {
    expect(signedByYear(signings, '2022-12-07')).toEqual([
      { year: 2020, count: 9, inferred: false },
      { year: 2021, count: 9, inferred: false },
    ]);
  });

  it('runs to the year of the last recorded signing (2023), counting each city once however many versions it signed', () => {
    const byYear = signedByYear(signings, '2026-11-28');
    expect(byYear.map((y) => y.year)).toEqual([2020, 2021, 2022, 2023]);
    expect(byYear.slice(2).every((y) => y.count === 23)).toBe(true);
  });

  it('stays short for a far-future asOf', () => {
    expect(signedByYear(signings, '2100-12-31')).toHaveLength(4);
  });
});
