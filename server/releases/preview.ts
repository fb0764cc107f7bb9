/** What an import would change, against the current release: years, figures, and the largest differences in city totals. */
import type { ReleaseDifference } from '../../contract/index.ts';
import type { ReleaseFigures } from './figures.ts';

export const MAX_LISTED_DIFFERENCES = 20;

const round2 = (n: number) => Math.round(n * 100) / 100;

export interface Comparison {
  addedYears: number[];
  removedYears: number[];
  changedFigures: number;
  largestDifferences: ReleaseDifference[];
}

export function compareFigures(
  current: ReleaseFigures | null,
  proposed: ReleaseFigures,
  cityNames: ReadonlyMap<string, string>,
  sectorIds: readonly string[],
): Comparison {
  if (!current) return { addedYears: proposed.years, removedYears: [], changedFigures: 0, largestDifferences: [] };
  const before = new Set(current.years);
  const after = new Set(proposed.years);
  const years = [...new Set([...current.years, ...proposed.years])].sort((a, b) => a - b);
  const cityIds = [...new Set([...current.cities.keys(), ...proposed.cities.keys()])];
  let changedFigures = 0;
  const differences: ReleaseDifference[] = [];
  for (const cityId of cityIds) {
    const was = current.cities.get(cityId);
    const now = proposed.cities.get(cityId);
    for (const year of years) {
      for (const sectorId of sectorIds) {
        if (was?.sectors.get(year)?.get(sectorId) !== now?.sectors.get(year)?.get(sectorId)) changedFigures++;
      }
      const a = was?.totals.get(year);
      const b = now?.totals.get(year);
      // Added and removed years are listed as years; here only figures present on both sides.
      if (a === undefined || b === undefined || a === b) continue;
      const changeTonnes = round2(b - a);
      differences.push({
        cityId,
        cityName: cityNames.get(cityId) ?? cityId,
        year,
        sectorId: null,
        currentTonnes: a,
        proposedTonnes: b,
        changeTonnes,
        changePercent: a === 0 ? null : round2(((b - a) / a) * 100),
      });
    }
  }
  differences.sort(
    (x, y) =>
      Math.abs(y.changeTonnes ?? 0) - Math.abs(x.changeTonnes ?? 0) ||
      x.cityId.localeCompare(y.cityId) ||
      x.year - y.year,
  );
  return {
    addedYears: proposed.years.filter((y) => !before.has(y)),
    removedYears: current.years.filter((y) => !after.has(y)),
    changedFigures,
    largestDifferences: differences.slice(0, MAX_LISTED_DIFFERENCES),
  };
}
