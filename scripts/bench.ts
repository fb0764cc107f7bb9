/**
 * `npm run bench`: measured speed against the budgets of issue #7, each figure side by side
 * with its baseline in one run. Prints Markdown tables and writes them as JSON
 * (default var/bench/latest.json); exits non-zero when a budget fails.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_CONNECTIONS, benchApi } from './bench/api.ts';
import { measureInitialJs, measureServedJs } from './bench/bundle.ts';
import { benchCompareToggle, DEFAULT_VIEWS, type ToggleView } from './bench/compare-toggle.ts';
import { resolveDatasets } from './bench/datasets.ts';
import { benchLighthouse, LIGHTHOUSE_VERSION } from './bench/lighthouse.ts';
import { budgetLine, lighthouseTable } from './bench/lighthouse-budgets.ts';
import { readBenchOptions } from './bench/options.ts';
import { apiTable, checks, mainTable, type Results } from './bench/report.ts';
import { startServer } from './bench/server.ts';
import { benchSoak } from './bench/soak.ts';
import { buildIfStale } from './build-if-stale.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values, only, wants, apiSeconds, soakSeconds, toggles, lighthouseRuns, formFactors, renderingsFor, pages } =
  readBenchOptions(root);
const log = (line: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

const startedAt = Date.now();
const machine = {
  cores: availableParallelism(),
  loadAtStart: loadavg().map((l) => Number(l.toFixed(2))),
  loadAtEnd: [] as number[],
  node: process.version,
};
log(`${machine.cores} cores, load average ${machine.loadAtStart.join(' ')} at the start`);
const results: Results = { api: [], bundle: null, served: null, lighthouse: [], toggle: [], soak: null, problems: [] };

/** A section that throws is reported as a failed budget; the others still run. */
async function attempt(what: string, run: () => Promise<void> | void): Promise<void> {
  try {
    await run();
  } catch (error) {
    const message = `${what}: ${error instanceof Error ? error.message : String(error)}`;
    log(`FAILED ${message}`);
    results.problems.push(message);
  }
}

const datasets = resolveDatasets(root, values.datasets.split(','), log);
const builtDir = resolve(root, process.env.DIST_DIR ?? 'dist');
let distDir = builtDir;
if (wants('bundle') || wants('lighthouse') || wants('toggle')) {
  buildIfStale();
  // A copy of the build for this run: every server measures the same dist/ even if the tree is
  // rebuilt meanwhile. Inside the repository, so the server entry still finds node_modules.
  distDir = resolve(root, `var/bench/dist-${process.pid}`);
  cpSync(builtDir, distDir, { recursive: true });
}
const siteEnv = { DIST_DIR: distDir };
if (wants('bundle')) {
  await attempt('bundle', async () => void (results.bundle = await measureInitialJs(distDir)));
  // What the server answers for / may be rendered per request: measure that HTML too.
  await attempt('bundle as served', async () => {
    const server = await startServer(root, { datasetPath: datasets.found[0]?.path, env: siteEnv });
    try {
      results.served = await measureServedJs(server.url, '/', distDir);
    } finally {
      await server.stop();
    }
  });
}
for (const dataset of datasets.found) {
  if (wants('api'))
    await attempt(
      `api on ${dataset.label}`,
      async () =>
        void results.api.push(
          ...(await benchApi(root, dataset, {
            durationSeconds: apiSeconds,
            warmupSeconds: Math.max(1, Math.round(apiSeconds / 5)),
            connections: API_CONNECTIONS,
            log,
          })),
        ),
    );
  if (!wants('lighthouse') && !wants('toggle')) continue;
  await attempt(`browser measures on ${dataset.label}`, async () => {
    const server = await startServer(root, { datasetPath: dataset.path, env: siteEnv });
    // Same build, same dataset, its own fresh database: only SSR=off differs.
    const renderings = renderingsFor(dataset.label);
    const clientOnly =
      wants('lighthouse') && renderings.includes('client')
        ? await startServer(root, { datasetPath: dataset.path, env: { ...siteEnv, SSR: 'off' } })
        : null;
    const subject = dataset.label === '23' ? '23 cities' : '290 municipalities';
    // With all 290 the programme's 23 are chosen by URL; the default view would draw all 290.
    const programme = `?cities=${datasets.programmeIds.join(',')}`;
    try {
      if (wants('lighthouse')) {
        const servers = {
          ...(renderings.includes('server') ? { server: server.url } : {}),
          ...(clientOnly ? { client: clientOnly.url } : {}),
        };
        const measured = await benchLighthouse({
          dataset: subject,
          servers,
          paths: pages.paths,
          formFactors,
          runs: lighthouseRuns,
          log,
        });
        results.lighthouse.push(...measured.results);
        results.problems.push(...measured.problems);
      }
      if (wants('toggle')) {
        const views: readonly ToggleView[] =
          dataset.label === '23'
            ? DEFAULT_VIEWS
            : [
                ["the programme's 23", programme],
                ['2 cities', '?cities=malmo,lund'],
                ['all cities', ''],
              ];
        const measured = await benchCompareToggle(server.url, toggles, views);
        for (const t of measured) log(`toggle ${subject} ${t.label}: median ${t.summary.median.toFixed(1)} ms`);
        results.toggle.push(...measured.map((t) => ({ ...t, dataset: subject })));
      }
    } finally {
      await server.stop();
      await clientOnly?.stop();
    }
  });
}
if (wants('soak')) await attempt('soak', async () => void (results.soak = await benchSoak(root, soakSeconds, log)));
results.problems.push(...datasets.problems);
if (distDir !== builtDir) rmSync(distDir, { recursive: true, force: true });

machine.loadAtEnd = loadavg().map((l) => Number(l.toFixed(2)));
const seconds = Math.round((Date.now() - startedAt) / 1000);
const verdicts = checks(results);
const failed = verdicts.filter((c) => !c.ok);
const lighthouseLines = lighthouseTable(results.lighthouse);
const tables = [
  ...apiTable(results.api),
  '',
  ...mainTable(results),
  ...(lighthouseLines.length
    ? [
        '',
        `Lighthouse ${LIGHTHOUSE_VERSION}, median of ${lighthouseRuns} (every run's score in brackets). ${budgetLine()}`,
        '',
        ...lighthouseLines,
      ]
    : []),
];
console.log(`\n${tables.join('\n')}\n`);
console.log(
  `${seconds} s on ${machine.cores} cores; load average ${machine.loadAtStart.join(' ')} at the start, ${machine.loadAtEnd.join(' ')} at the end${values.quick ? '; --quick (a smoke run, not a measurement)' : ''}.`,
);
if (failed.length === 0) console.log('All budgets met.');
else for (const c of failed) console.log(`BUDGET FAILED: ${c.name}: ${c.detail}`);

mkdirSync(dirname(values.out), { recursive: true });
const options = {
  only: [...only],
  datasets: datasets.found.map((d) => d.label),
  quick: values.quick,
  apiSeconds,
  soakSeconds,
  toggles,
  lighthouseRuns,
  pages: pages.paths,
  formFactors,
  renderings: Object.fromEntries(datasets.found.map((d) => [d.label, renderingsFor(d.label)])),
};
writeFileSync(
  values.out,
  `${JSON.stringify({ date: new Date().toISOString(), seconds, machine, options, checks: verdicts, results, markdown: tables }, null, 2)}\n`,
);
console.log(`Wrote ${values.out}`);
process.exitCode = failed.length > 0 ? 1 : 0;
