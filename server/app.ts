/**
 * The JSON API as a Hono app, without listening: tests call `app.request()`,
 * main.ts serves it with the built SPA.
 */
import { Hono, type ErrorHandler, type MiddlewareHandler } from 'hono';
import type { Db } from './db/connection.ts';
import { HttpProblem, problemResponse } from './http/problem.ts';
import { ReadModel } from './read-model.ts';
import { citiesRoutes } from './routes/cities.ts';
import { emissionsRoutes } from './routes/emissions.ts';
import { programmeRoutes } from './routes/programme.ts';
import { municipalitiesRoutes } from './routes/municipalities.ts';
import { DEFAULT_GEO_PATH, geoRoutes, readGeoFile } from './routes/geo.ts';
import { openApiDocument } from './routes/openapi.ts';
import { referenceRoutes } from './routes/reference.ts';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { jsonEntry, sendCachedJson } from './http/cache.ts';
import { parseQuery, shorten } from './http/query.ts';
import { adminRoutes, type AdminOptions } from './admin/routes.ts';
import type { FailureLimit, RateLimit } from './admin/rate-limit.ts';
import type { AdminToken } from './admin/tokens.ts';
import { releasesRoutes } from './routes/releases.ts';
import { peersRoutes } from './routes/peers.ts';
import { storageProblem, WriteHealth } from './db/storage.ts';
import type { TrustedProxies } from './http/client-address.ts';

export interface AppOptions {
  db: Db;
  /** Today's date in Sweden (`YYYY-MM-DD`); injectable for tests. */
  today?: () => string;
  version?: string;
  /** Logs unexpected errors; silent in tests. */
  logError?: (error: unknown) => void;
  /** The map's län outlines (TopoJSON), read once here; default data/geo/lan.topo.json. */
  geoPath?: string;
  /** Tokens for `/api/v1/admin` (from ADMIN_TOKENS); none means writes are refused with 403. */
  adminTokens?: readonly AdminToken[];
  /** The audit log's clock; injectable for tests. */
  now?: () => Date;
  /** Limits of the admin API (failed sign-ins per address and per credential, writes per token); defaults in admin/rate-limit.ts. */
  rateLimits?: { failedAuth?: FailureLimit; writes?: RateLimit; nowMs?: () => number };
  /** Reverse proxies whose X-Forwarded-For names the client (TRUSTED_PROXIES); none by default. */
  trustedProxies?: TrustedProxies;
}

const READ_ENDPOINTS = [
  '/api/v1/health',
  '/api/v1/cities',
  '/api/v1/emissions',
  '/api/v1/sectors',
  '/api/v1/contracts',
  '/api/v1/standings',
  '/api/v1/cities/{id}/peers',
  '/api/v1/sectors/changes',
  '/api/v1/releases',
  '/api/v1/geo/lan',
  '/api/v1/openapi.json',
  '/api/v1/admin/…',
];

/** The admin API has its own methods and guard; everything else is read-only. A write that went through clears the last storage failure. */
function readOnlyOutsideAdmin(writeHealth: WriteHealth): MiddlewareHandler {
  return async (c, next) => {
    const admin = c.req.path === '/api/v1/admin' || c.req.path.startsWith('/api/v1/admin/');
    const write = c.req.method !== 'GET' && c.req.method !== 'HEAD';
    if (!admin && write) {
      throw new HttpProblem(
        405,
        `${c.req.method} is not allowed here; the read API answers GET and HEAD (writes are under /api/v1/admin).`,
        {
          headers: { Allow: 'GET, HEAD' },
        },
      );
    }
    await next();
    // A write that went through: an earlier storage failure no longer describes the disk.
    if (admin && write && !c.req.path.endsWith('/preview') && c.res.status < 300) writeHealth.succeeded();
  };
}

function adminOptions(
  { db, adminTokens = [], now, rateLimits = {}, trustedProxies }: AppOptions,
  today: () => string,
): AdminOptions {
  return {
    db,
    today,
    tokens: adminTokens,
    ...(now ? { now } : {}),
    ...(rateLimits.failedAuth ? { failedAuthLimit: rateLimits.failedAuth } : {}),
    ...(rateLimits.writes ? { writeLimit: rateLimits.writes } : {}),
    ...(rateLimits.nowMs ? { nowMs: rateLimits.nowMs } : {}),
    ...(trustedProxies ? { trustedProxies } : {}),
  };
}

/** Problems answer as themselves; a full or read-only disk as 507 or 503 saying so (health reports it until a write succeeds); anything else as a logged 500. */
function errorHandler(writeHealth: WriteHealth, logError: (error: unknown) => void): ErrorHandler {
  return (error, c) => {
    if (error instanceof HttpProblem) return problemResponse(c, error);
    if (error instanceof HTTPException)
      return problemResponse(c, new HttpProblem(error.status, error.message || 'The request could not be handled.'));
    const storage = storageProblem(error);
    if (storage) {
      logError(error);
      writeHealth.failed(storage);
      return problemResponse(c, storage);
    }
    logError(error);
    return problemResponse(
      c,
      new HttpProblem(500, 'The server failed to answer this request. The failure has been logged.'),
    );
  };
}

export function createApp(options: AppOptions) {
  const { db, today, version = '0.1.0', logError = console.error, geoPath = DEFAULT_GEO_PATH } = options;
  const read = new ReadModel(db, today);
  const geo = readGeoFile(geoPath);
  const app = new Hono();
  const openapi = jsonEntry(openApiDocument(version));
  const writeHealth = new WriteHealth(db);

  app.use('/api/*', readOnlyOutsideAdmin(writeHealth));

  app.route(
    '/api/v1',
    referenceRoutes(read, version, () => writeHealth.status()),
  );
  app.route('/api/v1', peersRoutes(read));
  app.route('/api/v1/cities', citiesRoutes(read));
  app.route('/api/v1/emissions', emissionsRoutes(read));
  app.route('/api/v1/programme', programmeRoutes(read));
  app.route('/api/v1/municipalities', municipalitiesRoutes(read));
  app.route('/api/v1/geo', geoRoutes(geo));
  app.route('/api/v1/releases', releasesRoutes(read));
  app.route('/api/v1/admin', adminRoutes(adminOptions(options, read.today)));
  app.get('/api/v1/openapi.json', (c) => {
    parseQuery(c, z.strictObject({}));
    return sendCachedJson(c, openapi);
  });

  app.all('/api/*', (c) => {
    throw new HttpProblem(404, `No API resource at ${shorten(c.req.path)}. Resources: ${READ_ENDPOINTS.join(', ')}.`);
  });

  app.onError(errorHandler(writeHealth, logError));
  app.notFound((c) => problemResponse(c, new HttpProblem(404, `Nothing at ${shorten(c.req.path)}.`)));

  return app;
}
