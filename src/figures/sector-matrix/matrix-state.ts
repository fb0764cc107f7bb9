/**
 * The sector matrix's pure state: sorting by any column, the unit shown, the colour bin of
 * a cell and the CSV rows. Tested without a DOM.
 */
import type { SectorChangesResponse } from '../../../contract/peers.ts';
import { compareNames } from '../../lib/format.ts';
import { changeValue, CHANGE_UNITS, type ChangeUnit } from '../../lib/peer-format.ts';

export type MatrixRow = SectorChangesResponse['cities'][number];
/** 'name', 'total' or a sector id. */
export type MatrixSortKey = string;
export type SortDirection = 'asc' | 'desc';

export interface MatrixView {
  sort: MatrixSortKey;
  direction: SortDirection;
  unit: ChangeUnit;
}

export const DEFAULT_VIEW: MatrixView = { sort: 'total', direction: 'asc', unit: 'percent' };

/** Reads the view from the URL (`?sort=transport&dir=asc&unit=tonnes`); anything unknown falls back to the default. */
export function parseMatrixView(params: URLSearchParams, sectorIds: readonly string[]): MatrixView {
  const sort = params.get('sort');
  const dir = params.get('dir');
  const unit = params.get('unit');
  return {
    sort: sort && (sort === 'name' || sort === 'total' || sectorIds.includes(sort)) ? sort : DEFAULT_VIEW.sort,
    direction: dir === 'asc' || dir === 'desc' ? dir : sort === 'name' ? 'asc' : DEFAULT_VIEW.direction,
    unit: (CHANGE_UNITS as readonly string[]).includes(unit ?? '') ? (unit as ChangeUnit) : DEFAULT_VIEW.unit,
  };
}

export function cellChange(row: MatrixRow, key: MatrixSortKey) {
  return key === 'total' ? row.total : row.sectors[key];
}

/** Rows sorted by a column in a unit; cells without a value go last in both directions, ties by name. */
export function sortMatrix(rows: readonly MatrixRow[], view: MatrixView): MatrixRow[] {
  const sign = view.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (view.sort === 'name') return sign * compareNames(a.name, b.name);
    const va = changeValue(cellChange(a, view.sort), view.unit);
    const vb = changeValue(cellChange(b, view.sort), view.unit);
    if (va === null || vb === null) return va === vb ? compareNames(a.name, b.name) : va === null ? 1 : -1;
    return sign * (va - vb) || compareNames(a.name, b.name);
  });
}

/** Clicking a column sorts it; clicking it again turns the order round. Changes start with the largest cut. */
export function nextSort(view: MatrixView, key: MatrixSortKey): MatrixView {
  if (view.sort === key) return { ...view, direction: view.direction === 'asc' ? 'desc' : 'asc' };
  return { ...view, sort: key, direction: 'asc' };
}

/**
 * Bin thresholds per unit (absolute values): a cell's colour step is how many it passes,
 * signed by the change (−3…+3; 0 = within the first threshold either way).
 */
export const BIN_THRESHOLDS: Record<ChangeUnit, readonly [number, number, number]> = {
  percent: [5, 20, 40],
  tonnes: [1000, 10000, 100000],
  perCapita: [0.05, 0.2, 0.5],
};

export function colourStep(value: number | null, unit: ChangeUnit): number | null {
  if (value === null) return null;
  const steps = BIN_THRESHOLDS[unit].filter((threshold) => Math.abs(value) >= threshold).length;
  return value < 0 && steps > 0 ? -steps : steps;
}
