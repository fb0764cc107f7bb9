import { fixtures } from '../../../mocks/fixtures.ts';
import { buildCompareChart } from './compare-series.ts';
import { DEFAULTS } from './compare-state.ts';
import { cityLegend, drawnKinds, seriesLegend } from './export-legend.ts';
import {
  CHART_LAYOUT,
  composeFigureSvg,
  estimateWidth,
  MULTIPLES_LAYOUT,
  wrapText,
} from '../../components/export/svg-compose.ts';

const all = fixtures.cities.cities.map((c) => c.id);
const chart = buildCompareChart(
  fixtures.emissions,
  { ...DEFAULTS, cities: ['malmo', 'lund', 'umea'], overlays: ['trend'] },
  all,
);
const panel = {
  markup:
    '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300" viewBox="0 0 600 300"><path d="M0,0L600,300" stroke="#0072B2"/></svg>',
  width: 600,
  height: 300,
};
const source =
  'Utsläpp, SMHI, utsläpp t.o.m. 2024 (publicerad 2026): Källa: SMHI, Nationella emissionsdatabasen (via Klimatkollen/Klimatbyrån).';

function parse(markup: string): Document {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

describe('composeFigureSvg', () => {
  const figure = composeFigureSvg({
    title: 'Utsläpp av växthusgaser: Totalt, ton CO₂e, 1990–2030 & "mer" <x>',
    panels: [panel],
    legend: [
      ...cityLegend(chart.lines),
      ...seriesLegend(
        drawnKinds(chart.lines),
        () => '#15201c',
        (kind) => kind,
      ),
    ],
    footer: [source, 'Hämtad 28 nov. 2026 från http://127.0.0.1:8765/compare?cities=malmo,lund&measure=total'],
  });
  const doc = parse(figure.markup);
  const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');

  it('is a well-formed standalone SVG with xmlns, a title and its size', () => {
    const root = doc.documentElement;
    expect(root.localName).toBe('svg');
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe(String(figure.width));
    expect(root.getAttribute('height')).toBe(String(figure.height));
    expect(doc.querySelector('title')?.textContent).toBe(
      'Utsläpp av växthusgaser: Totalt, ton CO₂e, 1990–2030 & "mer" <x>',
    );
    expect(figure.width).toBe(600 + 2 * 24);
  });

  it('holds the chart, every city of the legend with its colour and marker, and the kinds of line drawn', () => {
    expect(doc.querySelector('g > svg path')?.getAttribute('stroke')).toBe('#0072B2');
    const entries = [...doc.querySelectorAll('g.legend-entry')];
    expect(entries.map((e) => e.querySelector('text')?.textContent)).toEqual(['Lund', 'Malmö', 'Umeå', 'gap', 'trend']);
    const malmo = entries[1];
    expect(malmo?.querySelector('line')?.getAttribute('stroke')).toBe(
      chart.lines.find((l) => l.cityId === 'malmo')?.color,
    );
    expect(malmo?.querySelector('path')?.getAttribute('d')).toMatch(/^M/);
    expect(entries[4]?.querySelector('line')?.getAttribute('stroke-dasharray')).toBe('10 4');
  });

  it('ends with the source line and the date, wrapped to the width and nothing lost', () => {
    const footer = texts.slice(-4).join(' ');
    expect(footer.replace(/\s+/g, ' ')).toContain(source);
    expect(footer).toContain('Hämtad 28 nov. 2026');
    const lastLineY = Math.max(...[...doc.querySelectorAll('text')].map((t) => Number(t.getAttribute('y'))));
    expect(lastLineY).toBeLessThan(figure.height);
  });

  it('lays small multiples out in a grid with a caption each', () => {
    const multiples = composeFigureSvg({
      title: 'T',
      panels: ['Lund', 'Malmö', 'Umeå'].map((caption) => ({ ...panel, caption })),
      columns: 2,
      legend: [],
      footer: [],
    });
    const grid = parse(multiples.markup);
    expect(multiples.width).toBe(2 * 600 + 16 + 48);
    expect([...grid.querySelectorAll('text')].map((t) => t.textContent)).toEqual(['T', 'Lund', 'Malmö', 'Umeå']);
    expect(grid.querySelectorAll('g > svg')).toHaveLength(3);
  });
});

describe('the export layouts', () => {
  const drawn = (width: number, height: number, caption?: string) => ({
    markup: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"/>`,
    width,
    height,
    ...(caption ? { caption } : {}),
  });

  it('make one chart 1008 px wide, its 960 px and the margins, and its height the chart’s and its text', () => {
    const figure = composeFigureSvg({
      title: 'T',
      panels: [drawn(CHART_LAYOUT.width, 400)],
      legend: [],
      footer: [source],
    });
    expect(figure.width).toBe(960 + 2 * 24);
    expect(figure.height).toBeGreaterThan(400);
  });

  it('lay small multiples three to a row in the same width', () => {
    const cities = ['Lund', 'Malmö', 'Umeå', 'Göteborg', 'Borås'];
    const figure = composeFigureSvg({
      title: 'T',
      panels: cities.map((city) => drawn(MULTIPLES_LAYOUT.width, 150, city)),
      columns: MULTIPLES_LAYOUT.columns,
      legend: [],
      footer: [],
    });
    expect(MULTIPLES_LAYOUT.columns).toBe(3);
    expect(3 * MULTIPLES_LAYOUT.width + 2 * 16).toBeLessThanOrEqual(CHART_LAYOUT.width);
    expect(figure.width).toBeGreaterThan(CHART_LAYOUT.width);
    expect(figure.width).toBeLessThanOrEqual(CHART_LAYOUT.width + 2 * 24);
    // Two rows: the second starts a panel and a gap below the first.
    const tops = [...parse(figure.markup).querySelectorAll('g[transform]')].map((g) =>
      Number(/,([\d.]+)\)/.exec(g.getAttribute('transform') ?? '')?.[1]),
    );
    expect(new Set(tops).size).toBe(2);
  });
});

describe('wrapText', () => {
  it('breaks between words so no line is wider than allowed', () => {
    const lines = wrapText('ett två tre fyra fem sex', 9, (s) => s.length);
    expect(lines).toEqual(['ett två', 'tre fyra', 'fem sex']);
    expect(wrapText('ordsomärlängreänraden kort', 7, (s) => s.length)).toEqual([
      'ordsomä',
      'rlängre',
      'änraden',
      'kort',
    ]);
  });

  it('breaks an address wider than a line, after a slash, ? or & where it can, and loses nothing', () => {
    const url = 'https://klimatneutrala-stader.se/compare?cities=malmo,lund,umea,goteborg&measure=per-capita&from=1990';
    const text = `Hämtad 28 nov. 2026 från ${url}`;
    const lines = wrapText(text, 30, (s) => s.length);
    expect(lines.every((line) => line.length <= 30)).toBe(true);
    expect(lines.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
    expect(lines[0]).toBe('Hämtad 28 nov. 2026 från');
    expect(lines[1]).toBe('https://klimatneutrala-stader.');
    expect(lines.slice(2)).toEqual(['se/compare?cities=malmo,lund,', 'umea,goteborg&measure=', 'per-capita&from=1990']);
  });

  it('keeps the whole footer of a narrow figure inside it, however long its address', () => {
    const url = `http://127.0.0.1:8765/compare?cities=${'malmo,lund,'.repeat(12)}umea&measure=per-capita&overlays=trend,target`;
    const narrow = composeFigureSvg({
      title: 'T',
      panels: [{ ...panel, width: 300 }],
      legend: [],
      footer: [source, `Hämtad 28 nov. 2026 från ${url}`],
    });
    const lines = [...parse(narrow.markup).querySelectorAll('text')].slice(1);
    for (const line of lines)
      expect(24 + estimateWidth(line.textContent ?? '', 12, false)).toBeLessThanOrEqual(narrow.width - 24);
    expect(lines.map((line) => line.textContent).join('')).toContain(url.slice(-30));
  });
});
