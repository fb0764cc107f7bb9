/** The cities in rank order on one measure (ranks as in assessment.ts / ranks.ts). */
import type { RankMeasure, Standing } from '../../contract/index.ts';
import type { Snapshot } from './snapshot.ts';
import { computations, rankValue } from './assessment.ts';

export function standings(snapshot: Snapshot, measure: RankMeasure): Standing[] {
  const all = computations(snapshot);
  const entries = snapshot.cities.map((city): Standing => {
    const computed = all.get(city.id);
    const rank = computed?.assessment.ranks[measure] ?? null;
    return {
      cityId: city.id,
      name: city.name,
      value: computed ? rankValue(computed, measure) : null,
      rank: rank?.rank ?? null,
      of: rank?.of ?? 0,
    };
  });
  const of = Math.max(0, ...entries.map((e) => e.of));
  return entries
    .map((e) => ({ ...e, of }))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.name.localeCompare(b.name, 'sv'));
}
