import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { initialEntries, measureInitialJs, measureServedJs } from './bundle.ts';

const gz = (text: string) => gzipSync(Buffer.from(text), { level: 6 }).length;

const FILES: Record<string, string> = {
  // The entry script: imports its vendor chunk, and the app with import() as it starts (as src/boot.ts does).
  'assets/index.js': 'import "./vendor.js";import(`./app.js`);',
  'assets/vendor.js': 'export const v=1;',
  'assets/app.js': 'import{a}from"./shared.js";import("./lazy.js");',
  'assets/shared.js': 'export const a=2;',
  // A route the app loads later, on its own: not part of the first load.
  'assets/lazy.js': 'export const l=3;',
  // The page's own chunk, named by the server in data-page.
  'assets/page.js': 'import{a}from"./shared.js";import"./page-dep.js";',
  'assets/page-dep.js': 'export const p=4;',
};

describe('initial JS', () => {
  let dist: string;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'bundle-test-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(
      join(dist, 'index.html'),
      '<script type="module" crossorigin src="/assets/index.js"></script><link rel="modulepreload" crossorigin href="/assets/vendor.js">',
    );
    for (const [file, code] of Object.entries(FILES)) writeFileSync(join(dist, file), code);
    // A server that answers / with its own HTML, which names the page's own chunk.
    server = createServer((request, response) => {
      if (request.url === '/')
        return response.end(
          '<!doctype html><div id="root">rendered</div><script type="module" fetchpriority="low" data-page="/assets/page.js" src="/assets/index.js"></script>',
        );
      response.end(FILES[request.url?.slice(1) ?? ''] ?? '');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('reads the module script, the modulepreload links and the page chunk of a page', () => {
    expect(
      initialEntries(
        '<script type="module" src="/assets/a.js"></script><link rel="modulepreload" href="/assets/b.js"><script src="/c.js"></script>',
      ),
    ).toEqual(['assets/a.js', 'assets/b.js']);
    expect(initialEntries('<script type="module" data-page="/assets/p.js" src="/assets/a.js"></script>')).toEqual([
      'assets/a.js',
      'assets/p.js',
    ]);
  });

  it('follows static imports from dist/index.html and the entry script’s own import(), not a later route’s', async () => {
    const result = await measureInitialJs(dist);
    expect(result.initial.map((c) => c.file).sort()).toEqual([
      'assets/app.js',
      'assets/index.js',
      'assets/shared.js',
      'assets/vendor.js',
    ]);
    const files = ['assets/index.js', 'assets/vendor.js', 'assets/app.js', 'assets/shared.js'] as const;
    expect(result.gzipBytes).toBe(files.reduce((sum, file) => sum + gz(FILES[file] ?? ''), 0));
  });

  it('measures the HTML the server answers the same way, from the server, with the page’s own chunk', async () => {
    const result = await measureServedJs(base, '/', dist);
    expect(result.initial.map((c) => c.file).sort()).toEqual([
      'assets/app.js',
      'assets/index.js',
      'assets/page-dep.js',
      'assets/page.js',
      'assets/shared.js',
      'assets/vendor.js',
    ]);
    expect(result.path).toBe('/');
  });
});
