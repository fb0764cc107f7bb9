import { fixtures } from '../../../mocks/fixtures.ts';
import { colourStep, nextSort, parseMatrixView, sortMatrix } from './matrix-state.ts';

const rows = fixtures.sectorChanges.cities;
const ids = fixtures.sectorChanges.sectors.map((s) => s.id);

describe('matrix state', () => {
  it('reads the view from the URL and falls back on anything unknown', () => {
    expect(parseMatrixView(new URLSearchParams('sort=transport&dir=desc&unit=tonnes'), ids)).toEqual({
      sort: 'transport',
      direction: 'desc',
      unit: 'tonnes',
    });
    expect(parseMatrixView(new URLSearchParams('sort=happiness&dir=up&unit=kg'), ids)).toEqual({
      sort: 'total',
      direction: 'asc',
      unit: 'percent',
    });
  });

  it('sorts by tonnes with the largest cut first: Stockholm’s total fell most (2015→2024)', () => {
    const sorted = sortMatrix(rows, { sort: 'total', direction: 'asc', unit: 'tonnes' });
    expect(sorted[0]?.cityId).toBe('stockholm');
    const values = sorted.map((r) => r.total?.changeTonnes ?? 0);
    expect(values).toEqual([...values].sort((a, b) => a - b));
  });

  it('puts cells without a percent last in both directions', () => {
    for (const direction of ['asc', 'desc'] as const) {
      expect(sortMatrix(rows, { sort: 'electricity-heating', direction, unit: 'percent' }).at(-1)?.cityId).toBe(
        'nacka',
      );
    }
  });

  it('turns the order round on the same column and starts a new column with the largest cut', () => {
    expect(nextSort({ sort: 'total', direction: 'asc', unit: 'percent' }, 'total').direction).toBe('desc');
    expect(nextSort({ sort: 'total', direction: 'desc', unit: 'percent' }, 'waste')).toEqual({
      sort: 'waste',
      direction: 'asc',
      unit: 'percent',
    });
  });

  it('bins a change by its size and sign, never colouring a missing value', () => {
    expect(colourStep(-50.09, 'percent')).toBe(-3);
    expect(colourStep(-0.38, 'percent')).toBe(0);
    expect(colourStep(12, 'percent')).toBe(1);
    expect(colourStep(-8075.42, 'tonnes')).toBe(-1);
    expect(colourStep(-0.6401, 'perCapita')).toBe(-3);
    expect(colourStep(null, 'percent')).toBeNull();
  });
});
