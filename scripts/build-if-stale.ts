/** Builds the SPA when dist/ is missing or older than any of its sources. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SPA_INPUTS = ['src', 'contract', 'mocks', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

export function buildIsStale(): boolean {
  const built = join(root, process.env.DIST_DIR ?? 'dist', 'index.html');
  if (!existsSync(built) || !existsSync(join(root, process.env.DIST_DIR ?? 'dist', 'server', 'entry-server.js')))
    return true;
  const builtAt = statSync(built).mtimeMs;
  return SPA_INPUTS.some((input) => newestMtime(join(root, input)) > builtAt);
}

export function buildIfStale(): void {
  if (!buildIsStale()) return;
  console.log('Building the dashboard (vite build, then the server renderer with vite build --ssr)…');
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  const outDir = process.env.DIST_DIR ?? 'dist';
  execFileSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  execFileSync(
    process.execPath,
    [vite, 'build', '--ssr', 'src/entry-server.tsx', '--outDir', join(outDir, 'server'), '--logLevel', 'warn'],
    { cwd: root, stdio: 'inherit' },
  );
}
