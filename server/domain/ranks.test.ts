/** Competition ranks: made-up values for the rule, then the real cities (data/dataset.json). */
import { describe, expect, it } from 'vitest';
import { testSnapshot } from '../test-helpers.ts';
import { computations } from './assessment.ts';
import { competitionRanks } from './ranks.ts';

describe('competitionRanks', () => {
  it('ranks ascending, ties share a rank and the next is skipped (1, 2, 2, 4)', () => {
    const ranks = competitionRanks(
      new Map([
        ['a', 5],
        ['b', 7],
        ['c', 7],
        ['d', 9],
      ]),
    );
    expect([...ranks]).toEqual([
      ['a', { rank: 1, of: 4 }],
      ['b', { rank: 2, of: 4 }],
      ['c', { rank: 2, of: 4 }],
      ['d', { rank: 4, of: 4 }],
    ]);
  });

  it('cities without a value get null and are not counted; negative values rank first', () => {
    const ranks = competitionRanks(
      new Map<string, number | null>([
        ['a', -3],
        ['b', null],
        ['c', 0],
        ['d', -3],
      ]),
    );
    expect(ranks.get('a')).toEqual({ rank: 1, of: 3 });
    expect(ranks.get('d')).toEqual({ rank: 1, of: 3 });
    expect(ranks.get('c')).toEqual({ rank: 3, of: 3 });
    expect(ranks.get('b')).toBeNull();
  });

  it('an empty map gives no ranks', () => {
    expect(competitionRanks(new Map()).size).toBe(0);
  });
});

describe('ranks of the 23 cities (2024, release smhi-thru2024)', () => {
  const snapshot = testSnapshot();
  const all = computations(snapshot);
  const ranks = (id: string) => all.get(id)?.assessment.ranks;

  it('tonnesCo2e: Järfälla is 1 of 23 (90243.24 t, the smallest total), Göteborg 23 (2252706.82 t)', () => {
    expect(ranks('jarfalla')?.tonnesCo2e).toEqual({ rank: 1, of: 23 });
    expect(ranks('nacka')?.tonnesCo2e).toEqual({ rank: 2, of: 23 }); // 121152.55 t
    expect(ranks('goteborg')?.tonnesCo2e).toEqual({ rank: 23, of: 23 });
  });

  it('tonnesPerCapita: Järfälla 1 (1.0145 t/person), Stockholm 2 (1.0258), Borlänge 23 (8.241)', () => {
    expect(ranks('jarfalla')?.tonnesPerCapita).toEqual({ rank: 1, of: 23 });
    expect(ranks('stockholm')?.tonnesPerCapita).toEqual({ rank: 2, of: 23 });
    expect(ranks('borlange')?.tonnesPerCapita).toEqual({ rank: 23, of: 23 });
  });

  it('averageAnnualChangeSince2015Percent: Enköping and Karlstad tie at −0.95 %/yr and share rank 15; Örebro is 17', () => {
    // Enköping ((236604.85 / 257820.66)^(1/9) − 1) × 100 = −0.9496 → −0.95;
    // Karlstad ((262348.28 / 285767.13)^(1/9) − 1) × 100 = −0.9455 → −0.95 (published values are compared);
    // 14 cities fall faster (Stockholm −7.02 … Borlänge −1.07), so both are 15 and the next, Örebro (−0.60), is 17.
    expect(ranks('enkoping')?.averageAnnualChangeSince2015Percent).toEqual({ rank: 15, of: 23 });
    expect(ranks('karlstad')?.averageAnnualChangeSince2015Percent).toEqual({ rank: 15, of: 23 });
    expect(ranks('orebro')?.averageAnnualChangeSince2015Percent).toEqual({ rank: 17, of: 23 });
    expect(ranks('stockholm')?.averageAnnualChangeSince2015Percent).toEqual({ rank: 1, of: 23 });
  });

  it('change since 1990: Östersund 1 (−60.15 %), Göteborg 23 (−11.40 %)', () => {
    expect(ranks('ostersund')?.changeSince1990Percent).toEqual({ rank: 1, of: 23 });
    expect(ranks('goteborg')?.changeSince1990Percent).toEqual({ rank: 23, of: 23 });
    expect(ranks('linkoping')?.changeSince2015Percent).toEqual({ rank: 23, of: 23 }); // +6.87 %
  });

  it('projected change 2030 (trend drawn from 2024, 6 years of slope): Stockholm 1 (−77.82 %), Östersund 2 (−42.55 %), Malmö 3 (−42.50 %), Göteborg 23 (−1.40 %)', () => {
    // Stockholm: 6 × (1038393.42 − 1965626.91) / 7 = −794771.56; / 1021234.48 × 100 = −77.82.
    // Östersund: 6 × (129328.47 − 186604.79) / 6 = −57276.32; / 134609.55 × 100 = −42.54997 → −42.55.
    // Malmö: 6 × (783785.9 − 1129270.35) / 6 = −345484.45; / 812994.97 × 100 = −42.4953 → −42.50.
    // Göteborg: 6 × (2252706.82 − 2299864.95) / 9 = −31438.75; / 2252706.82 × 100 = −1.3956 → −1.40 (Linköping, −1.70, is 22).
    const projected = (id: string) => all.get(id)?.assessment.trend?.projectedChange2030Percent;
    expect([projected('stockholm'), projected('ostersund'), projected('malmo'), projected('goteborg')]).toEqual([
      -77.82, -42.55, -42.5, -1.4,
    ]);
    expect(ranks('stockholm')?.projectedChange2030Percent).toEqual({ rank: 1, of: 23 });
    expect(ranks('ostersund')?.projectedChange2030Percent).toEqual({ rank: 2, of: 23 });
    expect(ranks('malmo')?.projectedChange2030Percent).toEqual({ rank: 3, of: 23 });
    expect(ranks('linkoping')?.projectedChange2030Percent).toEqual({ rank: 22, of: 23 });
    expect(ranks('goteborg')?.projectedChange2030Percent).toEqual({ rank: 23, of: 23 });
  });
});
