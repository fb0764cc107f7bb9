import type { Chunk } from './bundle.ts';
import type { LighthouseResult } from './lighthouse-budgets.ts';
import { checks, mainTable, type Results } from './report.ts';

const lighthouse = (overrides: Partial<LighthouseResult>): LighthouseResult => ({
  dataset: '23 cities',
  path: '/map',
  formFactor: 'mobile',
  rendering: 'server',
  runs: 3,
  performanceRuns: [90, 93, 96],
  performance: 93,
  accessibility: 100,
  fcpMs: 1200,
  lcpMs: 2100,
  tbtMs: 120,
  cls: 0,
  scriptTransferBytes: 120_000,
  failedAccessibilityAudits: [],
  topOpportunities: [{ id: 'bootup-time', savingsMs: 300 }],
  benchmarkIndex: 1300,
  ...overrides,
});
const chunk = (file: string, gzipBytes: number): Chunk => ({
  file,
  bytes: gzipBytes * 3,
  gzipBytes,
  hasRecharts: false,
});
const empty: Results = { api: [], bundle: null, served: null, lighthouse: [], toggle: [], soak: null, problems: [] };

describe('checks', () => {
  it('judges every budgeted measure of the server-rendered rows, naming the miss, and leaves the client-only baseline out', () => {
    const verdicts = checks({
      ...empty,
      lighthouse: [
        lighthouse({}),
        lighthouse({ rendering: 'client', performance: 40 }),
        lighthouse({ formFactor: 'desktop', performance: 100 }),
      ],
    });
    expect(verdicts.map((c) => `${c.name}: ${c.ok ? 'ok' : 'FAIL'}`)).toEqual([
      'Lighthouse mobile /map, 23 cities: performance: FAIL',
      'Lighthouse mobile /map, 23 cities: accessibility: ok',
      'Lighthouse mobile /map, 23 cities: LCP: FAIL',
      'Lighthouse mobile /map, 23 cities: TBT: ok',
      'Lighthouse mobile /map, 23 cities: CLS: ok',
      'Lighthouse desktop /map, 23 cities: performance: ok',
      'Lighthouse desktop /map, 23 cities: accessibility: ok',
    ]);
    expect(verdicts[0]?.detail).toBe(
      '93 (budget ≥ 95; short by 2); TBT 120 ms, LCP 2100 ms; largest savings: bootup-time 300 ms',
    );
    expect(verdicts[2]?.detail).toBe('2.1 s (budget ≤ 2.0 s; over by 0.1 s)');
  });

  it('holds the initial JS of dist/index.html and of the HTML the server answers to 100 kB', () => {
    const bundle = {
      initial: [chunk('assets/index.js', 60_000), chunk('assets/react-vendor.js', 39_000)],
      gzipBytes: 99_000,
      rechartsInInitial: false,
      unchecked: [],
      lazyRechartsChunks: ['assets/charts.js'],
    };
    const served = {
      path: '/',
      initial: [...bundle.initial, chunk('assets/home.js', 2_000)],
      gzipBytes: 101_000,
      rechartsInInitial: false,
    };
    const verdicts = checks({ ...empty, bundle, served });
    expect(verdicts.map((c) => [c.name, c.ok, c.detail])).toEqual([
      ['Initial JS for / from dist/index.html (gzip)', true, '99.0 kB (budget ≤ 100.0 kB)'],
      ['Chart code (recharts) lazy-loaded', true, 'only in assets/charts.js'],
      ['Initial JS for / as the server answers it (gzip)', false, '101.0 kB (budget ≤ 100.0 kB; over by 1.0 kB)'],
    ]);
    expect(mainTable({ ...empty, bundle, served }).slice(2, 4)).toEqual([
      '| Initial JS for `/`: `dist/index.html` entry + modulepreload (gzip) | 2 files, the same build for both datasets | 99.0 kB | ≤ 100.0 kB | ok |',
      '| Initial JS for `/` as the server answers it (gzip) | 3 files: its module scripts and modulepreloads | 101.0 kB | ≤ 100.0 kB | FAIL |',
    ]);
  });
});
