/**
 * Who cut fastest in the sectors that dominate a city's emissions (issue 8).
 *
 * Dominant sectors: the city's sectors in its latest reported year, largest first, taken
 * until together they are at least DOMINANT_SHARE_PERCENT (60 %) of the total, at least
 * two and at most three ("the two or three sectors that dominate").
 *
 * Fastest cut in a sector: the change from 2015 to each city's latest reported year in
 * tonnes per person, E_latest / P_latest − E_2015 / P_2015 (sector-changes.ts). Per person,
 * because tonnes alone always name the largest cities and percent flatters a small base.
 * The tonnes and the percent are given beside it. The same ranking in percent (`byPercent`)
 * is offered too: it favours a small base, and says so where it is shown. Ranked most negative first (ties: larger
 * cut in tonnes, then name); only cities whose per-person figure fell are cutters. A
 * sector with 0 t in 2015 has no percent (null), and no year is filled in.
 */
import type { Cutter, DominantSector } from '../../contract/peers.ts';
import type { Snapshot } from './snapshot.ts';
import { round } from './change.ts';
import type { CityChanges } from './sector-changes.ts';

export const DOMINANT_SHARE_PERCENT = 60;
export const MIN_DOMINANT = 2;
export const MAX_DOMINANT = 3;
export const CUTTER_COUNT = 3;

/** The sector ids that dominate `values` (t per sector in the latest year), largest first, with their shares in percent. */
export function dominantSectors(
  values: Readonly<Record<string, number>>,
): { sectorId: string; sharePercent: number }[] {
  const total = Object.values(values).reduce((a, b) => a + b, 0);
  if (total <= 0) return [];
  const chosen: { sectorId: string; sharePercent: number }[] = [];
  let cumulative = 0;
  for (const [sectorId, tonnes] of Object.entries(values).sort((a, b) => b[1] - a[1])) {
    if (chosen.length >= MAX_DOMINANT || (chosen.length >= MIN_DOMINANT && cumulative >= DOMINANT_SHARE_PERCENT)) break;
    if (tonnes <= 0) break;
    const sharePercent = (tonnes / total) * 100;
    chosen.push({ sectorId, sharePercent: round(sharePercent, 2) });
    cumulative += sharePercent;
  }
  return chosen;
}

/** What a ranking of cuts compares: the change per person (the default), or the change in percent. */
type CutMeasure = 'perCapita' | 'percent';

interface Ranking {
  ownRank: number | null;
  of: number;
  cutters: Cutter[];
}

/** Every city with a value for `measure` in the sector, most negative first (ties: larger cut in tonnes, then name); its own place and the top cutters. */
function rankCuts(
  snapshot: Snapshot,
  cityId: string,
  sectorId: string,
  changes: ReadonlyMap<string, CityChanges | null>,
  measure: CutMeasure,
  count: number,
): Ranking {
  // Among the programme's members now: who in the programme cut fastest.
  const ranked = snapshot.members
    .flatMap((city) => {
      const change = changes.get(city.id)?.sectors[sectorId];
      const value = measure === 'perCapita' ? change?.changeTonnesPerCapita : change?.changePercent;
      return change && value !== null && value !== undefined ? [{ city, change, value }] : [];
    })
    .sort(
      (a, b) =>
        a.value - b.value ||
        a.change.changeTonnes - b.change.changeTonnes ||
        a.city.name.localeCompare(b.city.name, 'sv'),
    )
    .map((entry, i) => ({ ...entry, rank: i + 1 }));
  return {
    ownRank: ranked.find((entry) => entry.city.id === cityId)?.rank ?? null,
    of: ranked.length,
    cutters: ranked
      .filter((entry) => entry.city.id !== cityId && entry.value < 0)
      .slice(0, count)
      .map((entry) => ({ cityId: entry.city.id, name: entry.city.name, rank: entry.rank, change: entry.change })),
  };
}

/** The dominant sectors of `cityId` with the fastest cutters of each, per person and in percent; `changes` holds every city's changes since 2015. */
export function fastestCuts(
  snapshot: Snapshot,
  cityId: string,
  changes: ReadonlyMap<string, CityChanges | null>,
  count = CUTTER_COUNT,
): DominantSector[] {
  const own = changes.get(cityId) ?? null;
  const values = own ? Object.fromEntries(Object.entries(own.sectors).map(([id, c]) => [id, c.toTonnes])) : {};
  return dominantSectors(values).map(({ sectorId, sharePercent }): DominantSector => {
    const sector = snapshot.sectors.find((s) => s.id === sectorId);
    return {
      sectorId,
      label: sector?.label ?? { sv: sectorId, en: sectorId },
      sharePercent,
      own: own?.sectors[sectorId] ?? null,
      ...rankCuts(snapshot, cityId, sectorId, changes, 'perCapita', count),
      byPercent: rankCuts(snapshot, cityId, sectorId, changes, 'percent', count),
    };
  });
}
