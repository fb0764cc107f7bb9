/**
 * A Vite plugin that writes `sw-precache.json`: every file the client build put in assets/
 * (each route's chunks and styles). The service worker (public/sw.js) keeps them all when it
 * installs, so after one visit every page works offline, not only those already opened.
 */
import type { Plugin } from 'vite';

export const PRECACHE_LIST = 'sw-precache.json';

export function precacheList(): Plugin {
  return {
    name: 'ks-precache-list',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((name) => name.startsWith('assets/') && !name.endsWith('.map'))
        .sort()
        .map((name) => `/${name}`);
      this.emitFile({ type: 'asset', fileName: PRECACHE_LIST, source: `${JSON.stringify(files)}\n` });
    },
  };
}
