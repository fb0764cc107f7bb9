/**
 * The JavaScript a first visit to `/` loads to become interactive: the entry script and any
 * modulepreload links in dist/index.html (and, the same way, in the HTML the server answers),
 * the page's own chunk the server names in `data-page`, the modules the entry script imports
 * as it starts (src/boot.ts imports the app with `import()` once the page has painted: those
 * count, they load on every visit), and everything all of these import statically. Sizes are gzip at zlib's default
 * level 6, as Vite's build report gives them; 1 kB = 1000 bytes.
 * Whether a chunk holds recharts is read from the build's list of packages per chunk
 * (.vite/chunk-packages.json, scripts/vite/build-output.ts), else from its source map; never guessed from its name.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const INITIAL_JS_BUDGET_BYTES = 100 * 1000;

export interface Chunk {
  file: string;
  bytes: number;
  gzipBytes: number;
  /** From the build's package list or the source map; null when neither names the chunk. */
  hasRecharts: boolean | null;
}

export interface BundleResult {
  initial: Chunk[];
  gzipBytes: number;
  /** True when a chunk of the initial set holds recharts according to its source map. */
  rechartsInInitial: boolean;
  /** Initial chunks neither the package list nor a source map names, so unchecked. */
  unchecked: string[];
  /** The chunks (outside the initial set) that carry recharts: proof it exists and loads lazily. */
  lazyRechartsChunks: string[];
}

function hasRecharts(distDir: string, file: string): boolean | null {
  const listPath = join(distDir, '.vite', 'chunk-packages.json');
  const listed = existsSync(listPath)
    ? (JSON.parse(readFileSync(listPath, 'utf8')) as Record<string, string[]>)[file]
    : undefined;
  if (listed) return listed.includes('recharts');
  const map = join(distDir, `${file}.map`);
  if (!existsSync(map)) return null;
  const { sources } = JSON.parse(readFileSync(map, 'utf8')) as { sources?: string[] };
  return (sources ?? []).some((source) => /node_modules[\\/]recharts[\\/]/.test(source));
}

/** Static `import … from "./x.js"` and `import "./x.js"`; dynamic `import(…)` is lazy and left out. */
function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.\/[^"']+\.js)["']/g)) found.add(match[1] ?? '');
  return [...found].filter(Boolean);
}

/** `import("./x.js")`: what the entry script loads as it starts. */
function dynamicImports(code: string): string[] {
  return [
    ...new Set([...code.matchAll(/\bimport\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/g)].map((match) => match[1] ?? '')),
  ].filter(Boolean);
}

/** The module script, the modulepreload links and the page's own chunk (`data-page`) of an HTML page, as paths without the leading slash. */
export function initialEntries(html: string): string[] {
  return [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
    ...html.matchAll(/<script[^>]*data-page="([^"]+)"/g),
  ].map((match) => (match[1] ?? '').replace(/^\//, ''));
}

/** The module scripts of an HTML page: whose dynamic imports at start count too. */
function entryScripts(html: string): Set<string> {
  return new Set(
    [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((match) =>
      (match[1] ?? '').replace(/^\//, ''),
    ),
  );
}

/**
 * Follows the entries' static imports, and the dynamic imports of the entry scripts themselves;
 * `read` gives a file's bytes (from dist/ or from a server).
 */
async function collect(
  entries: string[],
  scripts: ReadonlySet<string>,
  read: (file: string) => Promise<Buffer>,
): Promise<Map<string, Buffer>> {
  const seen = new Map<string, Buffer>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (seen.has(file)) continue;
    const code = await read(file);
    seen.set(file, code);
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    const text = code.toString('utf8');
    const followed = scripts.has(file) ? [...staticImports(text), ...dynamicImports(text)] : staticImports(text);
    for (const imported of followed) queue.push(dir + imported.slice(2));
  }
  return seen;
}

function chunks(distDir: string, files: Map<string, Buffer>): Chunk[] {
  return [...files].map(([file, code]) => ({
    file,
    bytes: code.length,
    gzipBytes: gzipSync(code, { level: 6 }).length,
    hasRecharts: hasRecharts(distDir, file),
  }));
}

/** The client's entry: dist/index.html's module script and modulepreloads, and their static imports. */
export async function measureInitialJs(distDir: string): Promise<BundleResult> {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const entries = initialEntries(html);
  if (entries.length === 0) throw new Error(`no module script in ${join(distDir, 'index.html')}`);
  const seen = await collect(entries, entryScripts(html), (file) => Promise.resolve(readFileSync(join(distDir, file))));
  const initial = chunks(distDir, seen);
  const assets = existsSync(join(distDir, 'assets')) ? readdirSync(join(distDir, 'assets')) : [];
  const lazyRechartsChunks = assets
    .filter((name) => name.endsWith('.js') && !seen.has(`assets/${name}`))
    .filter((name) => hasRecharts(distDir, `assets/${name}`) === true);
  return {
    initial,
    gzipBytes: initial.reduce((sum, chunk) => sum + chunk.gzipBytes, 0),
    rechartsInInitial: initial.some((chunk) => chunk.hasRecharts === true),
    unchecked: initial.filter((chunk) => chunk.hasRecharts === null).map((chunk) => chunk.file),
    lazyRechartsChunks,
  };
}

export interface ServedResult {
  /** The page asked for, e.g. "/". */
  path: string;
  initial: Chunk[];
  gzipBytes: number;
  rechartsInInitial: boolean;
}

/**
 * The same measure on the HTML the running server answers for `path` (which may be rendered per
 * request rather than dist/index.html): its module scripts, modulepreloads and page chunk, fetched from the
 * server, gzip level 6 as above. Source maps are read from `distDir` (the server serves that build).
 */
export async function measureServedJs(baseUrl: string, path: string, distDir: string): Promise<ServedResult> {
  const get = async (file: string) => {
    const response = await fetch(new URL(file, `${baseUrl}/`));
    if (!response.ok) throw new Error(`GET ${file}: ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  };
  const html = (await get(path.replace(/^\//, ''))).toString('utf8');
  const entries = initialEntries(html);
  if (entries.length === 0) throw new Error(`no module script in the HTML the server answers for ${path}`);
  const initial = chunks(distDir, await collect(entries, entryScripts(html), get));
  return {
    path,
    initial,
    gzipBytes: initial.reduce((sum, chunk) => sum + chunk.gzipBytes, 0),
    rechartsInInitial: initial.some((chunk) => chunk.hasRecharts === true),
  };
}
