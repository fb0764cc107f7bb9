/**
 * The whole site: the API plus the built SPA from one process. Hashed assets are
 * cached for a year, and a missing one is a 404 (an HTML page in its place would only
 * fail to parse as a script or style sheet); every other path that is not a file is a
 * page, rendered on the server, so client-side routes such as /cities/malmo load on reload.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Hono, type Context, type Handler, type MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';
import { serveStatic } from '@hono/node-server/serve-static';
import { createApp, type AppOptions } from './app.ts';
import { HttpProblem, problemResponse } from './http/problem.ts';
import { loadPageRenderer, type PageRenderer } from './render/pages.ts';
export { parseCorsOrigins } from './http/cors.ts';

/**
 * Adds `directive` to a Content-Security-Policy value, replacing a directive of the same name,
 * so a fuller policy set elsewhere keeps its other directives.
 */
export function withCspDirective(policy: string | null, directive: string): string {
  const name = directive.split(/\s+/)[0]?.toLowerCase() ?? '';
  const kept = (policy ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '' && part.split(/\s+/)[0]?.toLowerCase() !== name);
  return [...kept, directive].join('; ');
}

/**
 * The policy every answer carries (the frame-ancestors directive is added per path below).
 * No inline or eval'd script anywhere: pages load only files from /assets/, and the server's
 * query cache travels in a JSON data block, which is never executed (src/lib/page-data.ts).
 * Style sheets come only from 'self'; style *attributes* are allowed (style-src-attr): a
 * server-rendered page carries the style="" attributes React and recharts write (a chart's
 * size, a bar's width), which the browser would otherwise refuse to apply. Script cannot run
 * from a style attribute. tests/e2e/csp.spec.ts checks that no route and no PNG export logs a
 * violation. img-src allows data: and blob: because the
 * PNG export draws the chart's SVG into a canvas through such a URL.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Browser features no page of the dashboard uses are switched off for it and for anything it
 * frames, so an injected script or a compromised embed cannot ask for them. Fullscreen (the
 * presenter) and the clipboard (copy link, embed code) keep their default: this origin only.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'encrypted-media=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'picture-in-picture=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ');

/** Paths that name a file by its extension; no page of the dashboard has one. */
const FILE_LIKE = /\.(js|mjs|cjs|css|map|json|webmanifest|svg|png|jpe?g|gif|webp|ico|txt|xml|wasm|woff2?|br|gz)$/i;

/** Request bodies outside the admin API (which reads its own, with its own limits) are refused above this size. */
export const MAX_SITE_BODY_BYTES = 64 * 1024;

/**
 * Only the embeds (/embed/…) may be framed, by any site; every other answer (pages, API,
 * files) forbids framing, against clickjacking. The SPA's index.html is the same file for
 * every route, so the header follows the request's path.
 */
function setFramePolicy(headers: Headers, path: string): void {
  const embeddable = path.startsWith('/embed/');
  headers.set(
    'Content-Security-Policy',
    withCspDirective(CONTENT_SECURITY_POLICY, embeddable ? 'frame-ancestors *' : "frame-ancestors 'none'"),
  );
  if (embeddable) headers.delete('X-Frame-Options');
  else headers.set('X-Frame-Options', 'DENY');
}

/**
 * Cross-origin reads: only an origin on the allow-list gets `Access-Control-Allow-Origin`,
 * and only for GET/HEAD of the read API. The admin API is never opened to other origins.
 * A preflight from any other origin is answered 204 with no permission, so the browser refuses.
 */
function corsHeaders(origin: string | undefined, path: string, allowed: ReadonlySet<string>): Record<string, string> {
  const readApi = path.startsWith('/api/') && !path.startsWith('/api/v1/admin');
  if (!origin || !readApi || !allowed.has(origin)) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Methods': 'GET, HEAD',
    'Access-Control-Max-Age': '600',
    'Access-Control-Expose-Headers': 'ETag',
  };
}

/**
 * Sets Cache-Control on what a static handler found. (Its onFound hook runs after the body
 * is made, which app.request() does not carry over, so the header is set on the response.)
 */
function withCacheControl(handler: MiddlewareHandler, cacheControl: string): MiddlewareHandler {
  return async (c, next) => {
    const found = await handler(c, next);
    if (found instanceof Response) found.headers.set('Cache-Control', cacheControl);
    return found;
  };
}

export interface SiteOptions extends AppOptions {
  distDir: string;
  corsOrigins?: ReadonlySet<string>;
  /**
   * Render pages on the server (default). False (`SSR=off`) serves every page as the bare shell,
   * rendered in the browser alone: the baseline `npm run bench` measures server rendering against.
   */
  serverRender?: boolean;
}

/** Every answer's security headers; CORS for the read API; a declared body too large refused before anything reads it. */
function siteHeaders(corsOrigins: ReadonlySet<string>): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('Origin');
    const cors = corsHeaders(origin, c.req.path, corsOrigins);
    const isAdmin = c.req.path.startsWith('/api/v1/admin');
    const declared = c.req.header('Content-Length');
    if (c.req.method === 'OPTIONS' && c.req.header('Access-Control-Request-Method')) {
      c.res = new Response(null, { status: 204, headers: { ...cors, Vary: 'Origin' } });
    } else if (!isAdmin && declared !== undefined && /^\d+$/.test(declared) && Number(declared) > MAX_SITE_BODY_BYTES) {
      // The admin API reads its bodies with its own limits (server/http/body.ts); nothing else reads one at all.
      c.res = problemResponse(c, new HttpProblem(413, `The request body is larger than ${MAX_SITE_BODY_BYTES} bytes.`));
    } else {
      await next();
      for (const [name, value] of Object.entries(cors)) c.res.headers.set(name, value);
      if (c.req.path.startsWith('/api/')) c.res.headers.append('Vary', 'Origin');
    }
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    c.res.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
    c.res.headers.set('Permissions-Policy', PERMISSIONS_POLICY);
    setFramePolicy(c.res.headers, c.req.path);
  };
}

/** A file under /assets/ that this build does not have. */
function missingAsset(c: Context): Response {
  // Not in this build: a page of an earlier build may still name it, and reloading fetches the current one.
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD')
    return problemResponse(
      c,
      new HttpProblem(405, `${c.req.method} is not allowed here; files answer GET and HEAD.`, {
        headers: { Allow: 'GET, HEAD' },
      }),
    );
  return problemResponse(
    c,
    new HttpProblem(
      404,
      `No file ${c.req.path.slice(0, 120)} in this build of the dashboard. A page loaded before an update may name files that are gone: reload it.`,
    ),
  );
}

/** A page: server-rendered when `renderer` gives one, else the shell; an API address or a file nobody answered is a 404. */
function pageHandler(indexPath: string, renderer: (() => Promise<PageRenderer | null>) | null): Handler {
  return async (c) => {
    if (!existsSync(indexPath))
      return c.text('The dashboard has not been built: run `npm run build` (npm start does it for you).', 503);
    // An API address nobody answered is the API's 404, never a page.
    if (c.req.path.startsWith('/api/')) return problemResponse(c, new HttpProblem(404, 'Nothing here.'));
    // A file the build does not have (a source map, MSW's worker, a favicon) is a 404, never a page in its place.
    if (FILE_LIKE.test(c.req.path))
      return problemResponse(
        c,
        new HttpProblem(404, `No file ${c.req.path.slice(0, 120)} in this build of the dashboard.`),
      );
    const render = renderer && (await renderer());
    if (render) {
      const page = await render.render(new URL(c.req.url));
      return c.html(page.html, page.status as 200, { 'Cache-Control': 'no-cache' });
    }
    return c.html(readFileSync(indexPath, 'utf8'), 200, { 'Cache-Control': 'no-cache' });
  };
}

export function createSite(options: SiteOptions) {
  const site = new Hono();
  const corsOrigins = options.corsOrigins ?? new Set<string>();
  site.use('*', siteHeaders(corsOrigins));
  const api = createApp(options);
  site.route('/', api);
  const logError = options.logError ?? console.error;
  // Loaded on the first page asked for; null when the build has no server entry (the shell is served then).
  let renderer: Promise<PageRenderer | null> | undefined;
  const pageRenderer = () =>
    (renderer ??= loadPageRenderer(options.distDir, async (url, init) => api.request(url, init), logError).catch(
      (error: unknown) => {
        logError(error);
        return null;
      },
    ));

  const indexPath = join(options.distDir, 'index.html');
  const root = relative(process.cwd(), options.distDir) || '.';
  // `precompressed`: the build writes .br and .gz beside each text file (scripts/vite/precompress.ts); the
  // client's Accept-Encoding picks one, so nothing is compressed per request.
  site.use(
    '/assets/*',
    withCacheControl(serveStatic({ root, precompressed: true }), 'public, max-age=31536000, immutable'),
  );
  site.all('/assets/*', missingAsset);
  const files = withCacheControl(serveStatic({ root, precompressed: true }), 'public, no-cache');
  const serveFile: MiddlewareHandler = async (c, next) => {
    const path = c.req.path;
    // Pages are rendered below, never the shell file itself; the server's own bundle and the build manifest are not for the web.
    if (path.endsWith('/') || path === '/index.html' || path.startsWith('/server/') || path.startsWith('/.vite/'))
      return next();
    return files(c, next);
  };
  site.use('*', serveFile);
  // A server-rendered page is tens of kilobytes of HTML and data: compressed on the way (hono/compress), as the built files are ahead of time.
  site.get('*', compress(), pageHandler(indexPath, options.serverRender === false ? null : pageRenderer));
  // Pages are only read: any other method on them is a 405, answered like every other error.
  site.notFound((c) =>
    problemResponse(
      c,
      c.req.method === 'GET' || c.req.method === 'HEAD'
        ? new HttpProblem(404, 'Nothing here.')
        : new HttpProblem(405, `${c.req.method} is not allowed here; pages answer GET and HEAD.`, {
            headers: { Allow: 'GET, HEAD' },
          }),
    ),
  );
  site.onError((error, c) => {
    (options.logError ?? console.error)(error);
    return problemResponse(
      c,
      new HttpProblem(500, 'The server failed to answer this request. The failure has been logged.'),
    );
  });
  return site;
}
