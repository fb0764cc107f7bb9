/**
 * Ranks of the cities on one measure. Rule: ascending, so rank 1 is the LOWEST value
 * (least emissions, least per person, deepest cut, steepest fall); ties share a rank and
 * the next rank skips (standard competition ranking: 1, 2, 2, 4); rank = 1 + the number
 * of cities with a strictly lower value; `of` = the number of cities with a value. A
 * city without a value gets null and is not counted. Values are compared as published
 * (already rounded), so two cities showing the same figure share a rank.
 */
import type { z } from 'zod';
import type { rankSchema } from '../../contract/index.ts';

export type Rank = z.infer<typeof rankSchema>;

export function competitionRanks<K>(values: ReadonlyMap<K, number | null>): Map<K, Rank> {
  const present = [...values.values()]
    .filter((v): v is number => v !== null && Number.isFinite(v))
    .sort((a, b) => a - b);
  const ranks = new Map<K, Rank>();
  for (const [key, value] of values) {
    if (value === null || !Number.isFinite(value)) {
      ranks.set(key, null);
      continue;
    }
    // Index of the first value not below this one (binary search over the sorted values).
    let lo = 0;
    let hi = present.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((present[mid] as number) < value) lo = mid + 1;
      else hi = mid;
    }
    ranks.set(key, { rank: lo + 1, of: present.length });
  }
  return ranks;
}
