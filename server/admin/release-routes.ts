/**
 * `/api/v1/admin/releases…`: preview an upload, import it, read and choose the current release.
 * Mounted by routes.ts behind the guard.
 *
 * Concurrency (versions.ts): the version of the releases is that of the current release,
 * `versionOf({ currentReleaseId })`. The preview and `GET releases/current` answer it as ETag
 * (and `version`); an import and `PUT releases/current` need it in If-Match (428 without, 412
 * when another coordinator changed the current release in between), checked again inside the
 * write transaction.
 */
import { createHash } from 'node:crypto';
import { Hono, type Context, type Handler } from 'hono';
import { z } from 'zod';
import {
  currentReleaseRequestSchema,
  MAX_LISTED_PROBLEMS,
  MAX_RELEASE_UPLOAD_BYTES,
  releaseUploadQuerySchema,
  type CurrentReleaseState,
  type ReleaseImportResponse,
  type ReleasePreview,
} from '../../contract/index.ts';
import type { Db } from '../db/connection.ts';
import { readLimitedBody, readJsonBody } from '../http/body.ts';
import { HttpProblem } from '../http/problem.ts';
import { parseQuery } from '../http/query.ts';
import { importUpload, previewUpload, type Unconfirmed, type UploadOptions } from '../releases/import.ts';
import { describeProblem, type Rejected } from '../releases/problems.ts';
import { setCurrentRelease } from '../releases/insert.ts';
import { currentReleaseId, releaseSummaries, releaseSummary } from '../releases/store.ts';
import { oversizedProblem } from '../releases/upload.ts';
import type { AdminEnv } from './guard.ts';
import { json, type AdminRouteOptions } from './respond.ts';
import { auditRefusal } from './refusals.ts';
import { etag, requireVersion, versionOf, type Refusal } from './versions.ts';

const noParameters = z.strictObject({});

function uploadRejected({ problems, problemCount: count }: Rejected): HttpProblem {
  const first = problems[0];
  return new HttpProblem(
    422,
    `The file has ${count} problem${count === 1 ? '' : 's'}; nothing was stored.${first ? ` First: ${describeProblem(first)}` : ''}`,
    {
      type: '/api/v1/problems/invalid-release-file',
      title: 'The release file has problems',
      extra: { problems: problems.slice(0, MAX_LISTED_PROBLEMS), problemCount: count },
    },
  );
}

function unconfirmedWarnings({ warnings, warningCount: count }: Unconfirmed, comparedWith: string | null): HttpProblem {
  const first = warnings[0];
  return new HttpProblem(
    422,
    `The import would make ${count} large change${count === 1 ? '' : 's'} against the current release ${comparedWith ?? '(none)'} that ${count === 1 ? 'was' : 'were'} not confirmed; nothing was stored.${first ? ` First: ${first.message}.` : ''} Preview the file, read the warnings, and import it with confirmWarnings=<the preview's warningsHash>.`,
    {
      type: '/api/v1/problems/unconfirmed-warnings',
      title: 'Large changes not confirmed',
      extra: { warnings, warningCount: count },
    },
  );
}

const releasesVersion = (currentId: string | null) => versionOf({ currentReleaseId: currentId });

/** The current release as a versioned resource ("theirs" in a 412), without its version. */
function currentState(db: Db, currentId = currentReleaseId(db)): CurrentState {
  return { currentReleaseId: currentId, release: (currentId && releaseSummary(db, currentId)) || null };
}

type CurrentState = Omit<CurrentReleaseState, 'version'>;

/**
 * A release write whose If-Match check (428/412) runs inside its transaction: a 412 is
 * audited as `write.refused` after the rollback (refusals.ts), as the record writes are.
 * Before = theirs (the current release); after = yours: the version sent, the release it
 * belongs to and `request` (the file's name and SHA-256 for an import, never the file).
 */
function checkedReleaseWrite<T>(
  db: Db,
  c: Context,
  who: { actor: string; at: string },
  request: (yourReleaseId: string | null) => unknown,
  write: (check: (currentId: string | null) => void) => T,
): T {
  let refused: Refusal<CurrentState> | null = null;
  const check = (currentId: string | null) => {
    const current = currentState(db, currentId);
    const currentVersion = releasesVersion(currentId);
    requireVersion(c, {
      what: 'the current release',
      currentVersion,
      current,
      onConflict: (yourVersion) => (refused = { yourVersion, currentVersion, current }),
    });
  };
  try {
    return write(check);
  } catch (error) {
    const refusal = refused as Refusal<CurrentState> | null;
    if (refusal) {
      // The version names a current release id; the stored release (or none) it is the version of.
      const candidates: (string | null)[] = [null, ...releaseSummaries(db).map((r) => r.id)];
      const yours = candidates.find((id) => releasesVersion(id) === refusal.yourVersion);
      auditRefusal(
        db,
        c,
        {
          who,
          subject: 'releases/current',
          what: { sv: 'den aktuella utgåvan', en: 'the current release' },
          body: request(yours === undefined ? null : yours),
        },
        refusal,
      );
    }
    throw error;
  }
}

/** The upload's bytes, or a 422 for an oversized one before anything else is read. */
async function readUpload(
  c: Context<AdminEnv>,
  today: () => string,
): Promise<{ bytes: Uint8Array; options: UploadOptions; confirmWarnings: string | null }> {
  const query = parseQuery(c, releaseUploadQuerySchema);
  const body = await readLimitedBody(c, MAX_RELEASE_UPLOAD_BYTES);
  if (!body.ok)
    throw uploadRejected({
      ok: false,
      problems: [oversizedProblem(body.sizeBytes, body.limitBytes)],
      problemCount: 1,
    });
  return {
    bytes: body.bytes,
    options: {
      contentType: c.req.header('Content-Type') ?? null,
      fileName: query.fileName ?? null,
      published: query.published ?? null,
      today: today(),
    },
    confirmWarnings: query.confirmWarnings ?? null,
  };
}

/** POST /releases: the upload imported as the current release, if the release it was based on still is. */
function importRelease({ db, today, who }: AdminRouteOptions): Handler<AdminEnv> {
  return async (c) => {
    const { bytes, options: uploadOptions, confirmWarnings } = await readUpload(c, today);
    let comparedWith: string | null = null;
    const file = {
      fileName: uploadOptions.fileName,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      sizeBytes: bytes.byteLength,
    };
    const result = checkedReleaseWrite(
      db,
      c,
      who(c),
      (yours) => ({ comparedWith: yours, file }),
      (check) =>
        importUpload(db, bytes, {
          ...uploadOptions,
          ...who(c),
          confirmWarnings,
          checkCurrent: (currentId) => {
            comparedWith = currentId;
            check(currentId);
          },
        }),
    );
    if (!result.ok) throw 'unconfirmed' in result ? unconfirmedWarnings(result, comparedWith) : uploadRejected(result);
    const body: ReleaseImportResponse = { status: result.status, release: result.release, auditId: result.auditId };
    return json(body, result.status === 'created' ? 201 : 200, { ETag: etag(releasesVersion(currentReleaseId(db))) });
  };
}

export function releaseRoutes({ db, today, who }: AdminRouteOptions) {
  const app = new Hono<AdminEnv>();

  app.get('/releases/current', (c) => {
    parseQuery(c, noParameters);
    const state = currentState(db);
    const version = releasesVersion(state.currentReleaseId);
    return json({ ...state, version } satisfies CurrentReleaseState, 200, { ETag: etag(version) });
  });

  app.post('/releases/preview', async (c) => {
    const { bytes, options: uploadOptions } = await readUpload(c, today);
    const result = previewUpload(db, bytes, uploadOptions);
    if (!result.ok) throw uploadRejected(result);
    // The version of the release the preview compared with: an import based on it is refused once another is current.
    const version = releasesVersion(result.preview.comparedWith);
    return json({ ...result.preview, version } satisfies ReleasePreview, 200, { ETag: etag(version) });
  });

  app.post('/releases', importRelease({ db, today, who }));

  app.put('/releases/current', async (c) => {
    parseQuery(c, noParameters);
    const { releaseId } = await readJsonBody(c, currentReleaseRequestSchema);
    if (!releaseSummary(db, releaseId)) {
      throw new HttpProblem(404, `No stored release '${releaseId}'. GET /api/v1/releases lists the releases.`, {
        type: '/api/v1/problems/unknown-release',
        title: 'Unknown release',
        parameter: 'releaseId',
      });
    }
    const { auditId } = checkedReleaseWrite(
      db,
      c,
      who(c),
      (yours) => ({ currentReleaseId: yours, releaseId }),
      (check) => setCurrentRelease(db, releaseId, who(c), check),
    );
    return json({ release: releaseSummary(db, releaseId), auditId }, 200, {
      ETag: etag(releasesVersion(currentReleaseId(db))),
    });
  });

  return app;
}
