/**
 * A Vite plugin that writes `sw-precache.json`: every file the client build put in assets/
 * (each route's chunks and styles). The service worker (public/sw.js) keeps them all when it
 * installs, so after one visit every page works offline, not only those already opened.
 * The list is taken from the bundle as written (Rollup's writeBundle hook): by then Vite has
 * dropped the chunks that held only CSS, which generateBundle still saw.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export const PRECACHE_LIST = 'sw-precache.json';

export function precacheList(): Plugin {
  return {
    name: 'ks-precache-list',
    apply: 'build',
    writeBundle(options, bundle) {
      const files = Object.keys(bundle)
        .filter((name) => name.startsWith('assets/') && !name.endsWith('.map'))
        .sort()
        .map((name) => `/${name}`);
      writeFileSync(join(options.dir ?? 'dist', PRECACHE_LIST), `${JSON.stringify(files)}\n`);
    },
  };
}
