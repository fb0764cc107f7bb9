/**
 * The whole site: the API plus the built SPA from one process. Hashed assets are
 * cached for a year; every other path that is not a file gets index.html, so
 * client-side routes such as /cities/malmo load on reload.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { createApp, type AppOptions } from './app.ts';

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
 * Only the embeds (/embed/…) may be framed, by any site; every other answer (pages, API,
 * files) forbids framing, against clickjacking. The SPA's index.html is the same file for
 * every route, so the header follows the request's path.
 */
function setFramePolicy(headers: Headers, path: string): void {
  const embeddable = path.startsWith('/embed/');
  headers.set('Content-Security-Policy', withCspDirective(headers.get('Content-Security-Policy'), embeddable ? 'frame-ancestors *' : "frame-ancestors 'none'"));
  if (embeddable) headers.delete('X-Frame-Options');
  else headers.set('X-Frame-Options', 'DENY');
}

export function createSite(options: AppOptions & { distDir: string }) {
  const site = new Hono();
  site.use('*', async (c, next) => {
    await next();
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    c.res.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
    setFramePolicy(c.res.headers, c.req.path);
  });
  site.route('/', createApp(options));

  const indexPath = join(options.distDir, 'index.html');
  const root = relative(process.cwd(), options.distDir) || '.';
  site.use(
    '/assets/*',
    serveStatic({ root, onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable') }),
  );
  site.use('*', serveStatic({ root, onFound: (_path, c) => c.header('Cache-Control', 'public, no-cache') }));
  site.get('*', (c) => {
    if (!existsSync(indexPath)) return c.text('The dashboard has not been built: run `npm run build` (npm start does it for you).', 503);
    return c.html(readFileSync(indexPath, 'utf8'), 200, { 'Cache-Control': 'no-cache' });
  });
  return site;
}
