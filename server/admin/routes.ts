/**
 * `/api/v1/admin`: the coordinators' write API (contract/admin.ts). Every request passes
 * the guard (token, rate limit); every write is one transaction with its audit entry and
 * the revision bump, so readers see all of it or none of it.
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import {
  auditQuerySchema,
  currentReleaseRequestSchema,
  MAX_LISTED_PROBLEMS,
  MAX_RELEASE_UPLOAD_BYTES,
  releaseUploadQuerySchema,
  signingRequestSchema,
  targetsRequestSchema,
  type AdminSessionResponse,
  type AuditResponse,
  type ImportProblem,
  type ReleaseImportResponse,
} from '../../contract/index.ts';
import { listAudit } from '../db/audit.ts';
import type { Db } from '../db/open.ts';
import { readJsonBody, readLimitedBody } from '../http/body.ts';
import { HttpProblem } from '../http/problem.ts';
import { parseQuery } from '../http/query.ts';
import { describeProblem } from '../releases/problems.ts';
import { importUpload, previewUpload, type UploadOptions } from '../releases/import.ts';
import { releaseSummary, setCurrentRelease } from '../releases/store.ts';
import { oversizedProblem } from '../releases/upload.ts';
import { adminGuard, type AdminEnv, type GuardOptions } from './guard.ts';
import { recordSigning } from './signings.ts';
import { replaceTargets } from './targets.ts';

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
  [/^\/releases\/current$/, 'PUT'],
  [/^\/signings$/, 'PUT'],
  [/^\/cities\/[^/]+\/targets$/, 'PUT'],
  [/^\/audit$/, 'GET, HEAD'],
];

const RESOURCES = 'GET session, POST releases/preview, POST releases, PUT releases/current, PUT signings, PUT cities/{id}/targets, GET audit';

const noParameters = z.strictObject({});

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' } });

function uploadRejected(problems: ImportProblem[]): HttpProblem {
  const first = problems[0];
  const count = problems.length;
  return new HttpProblem(422, `The file has ${count} problem${count === 1 ? '' : 's'}; nothing was stored.${first ? ` First: ${describeProblem(first)}` : ''}`, {
    type: '/api/v1/problems/invalid-release-file',
    title: 'The release file has problems',
    extra: { problems: problems.slice(0, MAX_LISTED_PROBLEMS), problemCount: count },
  });
}

export function adminRoutes(options: AdminOptions) {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  const app = new Hono<AdminEnv>();
  app.use('*', adminGuard(options));

  const who = (c: Context<AdminEnv>) => ({ actor: c.get('adminName'), at: now().toISOString() });

  /** The upload's bytes, or a 422 for an oversized one before anything else is read. */
  async function upload(c: Context<AdminEnv>): Promise<{ bytes: Uint8Array; options: UploadOptions }> {
    const query = parseQuery(c, releaseUploadQuerySchema);
    const body = await readLimitedBody(c, MAX_RELEASE_UPLOAD_BYTES);
    if (!body.ok) throw uploadRejected([oversizedProblem(body.sizeBytes)]);
    return {
      bytes: body.bytes,
      options: { contentType: c.req.header('Content-Type') ?? null, fileName: query.fileName ?? null, published: query.published ?? null, today: options.today() },
    };
  }

  app.get('/session', (c) => json({ name: c.get('adminName') } satisfies AdminSessionResponse));

  app.post('/releases/preview', async (c) => {
    const { bytes, options: uploadOptions } = await upload(c);
    const result = previewUpload(db, bytes, uploadOptions);
    if (!result.ok) throw uploadRejected(result.problems);
    return json(result.preview);
  });

  app.post('/releases', async (c) => {
    const { bytes, options: uploadOptions } = await upload(c);
    const result = importUpload(db, bytes, { ...uploadOptions, ...who(c) });
    if (!result.ok) throw uploadRejected(result.problems);
    const body: ReleaseImportResponse = { status: result.status, release: result.release, auditId: result.auditId };
    return json(body, result.status === 'created' ? 201 : 200);
  });

  app.put('/releases/current', async (c) => {
    parseQuery(c, noParameters);
    const { releaseId } = await readJsonBody(c, currentReleaseRequestSchema);
    if (!releaseSummary(db, releaseId)) {
      throw new HttpProblem(404, `No stored release '${releaseId}'. GET /api/v1/releases lists the releases.`, { type: '/api/v1/problems/unknown-release', title: 'Unknown release', parameter: 'releaseId' });
    }
    const { auditId } = setCurrentRelease(db, releaseId, who(c));
    return json({ release: releaseSummary(db, releaseId), auditId });
  });

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

  app.all('*', (c) => {
    const path = c.req.path.replace(/^\/api\/v1\/admin/, '');
    const allowed = ALLOWED.find(([pattern]) => pattern.test(path))?.[1];
    if (allowed) throw new HttpProblem(405, `${c.req.method} is not allowed here; this resource answers ${allowed}.`, { headers: { Allow: allowed } });
    throw new HttpProblem(404, `No admin resource at ${c.req.path.slice(0, 80)}. Resources under /api/v1/admin: ${RESOURCES}.`);
  });
  return app;
}
