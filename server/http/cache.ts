/**
 * JSON responses built once per data revision and served with a strong ETag.
 * `Cache-Control: no-cache` lets browsers and proxies keep a copy but revalidate each
 * time, so a coordinator's update shows at once while unchanged data costs a 304.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Context } from 'hono';

interface Entry {
  body: string;
  etag: string;
  /** The body compressed, made on first demand and kept with the entry (so once per revision). */
  encoded?: { br?: Uint8Array<ArrayBuffer>; gzip?: Uint8Array<ArrayBuffer> };
}

/** Smaller bodies are sent as they are: compressing them saves less than it costs. */
const MIN_COMPRESS_BYTES = 1024;

export const JSON_CACHE_CONTROL = 'public, no-cache';

export class ResponseCache {
  private entries = new Map<string, Entry>();
  private revision = '';

  constructor(private readonly maxEntries = 500) {}

  /** Drops every entry when the data revision has moved on. */
  sync(revision: string): void {
    if (revision !== this.revision) {
      this.entries.clear();
      this.revision = revision;
    }
  }

  get(key: string, build: () => unknown): Entry {
    const hit = this.entries.get(key);
    if (hit) return hit;
    const entry = jsonEntry(build());
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, entry);
    return entry;
  }
}

export function jsonEntry(value: unknown): Entry {
  const body = typeof value === 'string' ? value : JSON.stringify(value);
  return { body, etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 27)}"` };
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** The best encoding the client accepts (brotli, then gzip), or null for the plain body. `q=0` refuses one. */
export function preferredEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  if (!acceptEncoding) return null;
  const accepted = new Set(
    acceptEncoding
      .split(',')
      .map((part) => part.trim().toLowerCase().split(';'))
      .filter(([, ...params]) => !params.some((p) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(p)))
      .map(([name]) => name?.trim()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return null;
}

function encodedBody(entry: Entry, encoding: 'br' | 'gzip'): Uint8Array<ArrayBuffer> {
  entry.encoded ??= {};
  let bytes = entry.encoded[encoding];
  if (!bytes) {
    const plain = Buffer.from(entry.body, 'utf8');
    // Brotli quality 5 compresses about as well as gzip -9 at a fraction of brotli 11's time; done once per body.
    const compressed =
      encoding === 'br'
        ? brotliCompressSync(plain, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
        : gzipSync(plain, { level: 6 });
    // A copy in its own ArrayBuffer: a Response body may not share Node's pooled buffer.
    bytes = new Uint8Array(compressed);
    entry.encoded[encoding] = bytes;
  }
  return bytes;
}

export function sendCachedJson(c: Context, entry: Entry, cacheControl = JSON_CACHE_CONTROL): Response {
  const headers: Record<string, string> = { ETag: entry.etag, 'Cache-Control': cacheControl, Vary: 'Accept-Encoding' };
  if (matches(c.req.header('If-None-Match'), entry.etag)) return new Response(null, { status: 304, headers });
  headers['Content-Type'] = 'application/json; charset=utf-8';
  const encoding = entry.body.length >= MIN_COMPRESS_BYTES ? preferredEncoding(c.req.header('Accept-Encoding')) : null;
  if (encoding === null) return new Response(entry.body, { status: 200, headers });
  return new Response(encodedBody(entry, encoding), {
    status: 200,
    headers: { ...headers, 'Content-Encoding': encoding },
  });
}
