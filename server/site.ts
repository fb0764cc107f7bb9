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

export function createSite(options: AppOptions & { distDir: string }) {
  const site = new Hono();
  site.use('*', async (c, next) => {
    await next();
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    c.res.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
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
