/**
 * The JavaScript a first visit to `/` loads before anything else: the entry script and its
 * modulepreload links in dist/index.html, plus anything those import statically (should
 * the build ever stop listing a chunk as modulepreload). Sizes are gzip at zlib's default
 * level 6, as Vite's build report gives them; 1 kB = 1000 bytes.
 * Whether a chunk holds recharts is read from its source map, not guessed from its name.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const INITIAL_JS_BUDGET_BYTES = 160 * 1000;

export interface Chunk {
  file: string;
  bytes: number;
  gzipBytes: number;
  /** From the source map; null when the chunk has none. */
  hasRecharts: boolean | null;
}

export interface BundleResult {
  initial: Chunk[];
  gzipBytes: number;
  /** True when a chunk of the initial set holds recharts according to its source map. */
  rechartsInInitial: boolean;
  /** Initial chunks without a source map, so unchecked (the bundler's tiny runtime has none). */
  unchecked: string[];
  /** The chunks (outside the initial set) that carry recharts: proof it exists and loads lazily. */
  lazyRechartsChunks: string[];
}

function hasRecharts(distDir: string, file: string): boolean | null {
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

export function measureInitialJs(distDir: string): BundleResult {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const entries = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => (match[1] ?? '').replace(/^\//, ''));
  if (entries.length === 0) throw new Error(`no module script in ${join(distDir, 'index.html')}`);

  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(distDir, file), 'utf8');
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const imported of staticImports(code)) queue.push(dir + imported.slice(2));
  }

  const initial = [...seen].map((file): Chunk => {
    const code = readFileSync(join(distDir, file));
    return { file, bytes: code.length, gzipBytes: gzipSync(code, { level: 6 }).length, hasRecharts: hasRecharts(distDir, file) };
  });
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
