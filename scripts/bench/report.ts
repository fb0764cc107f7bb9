/**
 * Turns the measurements into budget checks and Markdown tables (the same text goes to the
 * terminal and into the README), so a verdict is computed in one place only.
 */
import { API_MIN_RATIO, API_P99_BUDGET_CONNECTIONS, API_P99_BUDGET_MS, type ApiCell } from './api.ts';
import { INITIAL_JS_BUDGET_BYTES, type BundleResult, type ServedResult } from './bundle.ts';
import { TOGGLE_BUDGET_MS, type ToggleResult } from './compare-toggle.ts';
import { budgetFor, judge, MEASURE_LABELS, pageLabel as page, type LighthouseResult } from './lighthouse-budgets.ts';
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

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => (value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`);
const pct = (ratio: number) => `${(ratio * 100).toFixed(0)} %`;
const int = (n: number) => Math.round(n).toLocaleString('en-US');
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

export function checks(r: Results): Check[] {
  const out: Check[] = r.problems.map((problem) => ({ name: 'could not measure', ok: false, detail: problem }));
  for (const c of r.api) {
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
  }
  if (r.bundle) {
    const over = r.bundle.gzipBytes - INITIAL_JS_BUDGET_BYTES;
    out.push({
      name: 'Initial JS for / from dist/index.html (gzip)',
      ok: over <= 0,
      detail: `${kb(r.bundle.gzipBytes)} (budget ≤ ${kb(INITIAL_JS_BUDGET_BYTES)}${over > 0 ? `; over by ${kb(over)}` : ''})`,
    });
    const lazy = !r.bundle.rechartsInInitial && r.bundle.lazyRechartsChunks.length > 0;
    out.push({
      name: 'Chart code (recharts) lazy-loaded',
      ok: lazy,
      detail: lazy
        ? `only in ${r.bundle.lazyRechartsChunks.join(', ')}`
        : 'recharts is in the initial JS (or was not found in any chunk)',
    });
  }
  if (r.served) {
    const over = r.served.gzipBytes - INITIAL_JS_BUDGET_BYTES;
    out.push({
      name: `Initial JS for ${r.served.path} as the server answers it (gzip)`,
      ok: over <= 0,
      detail: `${kb(r.served.gzipBytes)} (budget ≤ ${kb(INITIAL_JS_BUDGET_BYTES)}${over > 0 ? `; over by ${kb(over)}` : ''})`,
    });
  }
  for (const l of r.lighthouse) {
    const budget = budgetFor(l);
    if (budget === null) continue;
    const name = `Lighthouse ${l.formFactor} ${page(l.path)}, ${l.dataset}`;
    const hints = `TBT ${ms(l.tbtMs)}, LCP ${ms(l.lcpMs)}; largest savings: ${l.topOpportunities.map((o) => `${o.id} ${ms(o.savingsMs)}`).join(', ') || 'none'}`;
    for (const v of judge(l, budget)) {
      if (v.limit === null) continue;
      const why =
        v.measure === 'accessibility' && l.failedAccessibilityAudits.length
          ? `; failing: ${l.failedAccessibilityAudits.join(', ')}`
          : v.measure === 'performance' && !v.ok
            ? `; ${hints}`
            : '';
      out.push({
        name: `${name}: ${MEASURE_LABELS[v.measure]}`,
        ok: v.ok,
        detail: `${v.value} (budget ${v.limit}${v.miss ? `; ${v.miss}` : ''})${why}`,
      });
    }
  }
  for (const t of r.toggle.filter((t) => t.cities === 23)) {
    const over = t.summary.median - TOGGLE_BUDGET_MS;
    out.push({
      name: `Compare toggle, ${t.label} of ${t.dataset}`,
      ok: over <= 0,
      detail: `median ${ms(t.summary.median)} (budget ≤ ${TOGGLE_BUDGET_MS} ms${over > 0 ? `; over by ${ms(over)}` : ''})`,
    });
  }
  if (r.soak) {
    const s = r.soak;
    out.push({
      name: 'Soak: read errors',
      ok: s.reads.errors + s.reads.non2xx === 0,
      detail: `${s.reads.errors} errors, ${s.reads.non2xx} non-2xx of ${int(s.reads.requests)}`,
    });
    const writesMissing = s.writes.note !== null && s.writes.ok === 0;
    out.push({
      name: 'Soak: writes',
      ok: s.writes.failed === 0 && !writesMissing,
      detail: `${s.writes.ok} of ${s.writes.attempted} succeeded${s.writes.note ? `; ${s.writes.note}` : ''}`,
    });
    out.push({
      name: 'Soak: memory flat',
      ok: s.memory.flat,
      detail: `RSS ${s.memory.rssGrowth >= 0 ? '+' : ''}${pct(s.memory.rssGrowth)} from after warm-up to the end (budget ≤ +${pct(MAX_MEMORY_GROWTH)})`,
    });
  }
  return out;
}

export function apiTable(cells: ApiCell[]): string[] {
  if (cells.length === 0) return [];
  return [
    row([
      'Dataset',
      'Endpoint (body)',
      'Conn.',
      'Server req/s',
      'p50',
      'p99',
      'Baseline req/s',
      'Baseline p99',
      'Ratio',
      'Verdict',
    ]),
    row(Array(10).fill('---')),
    ...cells.map((c) => {
      const ok =
        c.ratio >= API_MIN_RATIO &&
        (c.connections !== API_P99_BUDGET_CONNECTIONS || c.server.p99Ms < API_P99_BUDGET_MS) &&
        c.server.errors + c.server.non2xx === 0;
      return row([
        c.dataset === '23' ? '23 cities' : '290 municipalities',
        `\`${c.path}\` (${kb(c.bodyBytes)})`,
        c.connections,
        int(c.server.requestsPerSecond),
        ms(c.server.p50Ms),
        ms(c.server.p99Ms),
        int(c.baseline.requestsPerSecond),
        ms(c.baseline.p99Ms),
        pct(c.ratio),
        ok ? 'ok' : 'FAIL',
      ]);
    }),
  ];
}

/** Bundle, compare toggle and soak, one line per measure (Lighthouse has its own table). */
export function mainTable(r: Results): string[] {
  const lines = [row(['Measure', 'Subject', 'Result', 'Budget', 'Verdict']), row(Array(5).fill('---'))];
  const verdict = (ok: boolean) => (ok ? 'ok' : 'FAIL');
  if (r.bundle) {
    const b = r.bundle;
    lines.push(
      row([
        'Initial JS for `/`: `dist/index.html` entry + modulepreload (gzip)',
        `${b.initial.length} files, the same build for both datasets`,
        kb(b.gzipBytes),
        `≤ ${kb(INITIAL_JS_BUDGET_BYTES)}`,
        verdict(b.gzipBytes <= INITIAL_JS_BUDGET_BYTES),
      ]),
    );
    if (r.served) {
      const sv = r.served;
      lines.push(
        row([
          `Initial JS for \`${sv.path}\` as the server answers it (gzip)`,
          `${sv.initial.length} files: its module scripts and modulepreloads`,
          kb(sv.gzipBytes),
          `≤ ${kb(INITIAL_JS_BUDGET_BYTES)}`,
          verdict(sv.gzipBytes <= INITIAL_JS_BUDGET_BYTES),
        ]),
      );
    }
    lines.push(
      row([
        'Chart code (recharts) in the initial JS',
        "the build's package list of the initial chunks",
        b.rechartsInInitial ? 'yes' : `no: lazy, in ${b.lazyRechartsChunks.join(', ')}`,
        'not initial',
        verdict(!b.rechartsInInitial && b.lazyRechartsChunks.length > 0),
      ]),
    );
  }
  for (const t of r.toggle) {
    const budgeted = t.cities === 23;
    lines.push(
      row([
        `Compare: measure toggle → chart painted (n=${t.summary.n})`,
        `${t.label} (${t.cities} drawn) of ${t.dataset}`,
        `median ${ms(t.summary.median)}, p90 ${ms(t.summary.p90)}`,
        budgeted ? `≤ ${TOGGLE_BUDGET_MS} ms` : 'none (for reference)',
        budgeted ? verdict(t.summary.median <= TOGGLE_BUDGET_MS) : '–',
      ]),
    );
  }
  if (r.soak) {
    const s = r.soak;
    const subject = `${s.durationSeconds} s, ${s.connections} connections, ${s.paths.length} GET endpoints`;
    lines.push(
      row([
        'Soak: reads',
        subject,
        `${int(s.reads.requests)} requests (${int(s.reads.requestsPerSecond)}/s, p99 ${ms(s.reads.p99Ms)}); ${s.reads.errors} errors, ${s.reads.non2xx} non-2xx`,
        '0 errors, 0 non-2xx',
        verdict(s.reads.errors + s.reads.non2xx === 0),
      ]),
    );
    const statuses = Object.entries(s.writes.byStatus)
      .map(([status, n]) => `${n}× ${status}`)
      .join(', ');
    lines.push(
      row([
        'Soak: writes',
        '`PUT /api/v1/admin/signings` once a second, with a token',
        `${s.writes.ok} of ${s.writes.attempted} ok (${statuses || 'none'}); p50 ${ms(s.writes.p50Ms)}, max ${ms(s.writes.maxMs)}${s.writes.note ? `; ${s.writes.note}` : ''}`,
        'all succeed',
        verdict(s.writes.failed === 0 && !(s.writes.note !== null && s.writes.ok === 0)),
      ]),
    );
    const m = s.memory;
    const points = [m.start, m.afterWarmup, m.middle, m.end];
    const heap = points.map((p) => (p.heapUsedMb === null ? '?' : p.heapUsedMb.toFixed(0))).join(' / ');
    lines.push(
      row([
        'Soak: server memory',
        `start / after warm-up / middle / end (${points.map((p) => `${p.atSeconds} s`).join(', ')})`,
        `RSS ${points.map((p) => p.rssMb.toFixed(0)).join(' / ')} MB (peak ${m.peakRssMb.toFixed(0)}, after warm-up ${m.rssSlopeMbPerMinute >= 0 ? '+' : ''}${m.rssSlopeMbPerMinute.toFixed(1)} MB/min); heap used ${heap} MB`,
        `flat: end ≤ +${pct(MAX_MEMORY_GROWTH)} after warm-up`,
        `${verdict(m.flat)} (${m.rssGrowth >= 0 ? '+' : ''}${pct(m.rssGrowth)})`,
      ]),
    );
  }
  return lines;
}
