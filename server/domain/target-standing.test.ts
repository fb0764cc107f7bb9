/** Each city against its own target, and the programme's count, from the real seeded database. */
import { describe, expect, it } from 'vitest';
import type { CityAssessment } from '../../contract/index.ts';
import { testSnapshot } from '../test-helpers.ts';
import { computations } from './assessment.ts';
import { citySummary, programmeSummary } from './cities.ts';
import { countStandings, targetStanding } from './target-standing.ts';

const assessed = (status: 'on-track' | 'off-track' | null) =>
  ({ targetStatus: 'assessed', target: { status } }) as Pick<CityAssessment, 'targetStatus' | 'target'>;

describe('targetStanding', () => {
  it('names each state in one word', () => {
    expect(targetStanding(assessed('on-track'))).toBe('on-track');
    expect(targetStanding(assessed('off-track'))).toBe('off-track');
    expect(targetStanding(assessed(null))).toBe('not-assessed');
    expect(targetStanding({ targetStatus: 'no-numeric-target', target: null })).toBe('no-figure');
    expect(targetStanding({ targetStatus: 'no-target', target: null })).toBe('no-target');
  });

  it('counts every state, zeros included', () => {
    expect(countStandings(['on-track', 'no-target', 'no-target'])).toEqual({
      'on-track': 1,
      'off-track': 0,
      'not-assessed': 0,
      'no-figure': 0,
      'no-target': 2,
    });
  });
});

describe('the programme against its own targets (real data)', () => {
  const snapshot = testSnapshot();
  const all = computations(snapshot);
  const standings = new Map(
    snapshot.members.map(({ id }) => [id, all.get(id)?.assessment.targetStanding ?? 'no-target'] as const),
  );

  it('four cities have a target with a figure, five a target without one, fourteen none', () => {
    const counts = countStandings(standings.values());
    expect(counts['on-track'] + counts['off-track'] + counts['not-assessed']).toBe(4);
    expect(counts['no-figure']).toBe(5);
    expect(counts['no-target']).toBe(14);
  });

  it('agrees with each city’s own target verdict: Malmö’s trend to 2030 (467 511 t) is above its target (369 930 t)', () => {
    const malmo = computations(snapshot).get('malmo')?.assessment;
    expect(malmo?.target?.projectedTonnes).toBeGreaterThan(malmo?.target?.targetTonnes ?? Infinity);
    expect(standings.get('malmo')).toBe('off-track');
    expect(standings.get('stockholm')).toBe('no-figure');
    expect(standings.get('boras')).toBe('no-target');
  });

  it('the programme summary carries the counts of the cities it sums', () => {
    const cities = snapshot.members.map((city) => citySummary(snapshot, city, '2026-11-28'));
    expect(programmeSummary(snapshot, cities, '2026-11-28').targetStandings).toEqual(
      countStandings(standings.values()),
    );
  });
});
