import {
  budgetFor,
  budgetLine,
  BUDGETS,
  judge,
  lighthouseTable,
  medianRun,
  type LighthouseResult,
  type LighthouseSample,
} from './lighthouse-budgets.ts';

const sample = (overrides: Partial<LighthouseSample> = {}): LighthouseSample => ({
  performance: 98,
  accessibility: 100,
  fcpMs: 900,
  lcpMs: 1500,
  tbtMs: 80,
  cls: 0,
  scriptTransferBytes: 141_300,
  failedAccessibilityAudits: [],
  topOpportunities: [],
  benchmarkIndex: 1278.4,
  ...overrides,
});

const result = (overrides: Partial<LighthouseResult> = {}): LighthouseResult => ({
  ...sample(),
  dataset: '23 cities',
  path: '/',
  formFactor: 'mobile',
  rendering: 'server',
  runs: 3,
  performanceRuns: [97, 98, 99],
  ...overrides,
});

describe('medianRun', () => {
  it('takes the run with the middle performance score, its other figures with it', () => {
    const runs = [
      sample({ performance: 99, lcpMs: 1 }),
      sample({ performance: 90, lcpMs: 2 }),
      sample({ performance: 95, lcpMs: 3 }),
    ];
    expect(medianRun(runs)).toEqual(sample({ performance: 95, lcpMs: 3 }));
    expect(runs.map((r) => r.performance)).toEqual([99, 90, 95]);
  });

  it('takes the lower middle of an even count, the only run of one, nothing of none', () => {
    expect(medianRun([{ performance: 100 }, { performance: 80 }, { performance: 90 }, { performance: 95 }])).toEqual({
      performance: 90,
    });
    expect(medianRun([{ performance: 42 }])).toEqual({ performance: 42 });
    expect(medianRun([])).toBeUndefined();
  });
});

describe('judge', () => {
  it('passes a mobile result at the limits exactly', () => {
    const verdicts = judge(sample({ performance: 95, lcpMs: 2000, tbtMs: 150, cls: 0.02 }), BUDGETS.mobile);
    expect(verdicts.map((v) => [v.measure, v.ok])).toEqual([
      ['performance', true],
      ['accessibility', true],
      ['lcpMs', true],
      ['tbtMs', true],
      ['cls', true],
    ]);
  });

  it('says by how much each mobile budget is missed', () => {
    const verdicts = judge(
      sample({ performance: 89, accessibility: 96, lcpMs: 2400, tbtMs: 310, cls: 0.051 }),
      BUDGETS.mobile,
    );
    expect(verdicts).toEqual([
      { measure: 'performance', value: '89', limit: '≥ 95', ok: false, miss: 'short by 6' },
      { measure: 'accessibility', value: '96', limit: '100', ok: false, miss: 'short by 4' },
      { measure: 'lcpMs', value: '2.4 s', limit: '≤ 2.0 s', ok: false, miss: 'over by 0.4 s' },
      { measure: 'tbtMs', value: '310 ms', limit: '≤ 150 ms', ok: false, miss: 'over by 160 ms' },
      { measure: 'cls', value: '0.051', limit: '≤ 0.020', ok: false, miss: 'over by 0.031' },
    ]);
  });

  it('holds desktop to performance 100 and accessibility 100 only', () => {
    const verdicts = judge(sample({ performance: 99, lcpMs: 9000, tbtMs: 900, cls: 0.5 }), BUDGETS.desktop);
    expect(verdicts.filter((v) => !v.ok).map((v) => v.measure)).toEqual(['performance']);
    expect(verdicts.filter((v) => v.limit === null).map((v) => v.measure)).toEqual(['lcpMs', 'tbtMs', 'cls']);
  });

  it('judges nothing without a budget', () => {
    expect(judge(sample({ performance: 10 }), null).every((v) => v.ok && v.limit === null)).toBe(true);
  });
});

describe('budgetFor', () => {
  it('budgets what the server serves, per form factor; the client-only row is a baseline', () => {
    expect(budgetFor({ formFactor: 'mobile', rendering: 'server' })).toBe(BUDGETS.mobile);
    expect(budgetFor({ formFactor: 'desktop', rendering: 'server' })).toBe(BUDGETS.desktop);
    expect(budgetFor({ formFactor: 'mobile', rendering: 'client' })).toBeNull();
  });
});

describe('lighthouseTable', () => {
  it('puts server and client-only rows of a page side by side, mobile first, pages in measured order', () => {
    const table = lighthouseTable([
      result({ path: '/map', formFactor: 'desktop', rendering: 'client' }),
      result({ path: '/map', formFactor: 'mobile', rendering: 'client' }),
      result({ path: '/map', formFactor: 'mobile', rendering: 'server' }),
      result({ path: '/', formFactor: 'mobile', rendering: 'client' }),
      result({ path: '/', formFactor: 'mobile', rendering: 'server' }),
    ]);
    expect(table[0]).toBe(
      '| Page | Dataset | Config | Rendered | Perf (runs) | A11y | FCP | LCP | TBT | CLS | JS on the wire | CPU index | Verdict |',
    );
    expect(table.slice(2).map((line) => line.split(' | ').slice(0, 4).join(' '))).toEqual([
      '| `/map` 23 cities mobile server',
      '| `/map` 23 cities mobile client only',
      '| `/` 23 cities mobile server',
      '| `/` 23 cities mobile client only',
      '| `/map` 23 cities desktop client only',
    ]);
  });

  it('marks each cell against its budget and the row with a verdict', () => {
    const [, , pass, baseline, fail] = lighthouseTable([
      result(),
      result({ path: '/compare?cities=malmo,lund,umea', lcpMs: 2400, performanceRuns: [88, 92, 96], performance: 92 }),
      result({ rendering: 'client', performance: 60, lcpMs: 5000 }),
    ]);
    expect(pass).toBe(
      '| `/` | 23 cities | mobile | server | 98 ok (97, 98, 99) | 100 ok | 0.9 s | 1.5 s ok | 80 ms ok | 0.000 ok | 141.3 kB | 1278 | ok |',
    );
    expect(fail).toBe(
      '| `/compare?cities=malmo,lund,umea` | 23 cities | mobile | server | **92 FAIL** (≥ 95) (88, 92, 96) | 100 ok | 0.9 s | **2.4 s FAIL** (≤ 2.0 s) | 80 ms ok | 0.000 ok | 141.3 kB | 1278 | FAIL |',
    );
    expect(baseline).toBe(
      '| `/` | 23 cities | mobile | client only | 60 (97, 98, 99) | 100 | 0.9 s | 5.0 s | 80 ms | 0.000 | 141.3 kB | 1278 | – (baseline) |',
    );
  });

  it('shows a long city list as its count and leaves out the spread of a single run', () => {
    const ids = Array.from({ length: 23 }, (_, i) => `c${i}`).join(',');
    const [, , line] = lighthouseTable([result({ path: `/compare?cities=${ids}`, runs: 1, performanceRuns: [98] })]);
    expect(line).toContain('| `/compare?cities=<23 ids>` |');
    expect(line).toContain('| 98 ok | 100 ok |');
  });

  it('is empty without results, and the budget line states both configurations', () => {
    expect(lighthouseTable([])).toEqual([]);
    expect(budgetLine()).toBe(
      'Budgets on the server-rendered rows: mobile perf ≥ 95, a11y 100, LCP ≤ 2.0 s, TBT ≤ 150 ms, CLS ≤ 0.02; desktop perf 100, a11y 100. The client-only rows (SSR=off) are their baseline, not judged.',
    );
  });
});
