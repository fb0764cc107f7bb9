import { formatDateTime, formatFileSize, formatPercent, formatTonnesChange } from './format.ts';

const spaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formats used by the coordinators view', () => {
  it('shows a moment in the local time zone with date and time', () => {
    const text = formatDateTime('2026-11-28T20:05:00Z', 'en');
    expect(text).toMatch(/2026/);
    expect(text).toMatch(/\d{1,2}:\d{2}/);
    expect(formatDateTime('not a date', 'sv')).toBe('not a date');
  });

  it('shows file sizes in kB and MB in each language', () => {
    expect(spaces(formatFileSize(2048, 'sv'))).toBe('2 kB');
    expect(spaces(formatFileSize(8 * 1024 * 1024, 'sv'))).toBe('8 MB');
    expect(formatFileSize(1.5 * 1024 * 1024, 'en')).toBe('1.5 MB');
  });

  it('shows upload progress and signed tonnes', () => {
    expect(spaces(formatPercent(0.456, 'sv'))).toBe('46 %');
    expect(formatPercent(0.456, 'en')).toBe('46%');
    expect(spaces(formatTonnesChange(100000, 'sv'))).toBe('+100 000');
    expect(formatTonnesChange(-2345.4, 'en')).toBe('\u22122,345');
    expect(formatTonnesChange(0, 'en')).toBe('0');
  });
});
