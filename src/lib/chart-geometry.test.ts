import { describe, expect, it } from 'vitest';
import { niceCeil, niceTop, plotArea, scaleOf, valueTicks } from './chart-geometry.ts';

describe('chart geometry', () => {
  it('leaves the plot inside the margins, the y axis and recharts’ 30 px x axis', () => {
    expect(plotArea(600, 300, { top: 12, right: 24, bottom: 8, left: 8 }, 72)).toEqual({
      x: 80,
      y: 12,
      width: 496,
      height: 250,
    });
    expect(plotArea(50, 20, { top: 12, right: 24, bottom: 8, left: 8 }, 72)).toEqual({
      x: 80,
      y: 12,
      width: 0,
      height: 0,
    });
  });

  it('maps linearly, upside down for y, and logarithmically only above zero', () => {
    const y = scaleOf('linear', [0, 250], [262, 12]);
    expect(y(0)).toBe(262);
    expect(y(125)).toBe(137);
    expect(y(250)).toBe(12);
    const log = scaleOf('log', [10, 1000], [200, 0]);
    expect(log(100)).toBeCloseTo(100);
    expect(log(0)).toBeUndefined();
    expect(log(-5)).toBeUndefined();
  });

  it('ends a linear axis on a labelled round top, with round steps (not 0/65/130/195)', () => {
    expect(niceCeil(1_950_000)).toBe(2_000_000);
    expect(niceTop(1_950_000)).toBe(2_000_000);
    expect(valueTicks('linear', [0, niceTop(1_950_000)])).toEqual([0, 500_000, 1_000_000, 1_500_000, 2_000_000]);
    expect(valueTicks('linear', [0, niceTop(243)])).toEqual([0, 50, 100, 150, 200, 250]);
    for (const max of [0.7, 3.1, 7.9, 13, 27, 43, 61, 88, 117, 190, 333, 4_200, 77_777, 1_230_000, 6_600_000]) {
      const top = niceTop(max);
      expect(top).toBeGreaterThanOrEqual(max);
      expect(valueTicks('linear', [0, top]).at(-1)).toBe(top);
      // Never more than a third of the axis above the largest value, and 3 to 8 ticks.
      expect(max / top).toBeGreaterThan(0.6);
      expect(valueTicks('linear', [0, top]).length).toBeGreaterThanOrEqual(3);
      expect(valueTicks('linear', [0, top]).length).toBeLessThanOrEqual(8);
    }
    // The wave-2 cities' totals peak at 1.23 million: an axis to 1.4 million, not 2.
    expect(niceTop(1_230_000)).toBe(1_400_000);
  });

  it('marks 1, 2 and 5 of each decade on a log axis', () => {
    expect(valueTicks('log', [40, 1300])).toEqual([50, 100, 200, 500, 1000]);
    expect(valueTicks('log', [3.2, 4.1])).toEqual([3.2, 4.1]);
  });
});
