/**
 * `npm run bench`: measured speed against the budgets of issue #7, each figure side by side
 * with its baseline in one run. Prints Markdown tables and writes them as JSON
 * (default var/bench/latest.json); exits non-zero when a budget fails.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { API_CONNECTIONS, benchApi } from './bench/api.ts';
import { measureInitialJs, measureServedJs } from './bench/bundle.ts';
import { benchCompareToggle, DEFAULT_VIEWS, type ToggleView } from './bench/compare-toggle.ts';
import { resolveDatasets } from './bench/datasets.ts';
import { benchLighthouse, LIGHTHOUSE_VERSION } from './bench/lighthouse.ts';
import {
  budgetLine,
  FORM_FACTORS,
  lighthouseTable,
  RENDERINGS,
  type FormFactor,
  type Rendering,
} from './bench/lighthouse-budgets.ts';
import { PAGES, resolvePages } from './bench/pages.ts';
import { apiTable, checks, mainTable, type Results } from './bench/report.ts';
import { startServer } from './bench/server.ts';
import { benchSoak } from './bench/soak.ts';
import { buildIfStale } from './build-if-stale.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SECTIONS = ['api', 'bundle', 'lighthouse', 'toggle', 'soak'] as const;
type Section = (typeof SECTIONS)[number];

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    datasets: { type: 'string', default: '23,290' },
    quick: { type: 'boolean', default: false },
    'api-seconds': { type: 'string' },
    'soak-seconds': { type: 'string' },
    toggles: { type: 'string' },
    'lighthouse-runs': { type: 'string' },
    runs: { type: 'string' },
    pages: { type: 'string', multiple: true },
    configs: { type: 'string', default: FORM_FACTORS.join(',') },
    rendering: { type: 'string' },
    out: { type: 'string', default: resolve(root, 'var/bench/latest.json') },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(`Usage: npm run bench [-- options]

Builds the SPA if stale, starts the real server on a fresh database per dataset, measures,
prints Markdown tables, writes JSON, and exits 1 when a budget fails (saying which, by how much).

  --only <list>          sections, comma-separated (default all): api, bundle, lighthouse,
                         toggle, soak; "frontend" means bundle,lighthouse
  --datasets <list>      23 (the programme's cities), 290 (all municipalities); default 23,290.
                         290 uses data/dataset-all.json (npm run data:build -- --scope all --out data/dataset-all.json)
  --quick                a smoke run: 3 s per API cell, 1 s warm-up, 10 s soak, 5 toggles, 1 Lighthouse run
  --api-seconds <n>      seconds per autocannon cell (default 10); each endpoint is first warmed for a fifth of it
  --soak-seconds <n>     soak length (default 60)
  --toggles <n>          compare toggles per view (default 30)
  --runs <n>             Lighthouse runs per page, configuration and rendering, the median reported
                         (default 3: one run swings by ±5 points here); --lighthouse-runs is the same
  --pages <list>         Lighthouse pages, comma-separated names: ${Object.keys(PAGES).join(', ')} (default all);
                         and paths; a value starting with / is one path (it may hold commas); repeat the option for more
  --configs <list>       Lighthouse configurations: mobile (its default, a simulated mid-range phone),
                         desktop (its desktop preset); default mobile,desktop
  --rendering <list>     server (the server as it runs), client (a second server with SSR=off, the
                         client-only shell), side by side; default server,client on 23 and server
                         on 290 (its budgets): the whole bench takes about 27 minutes
  --out <file>           JSON output (default var/bench/latest.json)

Sections:
  api         autocannon on GET /api/v1/cities and /api/v1/emissions?sectors=true at ${API_CONNECTIONS.join(' and ')} connections,
              beside a node:http baseline serving the same bytes; budgets: ≥ 50 % of the baseline's
              requests/s, p99 < 25 ms at 50 connections
  bundle      initial JS for / (gzip, following modulepreload) ≤ 100 kB, from dist/index.html and from the
              HTML the server answers for /; recharts not in it
  lighthouse  Lighthouse ${LIGHTHOUSE_VERSION}, mobile and desktop, server-rendered beside client-only (SSR=off), on
              ${Object.values(PAGES).join(', ')}.
              ${budgetLine()}
  toggle      /compare measure toggle → chart painted, median ≤ 100 ms with 23 cities
  soak        60 s at 100 connections with an authenticated write every second: no errors, flat memory`);
  process.exit(0);
}

const only = new Set(
  (values.only ?? SECTIONS.join(','))
    .split(',')
    .map((s) => s.trim())
    .flatMap((s) => (s === 'frontend' ? ['bundle', 'lighthouse'] : [s])),
);
const unknown = [...only].filter((s) => !SECTIONS.includes(s as Section));
if (unknown.length > 0) {
  console.error(`--only: unknown section ${unknown.join(', ')}; known: ${SECTIONS.join(', ')}, frontend`);
  process.exit(2);
}
const wants = (section: Section) => only.has(section);
const number = (value: string | undefined, fallback: number) => (value === undefined ? fallback : Number(value));
const apiSeconds = number(values['api-seconds'], values.quick ? 3 : 10);
const soakSeconds = number(values['soak-seconds'], values.quick ? 10 : 60);
const toggles = number(values.toggles, values.quick ? 5 : 30);
const lighthouseRuns = number(values.runs ?? values['lighthouse-runs'], values.quick ? 1 : 3);
const listOf = <T extends string>(option: string, raw: string, known: readonly T[]): T[] => {
  const asked = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = asked.filter((s) => !known.includes(s as T));
  if (bad.length > 0 || asked.length === 0) {
    console.error(`--${option}: unknown ${bad.join(', ') || '(empty)'}; known: ${known.join(', ')}`);
    process.exit(2);
  }
  return asked as T[];
};
const formFactors = listOf<FormFactor>('configs', values.configs, FORM_FACTORS);
const askedRenderings =
  values.rendering === undefined ? null : listOf<Rendering>('rendering', values.rendering, RENDERINGS);
/** The client-only baseline doubles Lighthouse's time: by default it runs on the 23 cities only. */
const renderingsFor = (label: string): readonly Rendering[] =>
  askedRenderings ?? (label === '23' ? RENDERINGS : ['server']);
const pages = resolvePages(values.pages);
if ('error' in pages) {
  console.error(`--pages: ${pages.error}`);
  process.exit(2);
}
if (!Number.isInteger(lighthouseRuns) || lighthouseRuns < 1) {
  console.error('--runs: a whole number ≥ 1');
  process.exit(2);
}
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
