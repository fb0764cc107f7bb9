/** The production build leaves out MSW's worker unless built in mock mode, and lists each chunk's packages. */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import config from '../../vite.config.ts';
import { chunkPackages, MOCK_WORKER, packageOf, withoutMockWorker } from './build-output.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A build directory as Vite leaves it once public/ is copied. */
function builtDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'build-output-'));
  dirs.push(dir);
  for (const name of ['index.html', 'sw.js', 'favicon.svg', MOCK_WORKER]) writeFileSync(join(dir, name), 'x');
  return dir;
}

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const call = (hook: unknown, ...args: unknown[]) => (hook as Hook).call({}, ...args);

function runPlugin(dir: string, mode: string): void {
  const plugin = withoutMockWorker();
  call(plugin.configResolved, { root: dir, mode, build: { outDir: '.' } });
  call(plugin.writeBundle);
}

describe('withoutMockWorker', () => {
  it('removes mockServiceWorker.js from a production build, and nothing else', () => {
    const dir = builtDir();
    runPlugin(dir, 'production');
    expect(readdirSync(dir).sort()).toEqual(['favicon.svg', 'index.html', 'sw.js']);
  });

  it('keeps it in a build made in mock mode (vite build --mode mock)', () => {
    const dir = builtDir();
    runPlugin(dir, 'mock');
    expect(existsSync(join(dir, MOCK_WORKER))).toBe(true);
  });
});

describe('the build configuration', () => {
  const resolved = () =>
    typeof config === 'function' ? config({ command: 'build', mode: 'production', isSsrBuild: false }) : config;

  it('writes no source maps unless SOURCEMAP=1, and runs the worker removal and the package list', () => {
    const built = resolved();
    expect(built.build?.sourcemap).toBe(process.env.SOURCEMAP === '1');
    const names = (built.plugins ?? []).flat().map((p) => (p && typeof p === 'object' && 'name' in p ? p.name : ''));
    expect(names).toEqual(expect.arrayContaining(['klimat:without-mock-worker', 'klimat:chunk-packages']));
    // The worker is gone before the compressed copies are made.
    expect(names.indexOf('klimat:without-mock-worker')).toBeLessThan(names.indexOf('klimat:precompress'));
  });
});

describe('chunkPackages', () => {
  it('names the npm package of a module, scoped or not, innermost node_modules first', () => {
    expect(packageOf('/work/main/node_modules/recharts/es6/index.js')).toBe('recharts');
    expect(packageOf('/work/main/node_modules/@tanstack/react-query/build/index.js')).toBe('@tanstack/react-query');
    expect(packageOf('/work/main/node_modules/recharts/node_modules/d3-scale/src/index.js')).toBe('d3-scale');
    expect(packageOf('C:\\app\\node_modules\\react\\index.js')).toBe('react');
    expect(packageOf('/work/main/src/app/app.tsx')).toBeNull();
    expect(packageOf('\0vite/preload-helper.js')).toBeNull();
  });

  it('emits .vite/chunk-packages.json listing each chunk’s packages', () => {
    const emitted: { fileName: string; source: string }[] = [];
    const bundle = {
      'assets/charts-1.js': {
        type: 'chunk',
        moduleIds: ['/r/node_modules/recharts/a.js', '/r/node_modules/d3-shape/b.js', '/r/node_modules/recharts/c.js'],
      },
      'assets/boot-2.js': { type: 'chunk', moduleIds: ['/r/src/boot.ts'] },
      'assets/app.css': { type: 'asset' },
    };
    (chunkPackages().generateBundle as Hook).call(
      { emitFile: (file: { fileName: string; source: string }) => emitted.push(file) },
      {},
      bundle,
      false,
    );
    expect(emitted).toHaveLength(1);
    expect(emitted[0]?.fileName).toBe('.vite/chunk-packages.json');
    expect(JSON.parse(emitted[0]?.source ?? '')).toEqual({
      'assets/charts-1.js': ['d3-shape', 'recharts'],
      'assets/boot-2.js': [],
    });
  });
});
