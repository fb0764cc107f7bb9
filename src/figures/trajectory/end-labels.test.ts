import { describe, expect, it } from 'vitest';
import type { CityLine } from './compare-series.ts';
import { byEnd, endOf, spreadLabels } from './end-labels.ts';

function line(cityId: string, values: (number | null)[]): CityLine {
  return {
    cityId,
    name: cityId,
    color: '#000',
    marker: 'circle',
    measuredKey: cityId,
    gapKey: `${cityId}-gap`,
    overlayKeys: {},
    overlayColors: {},
    data: { measured: values.map((value, i) => ({ year: 2020 + i, value })), gap: [], overlays: {} },
  };
}

describe('end labels', () => {
  it('finds where a line ends, past trailing unreported years', () => {
    expect(endOf(line('a', [5, 4, null]))).toEqual({ year: 2021, value: 4 });
    expect(endOf(line('b', [null, null]))).toBeNull();
  });

  it('orders lines as they end, top first, so the legend reads as the chart does', () => {
    const lines = [line('low', [9, 1]), line('none', [null]), line('high', [1, 9]), line('mid', [5, 5])];
    expect(byEnd(lines).map((l) => l.cityId)).toEqual(['high', 'mid', 'low', 'none']);
  });

  it('spreads close labels apart, keeps their order and the bounds, and leaves free ones where they are', () => {
    const placed = spreadLabels([100, 102, 104, 300], 15, 0, 400);
    expect(placed).toEqual([100, 115, 130, 300]);
    const crowdedAtBottom = spreadLabels([395, 398, 399], 15, 0, 400) ?? [];
    expect(crowdedAtBottom).toEqual([370, 385, 400]);
    // Input order is kept in the output, whatever the order of the wanted places.
    expect(spreadLabels([200, 100], 15, 0, 400)).toEqual([200, 100]);
  });

  it('never lets two labels overlap, for any wanted places that fit', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let run = 0; run < 200; run++) {
      const ys = Array.from({ length: 1 + Math.floor(random() * 12) }, () => random() * 300);
      const placed = spreadLabels(ys, 16, 0, 300);
      expect(placed).not.toBeNull();
      const sorted = [...(placed ?? [])].sort((a, b) => a - b);
      sorted.forEach((y, i) => {
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(300);
        if (i > 0) expect(y - (sorted[i - 1] as number)).toBeGreaterThanOrEqual(16 - 1e-9);
      });
    }
  });

  it('gives up when the labels cannot fit', () => {
    expect(spreadLabels([1, 2, 3, 4], 15, 0, 40)).toBeNull();
  });
});
