import { fixtures } from '../../../mocks/fixtures.ts';
import { fixedT } from '../../../tests/translate.ts';
import { parseCsv, parseCsvNumber, toCsv, type CsvRow } from '../../components/export/csv.ts';
import { buildCompareChart } from './compare-series.ts';
import { DEFAULTS } from './compare-state.ts';
import { trajectoryRows } from './trajectory-rows.ts';

const t = fixedT('figure-trajectory');
const release = fixtures.emissions.release.label.sv;
const all = fixtures.cities.cities.map((c) => c.id);

/** Writes and reads back in both dialects, so every test checks what a spreadsheet would get. */
function roundTrip(rows: CsvRow[], lang: 'sv' | 'en'): string[][] {
  return parseCsv(toCsv(rows, { lang }), { lang });
}

describe('trajectoryRows', () => {
  const chart = buildCompareChart(
    fixtures.emissions,
    { ...DEFAULTS, cities: ['malmo', 'lund'], measure: 'per-capita' },
    all,
  );
  const rows = trajectoryRows(chart, {
    t,
    seriesLabel: (kind) => kind,
    valueHeader: 'Per invånare, ton CO₂e',
    release,
  });

  it.each(['sv', 'en'] as const)('hold exactly the plotted numbers, one per row (%s)', (lang) => {
    const [header, ...body] = roundTrip(rows, lang);
    expect(header).toEqual(['Stad', 'Id', 'Serie', 'År', 'Per invånare, ton CO₂e', 'Källa för utsläppen']);
    const plotted = chart.table.flatMap((row) =>
      [...row.values].map(([year, value]) => `${row.cityId} ${year} ${value}`),
    );
    expect(
      body.map(([, id, , year, value]) => `${id} ${year} ${parseCsvNumber(value ?? '', { lang })}`).sort(),
    ).toEqual(plotted.sort());
    const malmo2024 = body.find(([, id, , year]) => id === 'malmo' && year === '2024');
    expect(malmo2024?.[4]).toBe(lang === 'sv' ? '2,2235' : '2.2235');
    expect(malmo2024?.[5]).toBe(release);
  });

  it('leaves the unreported years out instead of writing empty values', () => {
    expect(rows.some((row) => row[3] === 2017)).toBe(false);
    expect(rows.slice(1).every((row) => typeof row[4] === 'number')).toBe(true);
  });
});
