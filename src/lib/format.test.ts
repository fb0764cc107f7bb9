import { formatAmountInWords, formatChange, formatDay, formatPerCapita, formatTonnes } from './format.ts';

// Intl puts a no-break space (U+00A0) or narrow no-break space (U+202F) in Swedish numbers.
const spaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('format', () => {
  it('formats tonnes with Swedish digit grouping and English commas', () => {
    expect(spaces(formatTonnes(1234567.8, 'sv'))).toBe('1 234 568');
    expect(formatTonnes(1234567.8, 'en')).toBe('1,234,568');
  });

  it('formats a change with a true minus sign and the locale decimal mark', () => {
    expect(spaces(formatChange(-37.34, 'sv'))).toBe('\u221237,3 %');
    expect(formatChange(-37.34, 'en')).toBe('\u221237.3%');
    expect(spaces(formatChange(12.5, 'sv'))).toBe('+12,5 %');
  });

  it('formats per capita with one decimal', () => {
    expect(formatPerCapita(2.2235, 'sv')).toBe('2,2');
    expect(formatPerCapita(2.2235, 'en')).toBe('2.2');
  });

  it('formats a calendar day without shifting it by time zone', () => {
    expect(formatDay('2020-12-11', 'en')).toBe('11 Dec 2020');
    expect(formatDay('2020-12-11', 'sv')).toMatch(/^11 dec\.? 2020$/);
  });
});

describe('formatAmountInWords', () => {
  it('writes the magnitude out, so a key in tonnes is not read as "100 t" (Intl’s short "100 tn")', () => {
    expect(formatAmountInWords(100_000, 'sv')).toBe('100 tusen');
    expect(formatAmountInWords(2_000_000, 'sv')).toBe('2 miljoner');
    expect(formatAmountInWords(500_000, 'en')).toBe('500 thousand');
    expect(formatAmountInWords(1_500_000, 'en')).toBe('1.5 million');
  });
});
