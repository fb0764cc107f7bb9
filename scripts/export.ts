/**
 * `npm run export`: the dashboard as a folder of files that any static file server or CDN
 * can serve, with no Node process: the SPA built in static mode (VITE_STATIC_API=1) and
 * every read answer of the API precomputed by the real app (scripts/export/api-files.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createApp } from '../server/app.ts';
import { DEFAULT_DATABASE_PATH, DEFAULT_DATASET_PATH } from '../server/config.ts';
import { openDatabase, readDatasetFile } from '../server/db/open.ts';
import { CONTENT_SECURITY_POLICY } from '../server/site.ts';
import { staticPaths } from '../src/api/static-api.ts';
import { exportApiFiles } from './export/api-files.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const HELP = `Usage: npm run export [-- --out <dir>] [--db <path>]

Writes a static copy of the dashboard that any static file server can serve:
  <out>/index.html, assets/…   the SPA, built with VITE_STATIC_API=1 (reads the files below)
  <out>/api/v1/…               every read answer, as the server gives it, for the current release
  <out>/<route>/index.html     a copy of index.html at every route (/compare/, /cities/malmo/, …)
  <out>/404.html               the SPA again, for servers that answer unknown paths with it
  <out>/_headers               the server's security headers, for hosts that read this file

Options:
  --out <dir>   where to write (default var/export); emptied first if it holds an earlier export
  --db <path>   database to export (default DATABASE_PATH or ${DEFAULT_DATABASE_PATH}, seeded from
                DATASET_PATH or ${DEFAULT_DATASET_PATH} when missing; ':memory:' for a fresh seed)
  --help        this text`;

/** The SPA's routes that get their own index.html, so a deep link loads on a plain static server. */
export function routePaths(cityIds: readonly string[]): string[] {
  return ['compare', 'map', 'standings', 'sectors', 'contracts', 'about', 'present', 'admin', 'embed/compare', 'embed/map', ...cityIds.map((id) => `cities/${id}`)];
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
  const { values } = parseArgs({ options: { out: { type: 'string' }, db: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const out = resolve(root, values.out ?? 'var/export');
  if (out === root || out === dirname(out) || existsSync(join(out, '.git'))) throw new Error(`Refusing to write the export over ${out}.`);
  if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(join(out, staticPaths.manifest))) {
    throw new Error(`${out} is not empty and holds no earlier export (${staticPaths.manifest}); choose another --out.`);
  }
  const databasePath = values.db === ':memory:' ? ':memory:' : resolve(root, values.db ?? process.env.DATABASE_PATH ?? DEFAULT_DATABASE_PATH);
  const datasetPath = resolve(root, process.env.DATASET_PATH ?? DEFAULT_DATASET_PATH);
  return run(out, databasePath, datasetPath);
}

async function run(out: string, databasePath: string, datasetPath: string) {
  console.log(`Building the SPA in static mode into ${out}…`);
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, VITE_STATIC_API: '1' },
  });

  const db = openDatabase({ path: databasePath, dataset: () => readDatasetFile(datasetPath) });
  const app = createApp({ db, logError: (error) => console.error(error) });
  const files = await exportApiFiles(app, db, new Date().toISOString());
  db.close();
  let bytes = 0;
  for (const [path, body] of files) {
    const file = join(out, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, body);
    bytes += Buffer.byteLength(body);
  }

  const index = readFileSync(join(out, 'index.html'), 'utf8');
  const manifest = JSON.parse(files.get(staticPaths.manifest) ?? '{}') as { cityIds: string[]; releaseId: string; changeDays: string[] };
  const routes = routePaths(manifest.cityIds);
  for (const route of routes) {
    mkdirSync(join(out, route), { recursive: true });
    writeFileSync(join(out, route, 'index.html'), index);
  }
  writeFileSync(join(out, '404.html'), index);
  writeFileSync(join(out, '_headers'), headersFile());
  console.log(
    `Exported release ${manifest.releaseId}: ${files.size} API files (${(bytes / 1e6).toFixed(1)} MB, ${manifest.changeDays.length} as-of days), ` +
      `index.html at ${routes.length} routes and 404.html, in ${out}.\nServe it with any static file server, e.g. python3 -m http.server -d ${out} 8000`,
  );
}

main().catch((error: unknown) => {
  console.error(`Export failed: ${(error as Error).message}`);
  process.exit(1);
});
