import { describe, expect, it } from 'vitest';
import { yearTicks } from './chart-axes.ts';

describe('yearTicks', () => {
  it('keeps the wide chart’s 5-year ticks when there is room', () => {
    expect(yearTicks(1990, 2030, 1000, 13, { minStep: 5 })).toEqual([
      1990, 1995, 2000, 2005, 2010, 2015, 2020, 2025, 2030,
    ]);
  });

  it('takes fewer ticks on a phone, so neighbouring labels keep a gap', () => {
    // 190 px for 40 years: 4.75 px a year; four digits at 13 px need about 42 px with the gap.
    const ticks = yearTicks(1990, 2030, 190, 13, { minStep: 5 });
    expect(ticks).toEqual([1990, 2000, 2010, 2020, 2030]);
    for (let i = 1; i < ticks.length; i++)
      expect((ticks[i]! - ticks[i - 1]!) * (190 / 40)).toBeGreaterThanOrEqual(13 * 3.2);
  });

  it('marks the last year, dropping a round year that would touch it', () => {
    expect(yearTicks(1990, 2024, 1000, 13, { minStep: 5, includeLast: true })).toEqual([
      1990, 1995, 2000, 2005, 2010, 2015, 2020, 2024,
    ]);
    expect(yearTicks(1990, 2024, 220, 13, { minStep: 5, includeLast: true })).toEqual([1990, 2000, 2010, 2024]);
  });
});
