/**
 * JSON responses built once per data revision and served with a strong ETag.
 * `Cache-Control: no-cache` lets browsers and proxies keep a copy but revalidate each
 * time, so a coordinator's update shows at once while unchanged data costs a 304.
 */
import { createHash } from 'node:crypto';
import type { Context } from 'hono';

interface Entry {
  body: string;
  etag: string;
}

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

export function sendCachedJson(c: Context, entry: Entry, cacheControl = JSON_CACHE_CONTROL): Response {
  const headers = { ETag: entry.etag, 'Cache-Control': cacheControl, Vary: 'Accept-Encoding' };
  if (matches(c.req.header('If-None-Match'), entry.etag)) return new Response(null, { status: 304, headers });
  return new Response(entry.body, { status: 200, headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } });
}
