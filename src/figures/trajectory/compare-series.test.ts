import { fixtures } from '../../../mocks/fixtures.ts';
import { buildCompareChart } from './compare-series.ts';
import { DEFAULTS, type CompareState } from './compare-state.ts';
import { unreportedStretches } from './measure-format.ts';
import { KIND_COLORS, PALETTE } from './palette.ts';

const all = fixtures.cities.cities.map((c) => c.id);
const state = (patch: Partial<CompareState>): CompareState => ({ ...DEFAULTS, cities: ['malmo', 'lund'], ...patch });

describe('buildCompareChart', () => {
  it('plots reported years only: Malmö 2024 is 812 994.97 t, and 2017 (not in the release) is empty', () => {
    const chart = buildCompareChart(fixtures.emissions, state({}), all);
    const row = (year: number) => chart.rows.find((r) => r.year === year);
    expect(row(2024)?.malmo).toBe(812994.97);
    expect(row(2017)?.malmo).toBeUndefined();
    expect(chart.rows.map((r) => r.year)).toEqual(Array.from({ length: 41 }, (_, i) => 1990 + i));
  });

  it('draws the stretches SMHI does not report as a separate, dashed series between their ends', () => {
    const chart = buildCompareChart(fixtures.emissions, state({}), all);
    const gapYears = chart.rows.filter((r) => typeof r.malmo__gap === 'number').map((r) => r.year);
    // 1990→2000→2005→2010→2015→2020 are gaps; 2020–2024 is yearly and solid only.
    expect(gapYears).toEqual([1990, 2000, 2005, 2010, 2015, 2020]);
  });

  it('selects the per-capita figure the server computed: Malmö 2024 = 812994.97 / 365644 = 2.2235 t', () => {
    const chart = buildCompareChart(fixtures.emissions, state({ measure: 'per-capita' }), all);
    expect(chart.rows.find((r) => r.year === 2024)?.malmo).toBe(2.2235);
  });

  it('selects the index to the chosen base year: 2015 = 100', () => {
    const chart = buildCompareChart(fixtures.emissions, state({ measure: 'indexed', base: 2015 }), all);
    expect(chart.rows.find((r) => r.year === 2015)?.lund).toBe(100);
    const lund = fixtures.emissions.series.find((s) => s.cityId === 'lund');
    expect(chart.rows.find((r) => r.year === 2024)?.lund).toBe(
      lund?.points.find((p) => p.year === 2024)?.index['2015'],
    );
  });

  it('adds overlays for total and index, but not per capita, and says why', () => {
    const total = buildCompareChart(fixtures.emissions, state({ overlays: ['target', 'reference', 'trend'] }), all);
    expect(total.lines.find((l) => l.cityId === 'malmo')?.overlayKeys).toEqual({
      target: 'malmo__target',
      reference: 'malmo__reference',
      trend: 'malmo__trend',
    });
    expect(total.table.filter((r) => r.cityId === 'malmo').map((r) => r.kind)).toEqual([
      'measured',
      'target',
      'reference',
      'trend',
    ]);
    const perCapita = buildCompareChart(fixtures.emissions, state({ measure: 'per-capita', overlays: ['trend'] }), all);
    expect(perCapita.lines[0]?.overlayKeys).toEqual({});
    expect(perCapita.omissions).toContainEqual({ kind: 'overlays-need-total-or-index' });
  });

  it('names the cities that have no target path', () => {
    const chart = buildCompareChart(
      fixtures.emissions,
      state({ cities: ['malmo', 'boras'], overlays: ['target'] }),
      all,
    );
    expect(chart.omissions).toContainEqual({ kind: 'no-target', cityIds: ['boras'] });
  });

  it('orders lines as the city list does, whatever order the URL lists them in', () => {
    const two = buildCompareChart(fixtures.emissions, state({ cities: ['malmo', 'lund'] }), all);
    expect(two.lines.map((l) => l.cityId)).toEqual(['lund', 'malmo']);
  });

  describe('colours are assigned per selection', () => {
    const colours = (cities: string[]) =>
      buildCompareChart(fixtures.emissions, state({ cities }), all).lines.map((l) => l.color);

    it('no two of up to twelve chosen cities share a colour, whichever they are', () => {
      // 400 selections of 2 to 12 cities drawn by a seeded generator, so a failure is repeatable.
      let seed = 20_251_207;
      const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
      for (let i = 0; i < 400; i++) {
        const size = 2 + (i % (PALETTE.length - 1));
        const shuffled = all.map((id) => ({ id, key: next() })).sort((a, b) => a.key - b.key);
        const chosen = shuffled.slice(0, size).map((c) => c.id);
        const drawn = colours(chosen);
        expect(drawn, chosen.join(',')).toHaveLength(size);
        expect(new Set(drawn).size, chosen.join(',')).toBe(size);
      }
    });

    it('draws Mariestad and its similar cities in as many colours as there are cities', () => {
      const peers = fixtures.peers.mariestad?.peers.map((p) => p.cityId) ?? [];
      expect(peers).toContain('enkoping');
      const chosen = ['mariestad', ...peers];
      expect(new Set(colours(chosen)).size).toBe(chosen.length);
      // The two that were drawn in the same green when colours followed the full list.
      expect(colours(['mariestad', 'enkoping'])).toEqual([PALETTE[0], PALETTE[1]]);
    });

    it('on a chart of one city, its trend and paths each have a colour of their own; with more, they take the city’s', () => {
      const overlays = ['target', 'reference', 'trend'] as const;
      const one = buildCompareChart(fixtures.emissions, state({ cities: ['malmo'], overlays: [...overlays] }), all);
      const malmo = one.lines[0];
      expect(malmo?.overlayColors).toEqual(KIND_COLORS);
      expect(new Set([malmo?.color, ...Object.values(malmo?.overlayColors ?? {})]).size).toBe(4);
      const two = buildCompareChart(fixtures.emissions, state({ overlays: [...overlays] }), all);
      expect(two.lines.map((l) => l.overlayColors)).toEqual([{}, {}]);
    });

    it('past the palette, a colour comes again only with another marker', () => {
      const lines = buildCompareChart(fixtures.emissions, state({ cities: all }), all).lines;
      expect(lines).toHaveLength(all.length);
      expect(new Set(lines.map((l) => `${l.color}|${l.marker}`)).size).toBe(all.length);
    });
  });

  it('clips to the year range and reports the extent of what is plotted', () => {
    const chart = buildCompareChart(fixtures.emissions, state({ from: 2020, to: 2024 }), all);
    expect(chart.years).toEqual([2020, 2021, 2022, 2023, 2024]);
    const values = chart.table.flatMap((r) => [...r.values.values()]);
    expect(chart.extent).toEqual([Math.min(...values), Math.max(...values)]);
  });

  it('says which table columns exist: exactly the plotted values', () => {
    const chart = buildCompareChart(fixtures.emissions, state({ view: 'table' }), all);
    expect(chart.years).toEqual([1990, 2000, 2005, 2010, 2015, 2020, 2021, 2022, 2023, 2024]);
    expect(chart.table.find((r) => r.cityId === 'lund')?.values.get(1990)).toBe(334785.9);
  });
});

describe('unreportedStretches', () => {
  it('lists the years between reported ones', () => {
    expect(unreportedStretches([1990, 2000, 2005, 2010, 2015, 2020, 2021])).toBe(
      '1991–1999, 2001–2004, 2006–2009, 2011–2014, 2016–2019',
    );
    expect(unreportedStretches([2010, 2012, 2013])).toBe('2011');
  });
});

describe('niceCeil', () => {
  it('rounds the top of the axis up to a round number', async () => {
    const { niceCeil } = await import('./trajectory-chart.tsx');
    expect(niceCeil(199)).toBe(200);
    expect(niceCeil(2_960_000)).toBe(3_000_000);
    expect(niceCeil(8.2)).toBe(10);
    expect(niceCeil(100)).toBe(100);
    expect(niceCeil(0)).toBe(0);
  });
});
