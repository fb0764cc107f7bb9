/**
 * The bench's command line (`npm run bench -- --help`): which sections, datasets, pages and
 * configurations, and how long each measure runs. A wrong option exits 2 with the reason.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { API_CONNECTIONS } from './api.ts';
import { LIGHTHOUSE_VERSION } from './lighthouse.ts';
import { budgetLine, FORM_FACTORS, RENDERINGS, type FormFactor, type Rendering } from './lighthouse-budgets.ts';
import { PAGES, resolvePages } from './pages.ts';

export const SECTIONS = ['api', 'bundle', 'lighthouse', 'toggle', 'soak'] as const;
export type Section = (typeof SECTIONS)[number];

/** The usage text. */
export const BENCH_HELP = `Usage: npm run bench [-- options]

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
  soak        60 s at 100 connections with an authenticated write every second: no errors, flat memory`;

/** --only: the sections asked for ("frontend" is bundle and lighthouse), all by default. */
function sectionsAsked(raw: string | undefined): Set<string> {
  const only = new Set(
    (raw ?? SECTIONS.join(','))
      .split(',')
      .map((s) => s.trim())
      .flatMap((s) => (s === 'frontend' ? ['bundle', 'lighthouse'] : [s])),
  );
  const unknown = [...only].filter((s) => !SECTIONS.includes(s as Section));
  if (unknown.length > 0) {
    console.error(`--only: unknown section ${unknown.join(', ')}; known: ${SECTIONS.join(', ')}, frontend`);
    process.exit(2);
  }
  return only;
}

/** A comma-separated list of known names; an unknown or empty one exits 2. */
function listOf<T extends string>(option: string, raw: string, known: readonly T[]): T[] {
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
}

/** The options asked for, with their defaults; exits 0 after --help and 2 on a wrong option. */
export function readBenchOptions(root: string) {
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
    console.log(BENCH_HELP);
    process.exit(0);
  }

  const only = sectionsAsked(values.only);
  const wants = (section: Section) => only.has(section);
  const number = (value: string | undefined, fallback: number) => (value === undefined ? fallback : Number(value));
  const apiSeconds = number(values['api-seconds'], values.quick ? 3 : 10);
  const soakSeconds = number(values['soak-seconds'], values.quick ? 10 : 60);
  const toggles = number(values.toggles, values.quick ? 5 : 30);
  const lighthouseRuns = number(values.runs ?? values['lighthouse-runs'], values.quick ? 1 : 3);
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
  return { values, only, wants, apiSeconds, soakSeconds, toggles, lighthouseRuns, formFactors, renderingsFor, pages };
}
