/**
 * The measurements as budget checks: each figure against its budget, and by how much it misses.
 * The verdicts are computed here only; report.ts lays the same figures out as tables.
 */
import { API_MIN_RATIO, API_P99_BUDGET_CONNECTIONS, API_P99_BUDGET_MS, type ApiCell } from './api.ts';
import { INITIAL_JS_BUDGET_BYTES, type BundleResult, type ServedResult } from './bundle.ts';
import { TOGGLE_BUDGET_MS, type ToggleResult } from './compare-toggle.ts';
import { budgetFor, judge, MEASURE_LABELS, pageLabel as page, type LighthouseResult } from './lighthouse-budgets.ts';
import { int, kb, ms, pct, signedPct } from './report-format.ts';
import { MAX_MEMORY_GROWTH, type SoakResult } from './soak.ts';

export interface Check {
  name: string;
  ok: boolean;
  /** The figure against its budget, and by how much it misses. */
  detail: string;
}

export interface Results {
  api: ApiCell[];
  bundle: BundleResult | null;
  /** The same measure on the HTML the running server answers for `/`. */
  served: ServedResult | null;
  lighthouse: LighthouseResult[];
  toggle: (ToggleResult & { dataset: string })[];
  soak: SoakResult | null;
  /** Sections that could not be measured, with the reason. */
  problems: string[];
}

/** Whether an API cell passes: throughput, p99 at the budgeted connections, no errors. */
export function apiCellOk(c: ApiCell): boolean {
  return (
    c.ratio >= API_MIN_RATIO &&
    (c.connections !== API_P99_BUDGET_CONNECTIONS || c.server.p99Ms < API_P99_BUDGET_MS) &&
    c.server.errors + c.server.non2xx === 0
  );
}

/** Whether the soak's writes pass: none failed, and they were made at all. */
export function soakWritesOk(s: SoakResult): boolean {
  return s.writes.failed === 0 && !(s.writes.note !== null && s.writes.ok === 0);
}

function apiChecks(c: ApiCell): Check[] {
  const out: Check[] = [];
  const name = `API ${c.path}, ${c.dataset}, ${c.connections} connections`;
  out.push({
    name: `${name}: throughput`,
    ok: c.ratio >= API_MIN_RATIO,
    detail: `${(c.ratio * 100).toFixed(1)} % of the baseline (budget ≥ ${pct(API_MIN_RATIO)}${c.ratio < API_MIN_RATIO ? `; short by ${((API_MIN_RATIO - c.ratio) * 100).toFixed(1)} points` : ''})`,
  });
  if (c.connections === API_P99_BUDGET_CONNECTIONS) {
    const over = c.server.p99Ms - API_P99_BUDGET_MS;
    out.push({
      name: `${name}: p99`,
      ok: over < 0,
      detail: `${ms(c.server.p99Ms)} (budget < ${API_P99_BUDGET_MS} ms${over >= 0 ? `; over by ${ms(over)}; the baseline's p99 is ${ms(c.baseline.p99Ms)}` : ''})`,
    });
  }
  const bad = c.server.errors + c.server.non2xx;
  if (bad > 0)
    out.push({ name: `${name}: errors`, ok: false, detail: `${c.server.errors} errors, ${c.server.non2xx} non-2xx` });
  return out;
}

/** Initial JS (gzip) against its budget. */
function initialJsCheck(name: string, gzipBytes: number): Check {
  const over = gzipBytes - INITIAL_JS_BUDGET_BYTES;
  return {
    name,
    ok: over <= 0,
    detail: `${kb(gzipBytes)} (budget ≤ ${kb(INITIAL_JS_BUDGET_BYTES)}${over > 0 ? `; over by ${kb(over)}` : ''})`,
  };
}

function bundleChecks(r: Results): Check[] {
  const out: Check[] = [];
  if (r.bundle) {
    out.push(initialJsCheck('Initial JS for / from dist/index.html (gzip)', r.bundle.gzipBytes));
    const lazy = !r.bundle.rechartsInInitial && r.bundle.lazyRechartsChunks.length > 0;
    out.push({
      name: 'Chart code (recharts) lazy-loaded',
      ok: lazy,
      detail: lazy
        ? `only in ${r.bundle.lazyRechartsChunks.join(', ')}`
        : 'recharts is in the initial JS (or was not found in any chunk)',
    });
  }
  if (r.served)
    out.push(initialJsCheck(`Initial JS for ${r.served.path} as the server answers it (gzip)`, r.served.gzipBytes));
  return out;
}

function lighthouseChecks(l: LighthouseResult): Check[] {
  const budget = budgetFor(l);
  if (budget === null) return [];
  const name = `Lighthouse ${l.formFactor} ${page(l.path)}, ${l.dataset}`;
  const hints = `TBT ${ms(l.tbtMs)}, LCP ${ms(l.lcpMs)}; largest savings: ${l.topOpportunities.map((o) => `${o.id} ${ms(o.savingsMs)}`).join(', ') || 'none'}`;
  return judge(l, budget).flatMap((v) => {
    if (v.limit === null) return [];
    const why =
      v.measure === 'accessibility' && l.failedAccessibilityAudits.length
        ? `; failing: ${l.failedAccessibilityAudits.join(', ')}`
        : v.measure === 'performance' && !v.ok
          ? `; ${hints}`
          : '';
    return [
      {
        name: `${name}: ${MEASURE_LABELS[v.measure]}`,
        ok: v.ok,
        detail: `${v.value} (budget ${v.limit}${v.miss ? `; ${v.miss}` : ''})${why}`,
      },
    ];
  });
}

function toggleCheck(t: ToggleResult & { dataset: string }): Check {
  const over = t.summary.median - TOGGLE_BUDGET_MS;
  return {
    name: `Compare toggle, ${t.label} of ${t.dataset}`,
    ok: over <= 0,
    detail: `median ${ms(t.summary.median)} (budget ≤ ${TOGGLE_BUDGET_MS} ms${over > 0 ? `; over by ${ms(over)}` : ''})`,
  };
}

function soakChecks(s: SoakResult): Check[] {
  return [
    {
      name: 'Soak: read errors',
      ok: s.reads.errors + s.reads.non2xx === 0,
      detail: `${s.reads.errors} errors, ${s.reads.non2xx} non-2xx of ${int(s.reads.requests)}`,
    },
    {
      name: 'Soak: writes',
      ok: soakWritesOk(s),
      detail: `${s.writes.ok} of ${s.writes.attempted} succeeded${s.writes.note ? `; ${s.writes.note}` : ''}`,
    },
    {
      name: 'Soak: memory flat',
      ok: s.memory.flat,
      detail: `RSS ${signedPct(s.memory.rssGrowth)} from after warm-up to the end (budget ≤ +${pct(MAX_MEMORY_GROWTH)})`,
    },
  ];
}

export function checks(r: Results): Check[] {
  return [
    ...r.problems.map((problem) => ({ name: 'could not measure', ok: false, detail: problem })),
    ...r.api.flatMap(apiChecks),
    ...bundleChecks(r),
    ...r.lighthouse.flatMap(lighthouseChecks),
    ...r.toggle.filter((t) => t.cities === 23).map(toggleCheck),
    ...(r.soak ? soakChecks(r.soak) : []),
  ];
}
