import { fixtures } from '../../../mocks/fixtures.ts';
import { lookupMessage, type MessageKey } from '../../lib/messages.ts';
import type { Translate } from '../../lib/i18n.tsx';
import { buildSectorChart } from '../city/sector-series.ts';
import { buildCompareChart } from '../compare/compare-series.ts';
import { DEFAULTS } from '../compare/compare-state.ts';
import { mapGeometry, mapMarks, tableOrder } from '../map/map-series.ts';
import { sectorRows, trajectoryRows } from './chart-rows.ts';
import { parseCsv, parseCsvNumber, toCsv, type CsvRow } from './csv.ts';
import { mapRows, overviewRows, standingsRows } from './table-rows.ts';

const t: Translate = (key: MessageKey, values) =>
  lookupMessage('sv', key).replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name] ?? `{${name}}`));
const all = fixtures.cities.cities.map((c) => c.id);
const release = fixtures.emissions.release.label.sv;

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

describe('sectorRows', () => {
  const series = fixtures.emissions.series.find((s) => s.cityId === 'malmo');
  if (!series) throw new Error('fixture without Malmö');
  const chart = buildSectorChart(series, fixtures.sectors.sectors, 'sv');

  it('give every sector per reported year, then the reported total', () => {
    const rows = withoutHeader(sectorRows(series, chart, { t, release }));
    const latest = series.points.at(-1);
    const year = rows.filter((row) => row[0] === latest?.year);
    expect(year).toHaveLength(chart.sectors.length + 1);
    expect(year.at(-1)?.slice(1, 4)).toEqual(['Totalt', 'total', latest?.tonnesCo2e]);
    for (const [id, tonnes] of Object.entries(latest?.sectors ?? {}))
      expect(year.find((row) => row[2] === id)?.[3]).toBe(tonnes);
  });
});

/** The body rows, without the header. */
function withoutHeader(rows: CsvRow[]): CsvRow[] {
  return rows.slice(1);
}

describe('table rows', () => {
  it('overview: a row per city with raw figures, in the given order', () => {
    const rows = overviewRows(fixtures.cities.cities, { t, release });
    expect(rows).toHaveLength(24);
    const malmo = fixtures.cities.cities.find((c) => c.id === 'malmo');
    const row = rows.find((r) => r[1] === 'malmo');
    expect(row?.slice(0, 3)).toEqual(['Malmö', 'malmo', 'Skåne län']);
    expect(row?.slice(7, 11)).toEqual([
      malmo?.latest?.tonnesCo2e,
      malmo?.latest?.tonnesPerCapita,
      malmo?.changeSince1990Percent,
      malmo?.changeSince2015Percent,
    ]);
  });

  it('standings: rank, city and the unrounded value with its unit in the header', () => {
    const data = fixtures.standings.tonnesPerCapita;
    const [header, ...body] = standingsRows(data, { t, measureLabel: 'Utsläpp per invånare', release });
    expect(header?.[4]).toBe('Utsläpp per invånare, ton CO₂e per invånare');
    expect(body.map((row) => row[4])).toEqual(data.entries.map((e) => e.value));
    expect(body[0]?.slice(0, 2)).toEqual([data.entries[0]?.rank, data.entries[0]?.of]);
  });

  it('map: every city with the figures the map table shows', () => {
    const marks = tableOrder(
      mapMarks(fixtures.cities.cities, mapGeometry(fixtures.geo.topology).projection, 'per-capita', null),
    );
    const [header, ...body] = mapRows(marks, { t, release });
    expect(header).toContain('Klimatkontrakt 2030');
    expect(body).toHaveLength(23);
    expect(body[0]?.[1]).toBe('borlange');
    const malmo = body.find((row) => row[1] === 'malmo');
    expect(malmo?.[4]).toBe(fixtures.cities.cities.find((c) => c.id === 'malmo')?.latest?.tonnesPerCapita);
  });
});
