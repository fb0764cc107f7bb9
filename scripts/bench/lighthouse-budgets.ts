/**
 * Lighthouse's budgets, the median of several runs and the table, all pure: no browser, no
 * server, so they are unit-tested (lighthouse-budgets.test.ts) and computed in one place.
 */

/** Lighthouse's default configuration (a simulated mid-range phone) and its desktop preset. */
export const FORM_FACTORS = ['mobile', 'desktop'] as const;
export type FormFactor = (typeof FORM_FACTORS)[number];

/**
 * How the page reached the browser: `server` is the server as it runs by default (server-rendered
 * once SSR lands), `client` a second server started with SSR=off, the client-only shell.
 */
export const RENDERINGS = ['server', 'client'] as const;
export type Rendering = (typeof RENDERINGS)[number];

/** One Lighthouse run's figures. */
export interface LighthouseSample {
  /** 0–100. */
  performance: number;
  accessibility: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** JavaScript transferred by the page load, as Chromium saw it (bytes on the wire). */
  scriptTransferBytes: number;
  /** Scored accessibility audits that failed, by id, so a score under 100 says why. */
  failedAccessibilityAudits: string[];
  /** The three largest savings Lighthouse estimates (audit id and ms), so a low score says why. */
  topOpportunities: { id: string; savingsMs: number }[];
  /** Lighthouse's measure of this machine's CPU speed at the time (lower = slower or busier). */
  benchmarkIndex: number;
}

/** One page in one configuration and rendering: the median run, with every run's score. */
export interface LighthouseResult extends LighthouseSample {
  dataset: string;
  path: string;
  formFactor: FormFactor;
  rendering: Rendering;
  runs: number;
  /** Every run's performance score, lowest first, so the spread behind the median shows. */
  performanceRuns: number[];
}

/** A budget per form factor; a measure without a limit is reported but not judged. */
export interface Budget {
  performance: number;
  accessibility: number;
  lcpMs?: number;
  tbtMs?: number;
  cls?: number;
}

export const BUDGETS: Record<FormFactor, Budget> = {
  mobile: { performance: 95, accessibility: 100, lcpMs: 2000, tbtMs: 150, cls: 0.02 },
  desktop: { performance: 100, accessibility: 100 },
};

/** The budgets apply to what the server serves; the client-only row is its baseline. */
export const BUDGETED_RENDERING: Rendering = 'server';

/**
 * The run with the median performance score (the lower middle for an even count), as
 * Lighthouse's guidance on variance suggests: its metrics belong together, unlike medians
 * taken metric by metric. Runs are not reordered.
 */
export function medianRun<T extends { performance: number }>(runs: readonly T[]): T | undefined {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

export type Measure = 'performance' | 'accessibility' | 'lcpMs' | 'tbtMs' | 'cls';

/** How a measure is named in the table and the verdicts. */
export const MEASURE_LABELS: Record<Measure, string> = {
  performance: 'performance',
  accessibility: 'accessibility',
  lcpMs: 'LCP',
  tbtMs: 'TBT',
  cls: 'CLS',
};

export interface CellVerdict {
  measure: Measure;
  /** The result as shown, e.g. "2.4 s". */
  value: string;
  /** The budget as shown, e.g. "≤ 2.0 s"; null when the measure has none here. */
  limit: string | null;
  ok: boolean;
  /** How far off, when it misses, e.g. "over by 0.4 s". */
  miss: string | null;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const millis = (ms: number) => `${Math.round(ms)} ms`;
const shift = (cls: number) => cls.toFixed(3);

/** Each measure of a result against its budget (null = not judged, e.g. the client-only row). */
export function judge(result: LighthouseSample, budget: Budget | null): CellVerdict[] {
  const atLeast = (measure: Measure, value: number, limit: number | undefined): CellVerdict => ({
    measure,
    value: String(value),
    limit: limit === undefined ? null : limit === 100 ? '100' : `≥ ${limit}`,
    ok: limit === undefined || value >= limit,
    miss: limit !== undefined && value < limit ? `short by ${limit - value}` : null,
  });
  const atMost = (
    measure: Measure,
    value: number,
    limit: number | undefined,
    show: (n: number) => string,
  ): CellVerdict => ({
    measure,
    value: show(value),
    limit: limit === undefined ? null : `≤ ${show(limit)}`,
    ok: limit === undefined || value <= limit,
    miss: limit !== undefined && value > limit ? `over by ${show(value - limit)}` : null,
  });
  return [
    atLeast('performance', result.performance, budget?.performance),
    atLeast('accessibility', result.accessibility, budget?.accessibility),
    atMost('lcpMs', result.lcpMs, budget?.lcpMs, seconds),
    atMost('tbtMs', result.tbtMs, budget?.tbtMs, millis),
    atMost('cls', result.cls, budget?.cls, shift),
  ];
}

export function budgetFor(result: Pick<LighthouseResult, 'formFactor' | 'rendering'>): Budget | null {
  return result.rendering === BUDGETED_RENDERING ? BUDGETS[result.formFactor] : null;
}

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

/** A page path for the table: a long city list is shown as its count. */
export function pageLabel(path: string): string {
  return path.replace(/cities=([^&]+)/, (whole, ids: string) =>
    ids.split(',').length > 5 ? `cities=<${ids.split(',').length} ids>` : whole,
  );
}

/** A judged cell: the value, and the limit it misses. */
function cell(verdict: CellVerdict): string {
  if (verdict.limit === null) return verdict.value;
  return verdict.ok ? `${verdict.value} ok` : `**${verdict.value} FAIL** (${verdict.limit})`;
}

/** A line that states the budgets the table judges. */
export function budgetLine(): string {
  const describe = (b: Budget) =>
    [
      `perf ${b.performance === 100 ? '100' : `≥ ${b.performance}`}`,
      `a11y ${b.accessibility}`,
      b.lcpMs !== undefined && `LCP ≤ ${seconds(b.lcpMs)}`,
      b.tbtMs !== undefined && `TBT ≤ ${millis(b.tbtMs)}`,
      b.cls !== undefined && `CLS ≤ ${b.cls}`,
    ]
      .filter(Boolean)
      .join(', ');
  return `Budgets on the server-rendered rows: mobile ${describe(BUDGETS.mobile)}; desktop ${describe(BUDGETS.desktop)}. The client-only rows (SSR=off) are their baseline, not judged.`;
}

/**
 * One row per page, dataset, form factor and rendering; the server and client-only rows of a
 * page and form factor lie next to each other, so the gain of server rendering reads across.
 */
export function lighthouseTable(results: readonly LighthouseResult[]): string[] {
  if (results.length === 0) return [];
  // Datasets and pages in the order measured; within them mobile first, then server beside client only.
  const datasets = [...new Set(results.map((r) => r.dataset))];
  const paths = [...new Set(results.map((r) => r.path))];
  const key = (r: LighthouseResult) => [
    datasets.indexOf(r.dataset),
    FORM_FACTORS.indexOf(r.formFactor),
    paths.indexOf(r.path),
    RENDERINGS.indexOf(r.rendering),
  ];
  const sorted = [...results].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x.map((n, i) => n - (y[i] ?? 0)).find((d) => d !== 0) ?? 0;
  });
  const lines = [
    row([
      'Page',
      'Dataset',
      'Config',
      'Rendered',
      'Perf (runs)',
      'A11y',
      'FCP',
      'LCP',
      'TBT',
      'CLS',
      'JS on the wire',
      'CPU index',
      'Verdict',
    ]),
    row(Array<string>(13).fill('---')),
  ];
  for (const r of sorted) {
    const budget = budgetFor(r);
    const verdicts = judge(r, budget);
    const [performance, accessibility, lcp, tbt, cls] = verdicts;
    const verdict = budget === null ? '– (baseline)' : verdicts.every((v) => v.ok) ? 'ok' : 'FAIL';
    const runs = r.runs > 1 ? ` (${r.performanceRuns.join(', ')})` : '';
    lines.push(
      row([
        `\`${pageLabel(r.path)}\``,
        r.dataset,
        r.formFactor,
        r.rendering === 'server' ? 'server' : 'client only',
        `${performance ? cell(performance) : ''}${runs}`,
        accessibility ? cell(accessibility) : '',
        seconds(r.fcpMs),
        lcp ? cell(lcp) : '',
        tbt ? cell(tbt) : '',
        cls ? cell(cls) : '',
        `${(r.scriptTransferBytes / 1000).toFixed(1)} kB`,
        Math.round(r.benchmarkIndex),
        verdict,
      ]),
    );
  }
  return lines;
}
