/**
 * Vite plugins that keep the production build to what the site serves:
 * - `withoutMockWorker`: MSW's worker (public/mockServiceWorker.js, for `npm run dev:mock`) is
 *   copied from public/ by every build; it is removed again unless the build is in mock mode.
 * - `chunkPackages`: writes `.vite/chunk-packages.json`, each chunk's npm packages, so the bench
 *   can tell which chunk holds recharts without source maps (scripts/bench/bundle.ts). The
 *   server never serves `.vite/`.
 */
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

export const MOCK_WORKER = 'mockServiceWorker.js';
export const CHUNK_PACKAGES = '.vite/chunk-packages.json';

/** Removes the mock worker (and any compressed copy) from a build directory; true when there was one. */
export function removeMockWorker(outDir: string): boolean {
  const files = [MOCK_WORKER, `${MOCK_WORKER}.br`, `${MOCK_WORKER}.gz`]
    .map((name) => join(outDir, name))
    .filter((path) => existsSync(path));
  for (const path of files) rmSync(path);
  return files.length > 0;
}

export function withoutMockWorker(): Plugin {
  let outDir = 'dist';
  let keep = false;
  return {
    name: 'klimat:without-mock-worker',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      keep = config.mode === 'mock';
    },
    // writeBundle runs after public/ is copied and before closeBundle (where precompress works).
    writeBundle() {
      if (!keep) removeMockWorker(outDir);
    },
  };
}

/** The npm package a module id belongs to (the innermost node_modules), or null for the app's own code. */
export function packageOf(moduleId: string): string | null {
  const parts = moduleId.split(/[\\/]node_modules[\\/]/);
  if (parts.length < 2) return null;
  const segments = (parts[parts.length - 1] ?? '').split(/[\\/]/);
  const name = segments[0]?.startsWith('@') ? `${segments[0]}/${segments[1] ?? ''}` : segments[0];
  return name || null;
}

export function chunkPackages(): Plugin {
  return {
    name: 'klimat:chunk-packages',
    apply: 'build',
    generateBundle(_options, bundle) {
      const packages: Record<string, string[]> = {};
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type !== 'chunk') continue;
        packages[fileName] = [
          ...new Set(output.moduleIds.map(packageOf).filter((name): name is string => name !== null)),
        ].sort();
      }
      this.emitFile({ type: 'asset', fileName: CHUNK_PACKAGES, source: `${JSON.stringify(packages, null, 1)}\n` });
    },
  };
}
