/**
 * Large changes against the current release, which a coordinator must confirm before an
 * import (contract: LARGE_CHANGE_PERCENT). A plausible file can still be the wrong file
 * (another substance, a unit slip of × 1000 that stays under the national bound, a release
 * with years missing); these are the changes worth a second look:
 *
 * - `total-change`: a city-year total moves by more than 50 % and by more than 10 000 t
 *   (both, so a small town's 4 000 t → 7 000 t is not flagged, nor Stockholm's 3 % of a
 *   large total);
 * - `sector-appears` / `sector-vanishes`: a main sector goes from 0 to more than 1 000 t, or
 *   from more than 1 000 t to 0, in a city-year;
 * - `years-removed`: years the current release shows that the upload drops.
 *
 * The warnings' hash is what the coordinator confirms: the same file against the same
 * current release gives the same hash, so a confirmation cannot carry over to other changes.
 */
import { createHash } from 'node:crypto';
import {
  LARGE_CHANGE_PERCENT,
  LARGE_CHANGE_TONNES,
  SECTOR_PRESENCE_TONNES,
  type ReleaseWarning,
} from '../../contract/index.ts';
import type { CityFigures, ReleaseFigures } from './figures.ts';
import { formatTonnes } from './plausibility.ts';

export interface Warnings {
  /** Every warning, in the order shown: removed years, then by city and year. */
  all: ReleaseWarning[];
  /** Null when there is nothing to confirm. */
  hash: string | null;
}

const RULE = `more than ${LARGE_CHANGE_PERCENT} % and more than ${formatTonnes(LARGE_CHANGE_TONNES)}`;
const signed = (n: number, text: string) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${text}`;

/** Years the current release has and the upload does not: they would no longer be shown. */
function yearsRemoved(current: ReleaseFigures, proposed: ReleaseFigures, currentId: string): ReleaseWarning | null {
  const removed = current.years.filter((y) => !proposed.years.includes(y));
  const first = removed[0];
  if (first === undefined) return null;
  return {
    kind: 'years-removed',
    cityId: null,
    cityName: null,
    year: first,
    years: removed,
    sectorId: null,
    sectorName: null,
    currentTonnes: null,
    proposedTonnes: null,
    message: `year${removed.length > 1 ? 's' : ''} ${removed.join(', ')} would no longer be shown: the current release ${currentId} has ${removed.length > 1 ? 'them' : 'it'}, the upload does not`,
  };
}

/** One city's warnings for one year: a large change of its total, a sector that appears or vanishes. */
function cityYearWarnings(
  city: { id: string; name: string },
  year: number,
  was: CityFigures,
  now: CityFigures,
  sectors: readonly { id: string; smhiName: string }[],
): ReleaseWarning[] {
  const warnings: ReleaseWarning[] = [];
  const base = { cityId: city.id, cityName: city.name, year, years: [] };
  const a = was.totals.get(year);
  const b = now.totals.get(year);
  if (a !== undefined && b !== undefined) {
    const change = b - a;
    const large =
      Math.abs(change) > LARGE_CHANGE_TONNES && (a === 0 || Math.abs(change) / a > LARGE_CHANGE_PERCENT / 100);
    if (large) {
      const percent = a === 0 ? 'from 0' : signed(change, `${Math.round((Math.abs(change) / a) * 100)} %`);
      warnings.push({
        ...base,
        kind: 'total-change',
        sectorId: null,
        sectorName: null,
        currentTonnes: a,
        proposedTonnes: b,
        message: `${city.name} ${year}: the total changes from ${formatTonnes(a)} to ${formatTonnes(b)} (${percent}, ${signed(change, formatTonnes(Math.abs(change)))}), ${RULE}`,
      });
    }
  }
  for (const sector of sectors) {
    const before = was.sectors.get(year)?.get(sector.id) ?? 0;
    const after = now.sectors.get(year)?.get(sector.id) ?? 0;
    const appears = before === 0 && after > SECTOR_PRESENCE_TONNES;
    const vanishes = after === 0 && before > SECTOR_PRESENCE_TONNES;
    if (!appears && !vanishes) continue;
    warnings.push({
      ...base,
      kind: appears ? 'sector-appears' : 'sector-vanishes',
      sectorId: sector.id,
      sectorName: sector.smhiName,
      currentTonnes: before,
      proposedTonnes: after,
      message: `${city.name} ${year}: ${sector.smhiName} ${appears ? 'appears' : 'vanishes'} (${formatTonnes(before)} → ${formatTonnes(after)}; the rule: from 0 to more than ${formatTonnes(SECTOR_PRESENCE_TONNES)} or back)`,
    });
  }
  return warnings;
}

export function largeChanges(
  current: ReleaseFigures | null,
  proposed: ReleaseFigures,
  currentId: string | null,
  cities: readonly { id: string; name: string }[],
  sectors: readonly { id: string; smhiName: string }[],
): Warnings {
  if (!current || currentId === null) return { all: [], hash: null };
  const all: ReleaseWarning[] = [];
  const removed = yearsRemoved(current, proposed, currentId);
  if (removed) all.push(removed);
  const years = proposed.years.filter((y) => current.years.includes(y));
  for (const city of cities) {
    const was = current.cities.get(city.id);
    const now = proposed.cities.get(city.id);
    if (!was || !now) continue;
    for (const year of years) {
      all.push(...cityYearWarnings(city, year, was, now, sectors));
    }
  }
  if (all.length === 0) return { all, hash: null };
  const canonical = all.map((w) => [w.kind, w.cityId, w.year, w.years, w.sectorId, w.currentTonnes, w.proposedTonnes]);
  const hash = createHash('sha256')
    .update(JSON.stringify({ comparedWith: currentId, warnings: canonical }))
    .digest('base64url')
    .slice(0, 22);
  return { all, hash };
}
