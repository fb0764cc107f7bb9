/**
 * Service worker: the dashboard keeps working offline once it has been loaded (a presenter
 * opens the deck at home, the hall's network fails). Registered only in production builds
 * (src/lib/register-service-worker.ts).
 *
 *   /assets/*      cache first: file names carry a content hash, so a cached file never goes stale.
 *                  Installing keeps every one the build lists (/sw-precache.json): each route's
 *                  code and styles, so after one visit every page works offline.
 *   navigations    network first, each page's HTML kept (the server renders it with its data);
 *                  offline, the kept copy of that page, else the home page, whose script then
 *                  renders the address asked for from the kept API answers.
 *   /favicon.svg   network first, the copy installing kept offline (its name carries no hash).
 *   GET /api/v1/*  network first; offline, the last good answer for the same URL, marked with
 *                  X-Served-From-Cache so the page can say the server is not answering.
 *
 * Only GET answers with status 200 from our own origin are stored; API requests that carry
 * credentials (an Authorization header) are never stored. Bump VERSION when these rules
 * change: activation deletes every cache of an older version.
 */
const VERSION = 'v2';
const PREFIX = 'ks-';
const SHELL = `${PREFIX}shell-${VERSION}`;
const ASSETS = `${PREFIX}assets-${VERSION}`;
const API = `${PREFIX}api-${VERSION}`;
const PAGES = `${PREFIX}pages-${VERSION}`;
const SHELL_URL = '/';
const PRECACHE_LIST = '/sw-precache.json';

/** Same-origin files the shell loads: `src="/assets/…"`, `href="/favicon.svg"` (not its links to other pages). */
function shellReferences(html) {
  const urls = new Set();
  for (const match of html.matchAll(/(?:src|href)="(\/[^"]+\.[a-z0-9]+)"/g)) urls.add(match[1]);
  return [...urls];
}

/** Stores a response when it is worth keeping: a complete, same-origin 200. */
async function keep(cacheName, request, response) {
  if (response.status !== 200 || response.type !== 'basic') return;
  const cache = await caches.open(cacheName);
  await cache.put(request, response);
}

async function precacheShell() {
  const response = await fetch(SHELL_URL, { cache: 'no-cache' });
  if (response.status !== 200) return;
  const html = await response.clone().text();
  await keep(SHELL, SHELL_URL, response);
  let listed = [];
  try {
    const list = await fetch(PRECACHE_LIST, { cache: 'no-cache' });
    if (list.ok) listed = await list.json();
  } catch {
    // No list (an older build): the shell's own files, and what pages load later, are still kept.
  }
  const assets = await caches.open(ASSETS);
  const urls = [
    ...new Set([
      ...shellReferences(html),
      ...listed.filter((url) => typeof url === 'string' && url.startsWith('/assets/')),
    ]),
  ];
  // One missing file must not fail the install: the rest still work offline.
  await Promise.all(
    urls.map(async (url) => ((await assets.match(url)) ? undefined : assets.add(url).catch(() => undefined))),
  );
}

self.addEventListener('install', (event) => {
  event.waitUntil(precacheShell().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names
          .filter((name) => name.startsWith(PREFIX) && !name.endsWith(`-${VERSION}`))
          .map((name) => caches.delete(name)),
      );
      // Take over the open page at once, so what it loads from now on is kept too.
      await self.clients.claim();
    })(),
  );
});

async function cacheFirst(request) {
  const cached = await caches.match(request, { cacheName: ASSETS });
  if (cached) return cached;
  const response = await fetch(request);
  await keep(ASSETS, request, response.clone());
  return response;
}

/** Marks an answer taken from the cache because the network failed, so the page can say so (src/api/server-status.ts). */
const OFFLINE_CACHE_HEADER = 'X-Served-From-Cache';

async function networkFirst(request, cacheName) {
  try {
    const response = await fetch(request);
    await keep(cacheName, request, response.clone());
    return response;
  } catch (error) {
    const cached = await caches.match(request, { cacheName });
    if (!cached) throw error;
    const headers = new Headers(cached.headers);
    headers.set(OFFLINE_CACHE_HEADER, '1');
    return new Response(cached.body, { status: cached.status, statusText: cached.statusText, headers });
  }
}

/** Each page as the server rendered it is kept; offline, that copy, else the home page (which renders any address). */
async function navigation(request) {
  try {
    const response = await fetch(request);
    if ((response.headers.get('Content-Type') ?? '').startsWith('text/html'))
      await keep(PAGES, request, response.clone());
    return response;
  } catch (error) {
    const cached =
      (await caches.match(request, { cacheName: PAGES })) ?? (await caches.match(SHELL_URL, { cacheName: SHELL }));
    if (!cached) throw error;
    // Marked, so the page can say that what it shows is a kept copy (src/entry-client.tsx).
    const html = (await cached.text()).replace('<html ', '<html data-kept-copy="1" ');
    return new Response(html, { status: cached.status, statusText: cached.statusText, headers: cached.headers });
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // A tab opened on the API itself is not the app.
    if (!url.pathname.startsWith('/api/')) event.respondWith(navigation(request));
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(cacheFirst(request));
  } else if (url.pathname === '/favicon.svg') {
    event.respondWith(networkFirst(request, ASSETS));
  } else if (url.pathname.startsWith('/api/v1/') && !request.headers.has('Authorization')) {
    event.respondWith(networkFirst(request, API));
  }
});

/**
 * The page lists what it loaded before this worker controlled it (the route's chunks, the
 * deck's data); they are fetched again, mostly from the HTTP cache, and kept.
 */
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'keep' || !Array.isArray(data.urls)) return;
  event.waitUntil(
    Promise.all(
      data.urls.map(async (href) => {
        const url = new URL(href, self.location.origin);
        if (url.origin !== self.location.origin) return;
        const cacheName = url.pathname.startsWith('/assets/')
          ? ASSETS
          : url.pathname.startsWith('/api/v1/')
            ? API
            : null;
        if (!cacheName) return;
        if (await caches.match(url.href, { cacheName })) return;
        try {
          await keep(cacheName, url.href, await fetch(url.href));
        } catch {
          // Offline already, or gone: nothing to keep.
        }
      }),
    ),
  );
});
