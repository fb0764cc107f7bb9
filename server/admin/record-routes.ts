/**
 * `/api/v1/admin/signings`, `/cities/:id/targets` and `/audit`: the programme's records
 * (who signed when, which targets) and the log of every write. Mounted by routes.ts behind the guard.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { auditQuerySchema, signingRequestSchema, targetsRequestSchema, type AuditResponse } from '../../contract/index.ts';
import { listAudit } from '../db/audit.ts';
import { readJsonBody } from '../http/body.ts';
import { parseQuery } from '../http/query.ts';
import type { AdminEnv } from './guard.ts';
import { json, type AdminRouteOptions } from './respond.ts';
import { recordSigning } from './signings.ts';
import { replaceTargets } from './targets.ts';

const noParameters = z.strictObject({});

export function recordRoutes({ db, who }: AdminRouteOptions) {
  const app = new Hono<AdminEnv>();

  app.put('/signings', async (c) => {
    parseQuery(c, noParameters);
    const input = await readJsonBody(c, signingRequestSchema);
    return json(recordSigning(db, input, who(c)));
  });

  app.put('/cities/:id/targets', async (c) => {
    parseQuery(c, noParameters);
    const input = await readJsonBody(c, targetsRequestSchema);
    return json(replaceTargets(db, c.req.param('id'), input, who(c)));
  });

  app.get('/audit', (c) => {
    const query = parseQuery(c, auditQuerySchema);
    return json(listAudit(db, query.limit ?? 50, query.before) satisfies AuditResponse);
  });

  return app;
}
