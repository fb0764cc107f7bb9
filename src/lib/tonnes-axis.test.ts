import { describe, expect, it } from 'vitest';
import { valueTicks, niceTop } from './chart-geometry.ts';
import { formatTonnesTick, tonnesMagnitude } from './tonnes-axis.ts';

describe('tonnesMagnitude', () => {
  it('labels a linear axis by its top: millions from a million, thousands from ten thousand', () => {
    expect(tonnesMagnitude([0, 2_500_000], 'linear')).toBe('million');
    expect(tonnesMagnitude([0, 1_000_000], 'linear')).toBe('million');
    expect(tonnesMagnitude([0, 600_000], 'linear')).toBe('thousand');
    expect(tonnesMagnitude([0, 10_000], 'linear')).toBe('thousand');
    expect(tonnesMagnitude([0, 8_000], 'linear')).toBe('tonnes');
  });

  it('labels a log axis by its bottom, so its small ticks do not read 0,02', () => {
    expect(tonnesMagnitude([40_000, 3_000_000], 'log')).toBe('thousand');
    expect(tonnesMagnitude([1_200_000, 3_000_000], 'log')).toBe('million');
    expect(tonnesMagnitude([800, 3_000_000], 'log')).toBe('tonnes');
  });
});

describe('formatTonnesTick', () => {
  it('writes ticks in the magnitude, with no abbreviation that could read as tonnes', () => {
    const top = niceTop(2_345_678);
    const ticks = valueTicks('linear', [0, top]).map((v) => formatTonnesTick(v, 'million', 'sv'));
    expect(ticks).toEqual(['0', '0,5', '1', '1,5', '2', '2,5']);
    expect(formatTonnesTick(500_000, 'thousand', 'sv')).toBe('500');
    expect(formatTonnesTick(1_500_000, 'thousand', 'en')).toBe('1,500');
    expect(formatTonnesTick(1_500_000, 'million', 'en')).toBe('1.5');
    expect(formatTonnesTick(2_000, 'tonnes', 'sv')).toBe('2\u00a0000');
  });
});
