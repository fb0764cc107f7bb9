/**
 * Turns the measurements into budget checks (report-checks.ts) and Markdown tables (the same
 * text goes to the terminal and into the README), so a verdict is computed in one place only.
 */
import { type ApiCell } from './api.ts';
import { INITIAL_JS_BUDGET_BYTES, type BundleResult, type ServedResult } from './bundle.ts';
import { TOGGLE_BUDGET_MS, type ToggleResult } from './compare-toggle.ts';
import { apiCellOk, soakWritesOk, type Results } from './report-checks.ts';
import { int, kb, ms, pct, row, signedPct, verdict } from './report-format.ts';
import { MAX_MEMORY_GROWTH, type SoakResult } from './soak.ts';

export { checks, type Check, type Results } from './report-checks.ts';

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
    row(Array<string>(10).fill('---')),
    ...cells.map((c) =>
      row([
        c.dataset === '23' ? '23 cities' : '290 municipalities',
        `\`${c.path}\` (${kb(c.bodyBytes)})`,
        c.connections,
        int(c.server.requestsPerSecond),
        ms(c.server.p50Ms),
        ms(c.server.p99Ms),
        int(c.baseline.requestsPerSecond),
        ms(c.baseline.p99Ms),
        pct(c.ratio),
        verdict(apiCellOk(c)),
      ]),
    ),
  ];
}

/** An initial-JS row: what was measured, in how many files, against the budget. */
function initialJsRow(measure: string, subject: string, gzipBytes: number): string {
  return row([
    measure,
    subject,
    kb(gzipBytes),
    `≤ ${kb(INITIAL_JS_BUDGET_BYTES)}`,
    verdict(gzipBytes <= INITIAL_JS_BUDGET_BYTES),
  ]);
}

function bundleRows(b: BundleResult, sv: ServedResult | null): string[] {
  return [
    initialJsRow(
      'Initial JS for `/`: `dist/index.html` entry + modulepreload (gzip)',
      `${b.initial.length} files, the same build for both datasets`,
      b.gzipBytes,
    ),
    ...(sv
      ? [
          initialJsRow(
            `Initial JS for \`${sv.path}\` as the server answers it (gzip)`,
            `${sv.initial.length} files: its module scripts and modulepreloads`,
            sv.gzipBytes,
          ),
        ]
      : []),
    row([
      'Chart code (recharts) in the initial JS',
      "the build's package list of the initial chunks",
      b.rechartsInInitial ? 'yes' : `no: lazy, in ${b.lazyRechartsChunks.join(', ')}`,
      'not initial',
      verdict(!b.rechartsInInitial && b.lazyRechartsChunks.length > 0),
    ]),
  ];
}

function toggleRow(t: ToggleResult & { dataset: string }): string {
  const budgeted = t.cities === 23;
  return row([
    `Compare: measure toggle → chart painted (n=${t.summary.n})`,
    `${t.label} (${t.cities} drawn) of ${t.dataset}`,
    `median ${ms(t.summary.median)}, p90 ${ms(t.summary.p90)}`,
    budgeted ? `≤ ${TOGGLE_BUDGET_MS} ms` : 'none (for reference)',
    budgeted ? verdict(t.summary.median <= TOGGLE_BUDGET_MS) : '–',
  ]);
}

function soakRows(s: SoakResult): string[] {
  const subject = `${s.durationSeconds} s, ${s.connections} connections, ${s.paths.length} GET endpoints`;
  const statuses = Object.entries(s.writes.byStatus)
    .map(([status, n]) => `${n}× ${status}`)
    .join(', ');
  const m = s.memory;
  const points = [m.start, m.afterWarmup, m.middle, m.end];
  const heap = points.map((p) => (p.heapUsedMb === null ? '?' : p.heapUsedMb.toFixed(0))).join(' / ');
  return [
    row([
      'Soak: reads',
      subject,
      `${int(s.reads.requests)} requests (${int(s.reads.requestsPerSecond)}/s, p99 ${ms(s.reads.p99Ms)}); ${s.reads.errors} errors, ${s.reads.non2xx} non-2xx`,
      '0 errors, 0 non-2xx',
      verdict(s.reads.errors + s.reads.non2xx === 0),
    ]),
    row([
      'Soak: writes',
      '`PUT /api/v1/admin/signings` once a second, with a token',
      `${s.writes.ok} of ${s.writes.attempted} ok (${statuses || 'none'}); p50 ${ms(s.writes.p50Ms)}, max ${ms(s.writes.maxMs)}${s.writes.note ? `; ${s.writes.note}` : ''}`,
      'all succeed',
      verdict(soakWritesOk(s)),
    ]),
    row([
      'Soak: server memory',
      `start / after warm-up / middle / end (${points.map((p) => `${p.atSeconds} s`).join(', ')})`,
      `RSS ${points.map((p) => p.rssMb.toFixed(0)).join(' / ')} MB (peak ${m.peakRssMb.toFixed(0)}, after warm-up ${m.rssSlopeMbPerMinute >= 0 ? '+' : ''}${m.rssSlopeMbPerMinute.toFixed(1)} MB/min); heap used ${heap} MB`,
      `flat: end ≤ +${pct(MAX_MEMORY_GROWTH)} after warm-up`,
      `${verdict(m.flat)} (${signedPct(m.rssGrowth)})`,
    ]),
  ];
}

/** Bundle, compare toggle and soak, one line per measure (Lighthouse has its own table). */
export function mainTable(r: Results): string[] {
  return [
    row(['Measure', 'Subject', 'Result', 'Budget', 'Verdict']),
    row(Array<string>(5).fill('---')),
    ...(r.bundle ? bundleRows(r.bundle, r.served) : []),
    ...r.toggle.map(toggleRow),
    ...(r.soak ? soakRows(r.soak) : []),
  ];
}
