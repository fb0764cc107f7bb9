/**
 * `/api/v1/admin`: the coordinators' write API (contract/admin.ts). Every request passes
 * the guard (token, rate limit); every write is one transaction with its audit entry and
 * the revision bump, so readers see all of it or none of it. The resources live in
 * release-routes.ts (uploads, the current release) and record-routes.ts (signings,
 * targets, contract versions, audit). Writes of records are conditional (If-Match, versions.ts).
 */
import { Hono, type Context } from 'hono';
import type { AdminSessionResponse } from '../../contract/index.ts';
import type { Db } from '../db/connection.ts';
import { HttpProblem } from '../http/problem.ts';
import { adminGuard, type AdminEnv, type GuardOptions } from './guard.ts';
import { recordRoutes } from './record-routes.ts';
import { releaseRoutes } from './release-routes.ts';
import { json } from './respond.ts';

export interface AdminOptions extends GuardOptions {
  db: Db;
  today: () => string;
  /** The clock of the audit log; injectable for tests. */
  now?: () => Date;
}

/** The methods each admin path answers, for 405s that say what is allowed. */
const ALLOWED: [RegExp, string][] = [
  [/^\/session$/, 'GET, HEAD'],
  [/^\/releases\/preview$/, 'POST'],
  [/^\/releases$/, 'POST'],
  [/^\/releases\/current$/, 'GET, HEAD, PUT'],
  [/^\/signings$/, 'PUT'],
  [/^\/signings\/[^/]+\/[^/]+\/[^/]+$/, 'DELETE'],
  [/^\/cities\/[^/]+\/targets$/, 'GET, HEAD, PUT'],
  [/^\/cities\/[^/]+\/signings$/, 'GET, HEAD'],
  [/^\/contract-versions\/[^/]+$/, 'GET, HEAD, DELETE'],
  [/^\/audit$/, 'GET, HEAD'],
];

const RESOURCES =
  'GET session, POST releases/preview, POST releases, GET|PUT releases/current, GET|PUT cities/{id}/targets, GET cities/{id}/signings, PUT signings, ' +
  'DELETE signings/{cityId}/{versionId}/{kind}, GET|DELETE contract-versions/{versionId}, GET audit';

export function adminRoutes(options: AdminOptions) {
  const { db, today } = options;
  const now = options.now ?? (() => new Date());
  const app = new Hono<AdminEnv>();
  app.use('*', adminGuard(options));

  const who = (c: Context<AdminEnv>) => ({ actor: c.get('adminName'), at: now().toISOString() });

  app.get('/session', (c) => json({ name: c.get('adminName') } satisfies AdminSessionResponse));
  app.route('/', releaseRoutes({ db, today, who }));
  app.route('/', recordRoutes({ db, today, who }));

  app.all('*', (c) => {
    const path = c.req.path.replace(/^\/api\/v1\/admin/, '');
    const allowed = ALLOWED.find(([pattern]) => pattern.test(path))?.[1];
    if (allowed)
      throw new HttpProblem(405, `${c.req.method} is not allowed here; this resource answers ${allowed}.`, {
        headers: { Allow: allowed },
      });
    throw new HttpProblem(
      404,
      `No admin resource at ${c.req.path.slice(0, 80)}. Resources under /api/v1/admin: ${RESOURCES}.`,
    );
  });
  return app;
}
