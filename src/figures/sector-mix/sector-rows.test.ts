import { fixtures } from '../../../mocks/fixtures.ts';
import { fixedT } from '../../../tests/translate.ts';
import type { CsvRow } from '../../components/export/csv.ts';
import { buildSectorChart } from './sector-series.ts';
import { sectorRows } from './sector-rows.ts';

const t = fixedT('figure-sector-mix');
const release = fixtures.emissions.release.label.sv;

/** The body rows, without the header. */
function withoutHeader(rows: CsvRow[]): CsvRow[] {
  return rows.slice(1);
}

describe('sectorRows', () => {
  const series = fixtures.emissions.series.find((s) => s.cityId === 'malmo');
  if (!series) throw new Error('fixture without Malmö');
  const chart = buildSectorChart(series, fixtures.sectors.sectors, 'sv');

  it('give every sector per reported year, then the reported total, each row naming the city', () => {
    const all = sectorRows(series, chart, { t, release });
    expect(all[0]?.slice(0, 3)).toEqual(['Stad', 'Id', 'År']);
    const rows = withoutHeader(all);
    expect(new Set(rows.map((row) => `${row[0]}|${row[1]}`))).toEqual(new Set(['Malmö|malmo']));
    const latest = series.points.at(-1);
    const year = rows.filter((row) => row[2] === latest?.year);
    expect(year).toHaveLength(chart.sectors.length + 1);
    expect(year.at(-1)?.slice(3, 6)).toEqual(['Totalt', 'total', latest?.tonnesCo2e]);
    for (const [id, tonnes] of Object.entries(latest?.sectors ?? {}))
      expect(year.find((row) => row[4] === id)?.[5]).toBe(tonnes);
  });
});
