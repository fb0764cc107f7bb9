/**
 * `npm run bench`: measured speed against the budgets the issues name, side by side
 * in one run. Prints a table and writes it as JSON (default var/bench/latest.json).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchCompareToggle, TOGGLE_BUDGET_MS } from './bench/compare-toggle.ts';
import { startServer } from './bench/server.ts';
import { buildIfStale } from './build-if-stale.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    toggles: { type: 'string', default: '30' },
    out: { type: 'string', default: resolve(root, 'var/bench/latest.json') },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(`Usage: npm run bench [-- --toggles 30] [--out var/bench/latest.json]

Measures, in Debian's Chromium against the real server on a fresh database:
  compare toggle   time from a measure toggle on /compare to the painted chart,
                   median of --toggles toggles, 23 cities beside 2; budget ${TOGGLE_BUDGET_MS} ms.`);
  process.exit(0);
}

buildIfStale();
const server = await startServer(root);
const rows: { measure: string; subject: string; median: string; p90: string; budget: string; verdict: string }[] = [];
let failed = false;
try {
  const toggles = await benchCompareToggle(server.url, Number(values.toggles));
  for (const result of toggles) {
    const ok = result.summary.median <= TOGGLE_BUDGET_MS;
    if (result.cities === 23 && !ok) failed = true;
    rows.push({
      measure: `compare toggle (n=${result.summary.n})`,
      subject: `${result.label} (${result.cities} drawn)`,
      median: `${result.summary.median.toFixed(1)} ms`,
      p90: `${result.summary.p90.toFixed(1)} ms`,
      budget: `≤ ${TOGGLE_BUDGET_MS} ms`,
      verdict: ok ? 'ok' : 'OVER',
    });
  }
} finally {
  await server.stop();
}

console.table(rows);
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, `${JSON.stringify({ date: new Date().toISOString(), rows }, null, 2)}\n`);
console.log(`Wrote ${values.out}`);
process.exitCode = failed ? 1 : 0;
