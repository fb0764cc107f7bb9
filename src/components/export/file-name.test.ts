import { citiesPart, exportFileName, isoDay, slug } from './file-name.ts';

const day = new Date(2026, 10, 28, 23, 30);

describe('export file names', () => {
  it('are ASCII, lower case and without spaces', () => {
    expect(slug('Malmö län')).toBe('malmo-lan');
    expect(slug('Örnsköldsvik / Umeå')).toBe('ornskoldsvik-umea');
    expect(slug('changeSince2015Percent')).toBe('change-since-2015-percent');
    expect(slug('  per-capita ')).toBe('per-capita');
  });

  it('say the view, measure, cities, years and the local day of export', () => {
    expect(isoDay(day)).toBe('2026-11-28');
    expect(exportFileName(['jamfor', 'total', citiesPart(['malmo', 'lund'], 'sv'), '1990-2030'], 'png', day)).toBe(
      'klimatneutrala-stader_jamfor_total_malmo-lund_1990-2030_2026-11-28.png',
    );
    expect(exportFileName(['karta', 'per-capita', 2024], 'csv', day)).toBe(
      'klimatneutrala-stader_karta_per-capita_2024_2026-11-28.csv',
    );
  });

  it('count the cities instead of naming them when there are many', () => {
    const all = Array.from({ length: 23 }, (_, i) => `city${i}`);
    expect(citiesPart(all, 'sv')).toBe('23-stader');
    expect(citiesPart(all, 'en')).toBe('23-cities');
    expect(citiesPart(['a', 'b', 'c', 'd', 'e'], 'sv')).toBe('5-stader');
    expect(citiesPart([], 'en')).toBe('0-cities');
    expect(exportFileName(['', 'x'], 'svg', day)).toBe('klimatneutrala-stader_x_2026-11-28.svg');
  });
});
