/**
 * `npm run export`: the dashboard as a folder of files that any static file server or CDN
 * can serve, with no Node process: the SPA built in static mode (VITE_STATIC_API=1) and
 * every read answer of the API precomputed by the real app (scripts/export/api-files.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createApp } from '../server/app.ts';
import { DEFAULT_DATABASE_PATH, DEFAULT_DATASET_PATH } from '../server/config.ts';
import { openDatabase } from '../server/database.ts';
import { readDatasetFile } from '../server/db/open.ts';
import { MANIFEST, pageHtml, pageLinks, type ServerEntry } from '../server/render/pages.ts';
import { CONTENT_SECURITY_POLICY } from '../server/site.ts';
import { pathIn } from '../src/lib/lang-path.ts';
import { staticPaths } from '../src/api/static-api.ts';
import { exportApiFiles } from './export/api-files.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const HELP = `Usage: npm run export [-- --out <dir>] [--db <path>]

Writes a static copy of the dashboard that any static file server can serve:
  <out>/index.html, assets/…   the SPA, built with VITE_STATIC_API=1 (reads the files below)
  <out>/api/v1/…               every read answer, as the server gives it, for the current release
  <out>/<route>/index.html     every page prerendered, its figures in the HTML (/compare/, /cities/malmo/, …)
  <out>/en/<route>/index.html  the same pages in English
  <out>/404.html               the not-found page, for servers that answer unknown paths with it
  <out>/_headers               the server's security headers, for hosts that read this file

Options:
  --out <dir>   where to write (default var/export); emptied first if it holds an earlier export
  --db <path>   database to export (default DATABASE_PATH or ${DEFAULT_DATABASE_PATH}, seeded from
                DATASET_PATH or ${DEFAULT_DATASET_PATH} when missing; ':memory:' for a fresh seed)
  --help        this text`;

/** The SPA's routes that get their own index.html, so a deep link loads on a plain static server. */
export function routePaths(cityIds: readonly string[]): string[] {
  return [
    'compare',
    'map',
    'standings',
    'sectors',
    'contracts',
    'about',
    'present',
    'admin',
    'embed/compare',
    'embed/map',
    ...cityIds.map((id) => `cities/${id}`),
  ];
}

/** Netlify/Cloudflare Pages `_headers`: the same policy the server sends (server/site.ts). */
function headersFile(): string {
  const common = ['X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin'];
  return [
    '/*',
    ...common.map((h) => `  ${h}`),
    `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    '  X-Frame-Options: DENY',
    '/embed/*',
    `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors *`,
    '  ! X-Frame-Options',
    '',
  ].join('\n');
}

async function main() {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, db: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const out = resolve(root, values.out ?? 'var/export');
  if (out === root || out === dirname(out) || existsSync(join(out, '.git')))
    throw new Error(`Refusing to write the export over ${out}.`);
  if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(join(out, staticPaths.manifest))) {
    throw new Error(`${out} is not empty and holds no earlier export (${staticPaths.manifest}); choose another --out.`);
  }
  const databasePath =
    values.db === ':memory:'
      ? ':memory:'
      : resolve(root, values.db ?? process.env.DATABASE_PATH ?? DEFAULT_DATABASE_PATH);
  const datasetPath = resolve(root, process.env.DATASET_PATH ?? DEFAULT_DATASET_PATH);
  return run(out, databasePath, datasetPath);
}

/** `vite build` in static mode (VITE_STATIC_API=1) with these arguments. */
function viteStaticBuild(args: string[]): void {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', ...args, '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, VITE_STATIC_API: '1' },
    },
  );
}

/** The app's server renderer, built in static mode beside the project (so it finds node_modules) for this export only. */
async function buildRenderer(): Promise<{ entry: ServerEntry; dispose: () => void }> {
  mkdirSync(join(root, 'var'), { recursive: true });
  const dir = mkdtempSync(join(root, 'var', 'export-renderer-'));
  viteStaticBuild(['--ssr', 'src/entry-server.tsx', '--outDir', dir]);
  const entry = (await import(pathToFileURL(join(dir, 'entry-server.js')).href)) as ServerEntry;
  return { entry, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes the API files under `out`; returns their total size in bytes. */
function writeApiFiles(out: string, files: ReadonlyMap<string, string>): number {
  let bytes = 0;
  for (const [path, body] of files) {
    const file = join(out, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, body);
    bytes += Buffer.byteLength(body);
  }
  return bytes;
}

/** Every page rendered as the server renders it, in Swedish and English, and 404.html, reading the API files just written. */
async function prerenderPages(out: string, files: ReadonlyMap<string, string>, routes: readonly string[]) {
  const template = readFileSync(join(out, 'index.html'), 'utf8');
  const chunks = JSON.parse(readFileSync(join(out, MANIFEST), 'utf8')) as Parameters<typeof pageLinks>[0];
  const renderer = await buildRenderer();
  renderer.entry.setApiTransport((url) => {
    const body = files.get(new URL(url, 'http://export.invalid').pathname);
    return Promise.resolve(
      body === undefined
        ? new Response('{}', { status: 404, headers: { 'Content-Type': 'application/problem+json' } })
        : new Response(body, { headers: { 'Content-Type': 'application/json' } }),
    );
  });
  const render = async (path: string) => {
    const page = await renderer.entry.renderPage(new URL(path, 'http://export.invalid'), {
      onError: (error) => console.error(`Rendering ${path}:`, error),
    });
    return pageHtml(template, page, pageLinks(chunks, page.module));
  };
  try {
    for (const lang of ['sv', 'en'] as const) {
      for (const route of ['', ...routes]) {
        // Embeds name their language in ?lang=, at one address.
        if (lang === 'en' && route.startsWith('embed/')) continue;
        const path = pathIn(lang, `/${route}`);
        mkdirSync(join(out, path), { recursive: true });
        writeFileSync(join(out, path, 'index.html'), await render(path));
      }
    }
    writeFileSync(join(out, '404.html'), await render('/404'));
  } finally {
    renderer.dispose();
  }
}

async function run(out: string, databasePath: string, datasetPath: string) {
  console.log(`Building the SPA in static mode into ${out}…`);
  viteStaticBuild(['--outDir', out, '--emptyOutDir']);
  // React's production build for the prerendering below.
  process.env.NODE_ENV = 'production';

  const db = openDatabase({ path: databasePath, dataset: () => readDatasetFile(datasetPath) });
  const app = createApp({ db, logError: (error) => console.error(error) });
  const files = await exportApiFiles(app, db, new Date().toISOString());
  db.close();
  const bytes = writeApiFiles(out, files);
  const manifest = JSON.parse(files.get(staticPaths.manifest) ?? '{}') as {
    cityIds: string[];
    releaseId: string;
    changeDays: string[];
  };
  const routes = routePaths(manifest.cityIds);
  await prerenderPages(out, files, routes);
  // The build manifest served its purpose; it is not part of the site.
  rmSync(join(out, '.vite'), { recursive: true, force: true });
  writeFileSync(join(out, '_headers'), headersFile());
  console.log(
    `Exported release ${manifest.releaseId}: ${files.size} API files (${(bytes / 1e6).toFixed(1)} MB, ${manifest.changeDays.length} as-of days), ` +
      `${routes.length + 1} pages prerendered in Swedish and English and 404.html, in ${out}.\nServe it with any static file server, e.g. python3 -m http.server -d ${out} 8000`,
  );
}

main().catch((error: unknown) => {
  console.error(`Export failed: ${(error as Error).message}`);
  process.exit(1);
});
