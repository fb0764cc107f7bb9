/**
 * Service worker: the dashboard keeps working offline once it has been loaded (a presenter
 * opens the deck at home, the hall's network fails). Registered only in production builds
 * (src/lib/register-service-worker.ts).
 *
 *   /assets/*      cache first: file names carry a content hash, so a cached file never goes stale.
 *   navigations    network first; offline, the cached app shell (/index.html) answers every route.
 *   GET /api/v1/*  network first; offline, the last good answer for the same URL, marked with
 *                  X-Served-From-Cache so the page can say the server is not answering.
 *
 * Only GET answers with status 200 from our own origin are stored; API requests that carry
 * credentials (an Authorization header) are never stored. Bump VERSION when these rules
 * change: activation deletes every cache of an older version.
 */
const VERSION = 'v1';
const PREFIX = 'ks-';
const SHELL = `${PREFIX}shell-${VERSION}`;
const ASSETS = `${PREFIX}assets-${VERSION}`;
const API = `${PREFIX}api-${VERSION}`;
const SHELL_URL = '/index.html';

/** Same-origin files the shell references: `src="/assets/…"`, `href="/…"`. */
function shellReferences(html) {
  const urls = new Set();
  for (const match of html.matchAll(/(?:src|href)="(\/[^"]+)"/g)) urls.add(match[1]);
  return [...urls];
}

/** Stores a response when it is worth keeping: a complete, same-origin 200. */
async function keep(cacheName, request, response) {
  if (response.status !== 200 || response.type !== 'basic') return;
  const cache = await caches.open(cacheName);
  await cache.put(request, response);
}

async function precacheShell() {
  const response = await fetch('/', { cache: 'no-cache' });
  if (response.status !== 200) return;
  const html = await response.clone().text();
  await keep(SHELL, SHELL_URL, response);
  const assets = await caches.open(ASSETS);
  // One missing file must not fail the install: the rest still work offline.
  await Promise.all(shellReferences(html).map((url) => assets.add(url).catch(() => undefined)));
}

self.addEventListener('install', (event) => {
  event.waitUntil(precacheShell().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith(PREFIX) && !name.endsWith(`-${VERSION}`)).map((name) => caches.delete(name)));
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

/** Every route of the SPA is the same index.html: the newest one is kept as the offline shell. */
async function navigation(request) {
  try {
    const response = await fetch(request);
    if ((response.headers.get('Content-Type') ?? '').startsWith('text/html')) await keep(SHELL, SHELL_URL, response.clone());
    return response;
  } catch (error) {
    const cached = await caches.match(SHELL_URL, { cacheName: SHELL });
    if (cached) return cached;
    throw error;
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
        const cacheName = url.pathname.startsWith('/assets/') ? ASSETS : url.pathname.startsWith('/api/v1/') ? API : null;
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
