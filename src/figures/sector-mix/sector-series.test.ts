import { fixtures } from '../../../mocks/fixtures.ts';
import { buildSectorChart, SECTOR_PALETTE, sectorYear, sectorYears } from './sector-series.ts';

const { sectors } = fixtures.sectors;
function seriesOf(cityId: string) {
  const series = fixtures.emissions.series.find((s) => s.cityId === cityId);
  if (!series) throw new Error(`no ${cityId} in the fixture`);
  return series;
}
const malmo = seriesOf('malmo');

describe('buildSectorChart', () => {
  it('has rows only at the years SMHI reported, and returns the unreported stretches as gaps', () => {
    const chart = buildSectorChart(malmo, sectors, 'sv');
    expect(chart.rows.map((r) => r.year)).toEqual([1990, 2000, 2005, 2010, 2015, 2020, 2021, 2022, 2023, 2024]);
    expect(chart.gaps).toEqual([
      [1990, 2000],
      [2000, 2005],
      [2005, 2010],
      [2010, 2015],
      [2015, 2020],
    ]);
  });

  it('carries the reported figures unchanged: Malmö 2024, transport 308 074.57 t of 812 994.97 t', () => {
    const row = buildSectorChart(malmo, sectors, 'sv').rows.at(-1);
    expect(row?.year).toBe(2024);
    expect(row?.transport).toBe(308074.57);
    expect(row?.['electricity-heating']).toBe(295035.15);
    expect(row?.total).toBe(812994.97);
  });

  it('stacks to the reported total in every year (SMHI total = sum of its nine sectors)', () => {
    const chart = buildSectorChart(malmo, sectors, 'sv');
    for (const row of chart.rows) {
      const stacked = chart.sectors.reduce((sum, s) => sum + (row[s.id] ?? 0), 0);
      expect(stacked).toBeCloseTo(row.total, 1);
    }
  });

  it('puts the largest sector of the latest year at the bottom of the stack', () => {
    const chart = buildSectorChart(malmo, sectors, 'sv');
    expect(chart.sectors.map((s) => s.id)).toEqual([
      'transport',
      'electricity-heating',
      'industry',
      'machinery',
      'product-use',
      'waste',
      'own-heating',
      'agriculture',
      'international-transport',
    ]);
  });

  it("gives each sector the colour of its place in SMHI's list, the same on every city's page", () => {
    const colours = (cityId: string) =>
      new Map(buildSectorChart(seriesOf(cityId), sectors, 'sv').sectors.map((s) => [s.id, s.color]));
    const malmoColours = colours('malmo');
    expect(malmoColours.get('transport')).toBe(SECTOR_PALETTE[0]);
    expect(malmoColours.get('electricity-heating')).toBe(SECTOR_PALETTE[2]);
    expect(new Set(malmoColours.values()).size).toBe(9);
    expect(colours('lund')).toEqual(malmoColours);
  });

  it('names the sectors in the reader’s language', () => {
    expect(buildSectorChart(malmo, sectors, 'sv').sectors[0]?.label).toBe('Transporter');
    expect(buildSectorChart(malmo, sectors, 'en').sectors[1]?.label).toBe('Electricity and district heating');
  });

  it('returns nothing to draw when the series has no sector figures', () => {
    const bare = { ...malmo, points: malmo.points.map(({ sectors: _sectors, ...point }) => point) };
    expect(buildSectorChart(bare, sectors, 'sv')).toEqual({ sectors: [], rows: [], gaps: [] });
    expect(sectorYears(bare)).toEqual([]);
  });
});

describe('sectorYear', () => {
  it('lists the sectors of a year largest first with their share of the total', () => {
    const year = sectorYear(malmo, sectors, 2024, 'en');
    expect(year?.totalTonnes).toBe(812994.97);
    const first = year?.sectors[0];
    expect(first).toMatchObject({ id: 'transport', label: 'Transport', tonnesCo2e: 308074.57 });
    expect(first?.sharePercent).toBeCloseTo((308074.57 / 812994.97) * 100, 6);
    expect(year?.sectors.map((s) => s.tonnesCo2e)).toEqual(
      [...(year?.sectors.map((s) => s.tonnesCo2e) ?? [])].sort((a, b) => b - a),
    );
    expect(year?.sectors.reduce((sum, s) => sum + (s.sharePercent ?? 0), 0)).toBeCloseTo(100, 3);
  });

  it('has another breakdown in another reported year: Malmö 2010, electricity and heating first', () => {
    const year = sectorYear(malmo, sectors, 2010, 'sv');
    expect(year?.sectors[0]).toMatchObject({ id: 'electricity-heating', tonnesCo2e: 1303142.1 });
  });

  it('has nothing for a year SMHI did not report', () => {
    expect(sectorYear(malmo, sectors, 2003, 'sv')).toBeNull();
  });
});
