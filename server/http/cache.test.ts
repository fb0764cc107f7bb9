import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { jsonEntry, preferredEncoding, sendCachedJson } from './cache.ts';

const big = {
  cities: Array.from({ length: 200 }, (_, i) => ({ id: `city-${i}`, name: `Stad ${i}`, tonnesCo2e: 1000 + i })),
};
const small = { status: 'ok' };

function app() {
  const bigEntry = jsonEntry(big);
  const smallEntry = jsonEntry(small);
  const hono = new Hono();
  hono.get('/big', (c) => sendCachedJson(c, bigEntry));
  hono.get('/small', (c) => sendCachedJson(c, smallEntry));
  return { hono, bigEntry };
}

describe('preferredEncoding', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['identity', null],
    ['gzip', 'gzip'],
    ['gzip, deflate, br, zstd', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['BR;q=0.0,GZIP;q=0.5', 'gzip'],
    ['br;q=0.1', 'br'],
    ['gzip;q=0', null],
    ['deflate', null],
  ] as const)('%j → %s', (header, expected) => {
    expect(preferredEncoding(header)).toBe(expected);
  });
});

describe('sendCachedJson', () => {
  it('sends brotli or gzip when accepted, and the bytes decode to the same JSON', async () => {
    const { hono } = app();
    const br = await hono.request('/big', { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(br.headers.get('Content-Encoding')).toBe('br');
    expect(br.headers.get('Vary')).toBe('Accept-Encoding');
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(JSON.parse(brotliDecompressSync(brBytes).toString('utf8'))).toEqual(big);

    const gzip = await hono.request('/big', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzip.headers.get('Content-Encoding')).toBe('gzip');
    const gzipBytes = Buffer.from(await gzip.arrayBuffer());
    expect(JSON.parse(gunzipSync(gzipBytes).toString('utf8'))).toEqual(big);
    expect(gzipBytes.length).toBeLessThan(JSON.stringify(big).length / 3);
  });

  it('sends the plain body without Accept-Encoding, and for small bodies', async () => {
    const { hono } = app();
    const plain = await hono.request('/big');
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    expect(await plain.json()).toEqual(big);
    const tiny = await hono.request('/small', { headers: { 'Accept-Encoding': 'br' } });
    expect(tiny.headers.get('Content-Encoding')).toBeNull();
    expect(await tiny.json()).toEqual(small);
  });

  it('keeps one ETag for every encoding and answers 304 to it', async () => {
    const { hono, bigEntry } = app();
    const tags = await Promise.all(
      [undefined, 'gzip', 'br'].map(async (encoding) =>
        (await hono.request('/big', { headers: encoding ? { 'Accept-Encoding': encoding } : {} })).headers.get('ETag'),
      ),
    );
    expect(new Set(tags)).toEqual(new Set([bigEntry.etag]));
    const again = await hono.request('/big', { headers: { 'Accept-Encoding': 'br', 'If-None-Match': bigEntry.etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('compresses each body once and reuses the bytes', async () => {
    const { hono, bigEntry } = app();
    await hono.request('/big', { headers: { 'Accept-Encoding': 'gzip' } });
    const first = bigEntry.encoded?.gzip;
    await hono.request('/big', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(first).toBeDefined();
    expect(bigEntry.encoded?.gzip).toBe(first);
  });
});
