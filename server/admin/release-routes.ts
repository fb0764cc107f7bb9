/**
 * `/api/v1/admin/releases…`: preview an upload, import it, choose the current release.
 * Mounted by routes.ts behind the guard.
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import {
  currentReleaseRequestSchema,
  MAX_LISTED_PROBLEMS,
  MAX_RELEASE_UPLOAD_BYTES,
  releaseUploadQuerySchema,
  type ImportProblem,
  type ReleaseImportResponse,
} from '../../contract/index.ts';
import { readLimitedBody, readJsonBody } from '../http/body.ts';
import { HttpProblem } from '../http/problem.ts';
import { parseQuery } from '../http/query.ts';
import { describeProblem } from '../releases/problems.ts';
import { importUpload, previewUpload, type UploadOptions } from '../releases/import.ts';
import { releaseSummary, setCurrentRelease } from '../releases/store.ts';
import { oversizedProblem } from '../releases/upload.ts';
import type { AdminEnv } from './guard.ts';
import { json, type AdminRouteOptions } from './respond.ts';

const noParameters = z.strictObject({});

function uploadRejected(problems: ImportProblem[]): HttpProblem {
  const first = problems[0];
  const count = problems.length;
  return new HttpProblem(422, `The file has ${count} problem${count === 1 ? '' : 's'}; nothing was stored.${first ? ` First: ${describeProblem(first)}` : ''}`, {
    type: '/api/v1/problems/invalid-release-file',
    title: 'The release file has problems',
    extra: { problems: problems.slice(0, MAX_LISTED_PROBLEMS), problemCount: count },
  });
}

export function releaseRoutes({ db, today, who }: AdminRouteOptions) {
  const app = new Hono<AdminEnv>();

  /** The upload's bytes, or a 422 for an oversized one before anything else is read. */
  async function upload(c: Context<AdminEnv>): Promise<{ bytes: Uint8Array; options: UploadOptions }> {
    const query = parseQuery(c, releaseUploadQuerySchema);
    const body = await readLimitedBody(c, MAX_RELEASE_UPLOAD_BYTES);
    if (!body.ok) throw uploadRejected([oversizedProblem(body.sizeBytes)]);
    return {
      bytes: body.bytes,
      options: { contentType: c.req.header('Content-Type') ?? null, fileName: query.fileName ?? null, published: query.published ?? null, today: today() },
    };
  }

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

  return app;
}
