import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { initialEntries, measureInitialJs, measureServedJs } from './bundle.ts';

const gz = (text: string) => gzipSync(Buffer.from(text), { level: 6 }).length;

describe('initial JS', () => {
  let dist: string;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'bundle-test-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<script type="module" crossorigin src="/assets/index.js"></script><link rel="modulepreload" crossorigin href="/assets/vendor.js">');
    writeFileSync(join(dist, 'assets/index.js'), 'import "./vendor.js";import{a}from"./shared.js";import("./lazy.js");');
    writeFileSync(join(dist, 'assets/vendor.js'), 'export const v=1;');
    writeFileSync(join(dist, 'assets/shared.js'), 'export const a=2;');
    writeFileSync(join(dist, 'assets/lazy.js'), 'export const l=3;');
    // A server that answers / with its own HTML, which also preloads the lazy chunk.
    server = createServer((request, response) => {
      if (request.url === '/') return response.end('<!doctype html><div id="root">rendered</div><script type="module" src="/assets/index.js"></script><link rel="modulepreload" href="/assets/lazy.js">');
      response.end(request.url?.startsWith('/assets/') ? `export const l=3;${request.url === '/assets/index.js' ? 'import "./vendor.js";import{a}from"./shared.js";import("./lazy.js");' : ''}` : '');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('reads the module script and the modulepreload links of a page', () => {
    expect(initialEntries('<script type="module" src="/assets/a.js"></script><link rel="modulepreload" href="/assets/b.js"><script src="/c.js"></script>')).toEqual(['assets/a.js', 'assets/b.js']);
  });

  it('follows static imports from dist/index.html and leaves dynamic ones out', async () => {
    const result = await measureInitialJs(dist);
    expect(result.initial.map((c) => c.file).sort()).toEqual(['assets/index.js', 'assets/shared.js', 'assets/vendor.js']);
    expect(result.gzipBytes).toBe(gz('import "./vendor.js";import{a}from"./shared.js";import("./lazy.js");') + gz('export const v=1;') + gz('export const a=2;'));
  });

  it('measures the HTML the server answers the same way, from the server', async () => {
    const result = await measureServedJs(base, '/', dist);
    expect(result.initial.map((c) => c.file).sort()).toEqual(['assets/index.js', 'assets/lazy.js', 'assets/shared.js', 'assets/vendor.js']);
    expect(result.path).toBe('/');
  });
});
