/**
 * Optimistic concurrency on the release writes (versions.ts): the version of the releases is
 * that of the current release. The preview and GET releases/current answer it (ETag and
 * `version`); an import and PUT releases/current need it in If-Match: 428 without, 412 when
 * another coordinator changed the current release in between, checked inside the write.
 */
import { describe, expect, it } from 'vitest';
import { currentReleaseStateSchema, releasePreviewSchema, releasesResponseSchema } from '../../contract/index.ts';
import { expectProblem, getJson, testDataset } from '../test-helpers.ts';
import { createHash } from 'node:crypto';
import { refusalOnlyAudited } from './record-test-support.ts';
import { AUTH, createAdminApp, fingerprint, postRelease, smhiCsvFromDataset } from './test-support.ts';

type App = ReturnType<typeof createAdminApp>['app'];
const changed = (add: number) =>
  smhiCsvFromDataset(testDataset(), {
    change: (c, y, s, t) => (c === 'lund' && y === 2024 && s === 'waste' ? t + add : t),
  });
const current = async (app: App) => {
  const result = await getJson(app, '/api/v1/admin/releases/current', { headers: AUTH });
  expect(result.status, result.text).toBe(200);
  const body = currentReleaseStateSchema.parse(result.body);
  expect(result.headers.get('etag')).toBe(`"${body.version}"`);
  return body;
};
const previewOf = async (app: App, body: string) => {
  const result = await postRelease(app, body, '/api/v1/admin/releases/preview');
  const preview = releasePreviewSchema.parse(result.body);
  expect(result.headers.get('etag')).toBe(`"${preview.version}"`);
  return preview;
};
const importWith = (app: App, body: string, version: string | null) =>
  postRelease(app, body, '/api/v1/admin/releases', version === null ? {} : { 'If-Match': `"${version}"` });
/** The members of a 412 (server/admin/versions.ts). */
const conflictOf = (problem: unknown) => problem as { yourVersion: string; currentVersion: string; current: unknown };
const makeCurrent = (app: App, releaseId: string, version: string | null) =>
  getJson(app, '/api/v1/admin/releases/current', {
    method: 'PUT',
    headers: {
      ...AUTH,
      'Content-Type': 'application/json',
      ...(version === null ? {} : { 'If-Match': `"${version}"` }),
    },
    body: JSON.stringify({ releaseId }),
  });

describe('the version of the current release', () => {
  it('GET releases/current and the preview answer the same version, as ETag and in the body', async () => {
    const { app } = createAdminApp();
    const state = await current(app);
    expect(state).toMatchObject({ currentReleaseId: 'smhi-thru2024', release: { id: 'smhi-thru2024', current: true } });
    expect((await previewOf(app, changed(1))).version).toBe(state.version);
  });
});

describe('POST /api/v1/admin/releases', () => {
  it('without If-Match: 428 naming the current version, nothing written', async () => {
    const { app, db } = createAdminApp();
    const before = fingerprint(db);
    const result = await importWith(app, changed(1), null);
    expectProblem(result, 428);
    expect(result.body).toMatchObject({
      type: '/api/v1/problems/version-required',
      currentVersion: (await current(app)).version,
    });
    expect(fingerprint(db)).toEqual(before);
  });

  it('after someone else imported: 412 naming both versions and their release, nothing written', async () => {
    const { app, db } = createAdminApp();
    const mine = await previewOf(app, changed(1));
    const theirs = await previewOf(app, changed(2));
    expect((await importWith(app, changed(2), theirs.version)).status).toBe(201);
    const before = fingerprint(db);
    const result = await importWith(app, changed(1), mine.version);
    expectProblem(result, 412);
    const problem = conflictOf(result.body);
    expect(problem).toMatchObject({ yourVersion: mine.version, currentVersion: (await current(app)).version });
    expect(problem.current).toMatchObject({
      currentReleaseId: 'smhi-thru2024-2',
      release: { id: 'smhi-thru2024-2', importedBy: 'alice' },
    });
    expect(result.headers.get('etag')).toBe(`"${problem.currentVersion}"`);
    // Nothing written but the refusal's audit entry, recorded after the import's rollback.
    const entry = await refusalOnlyAudited(app, db, before);
    expect(entry).toMatchObject({
      action: 'write.refused',
      subject: 'releases/current',
      before: {
        version: problem.currentVersion,
        state: { currentReleaseId: 'smhi-thru2024-2', release: { id: 'smhi-thru2024-2', label: expect.anything() } },
      },
      after: {
        version: mine.version,
        request: 'POST /api/v1/admin/releases',
        body: {
          comparedWith: 'smhi-thru2024',
          file: {
            fileName: null,
            sha256: createHash('sha256').update(changed(1)).digest('hex'),
            sizeBytes: Buffer.byteLength(changed(1)),
          },
        },
      },
    });
    expect(entry?.summary.en).toMatch(/^Refused a change to the current release: it was based on version /);
  });

  it('two imports racing with the same version: one lands, the other is refused (the check is inside the write)', async () => {
    const { app } = createAdminApp();
    const { version } = await current(app);
    const results = await Promise.all([importWith(app, changed(1), version), importWith(app, changed(2), version)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 412]);
    expect(releasesResponseSchema.parse((await getJson(app, '/api/v1/releases')).body).releases).toHaveLength(2);
  });

  it('answers the new version as ETag, so a second write can follow', async () => {
    const { app } = createAdminApp();
    const first = await importWith(app, changed(1), (await current(app)).version);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toBe(`"${(await current(app)).version}"`);
    expect((await postRelease(app, changed(2), '/api/v1/admin/releases', { 'If-Match': etag })).status).toBe(201);
  });
});

describe('PUT /api/v1/admin/releases/current', () => {
  it('428 without If-Match, 412 with a stale one, 200 with the current one; refusals write nothing but the audit entry of the 412', async () => {
    const { app, db } = createAdminApp();
    const stale = (await current(app)).version;
    expect((await importWith(app, changed(1), stale)).status).toBe(201);
    const before = fingerprint(db);
    expectProblem(await makeCurrent(app, 'smhi-thru2024', null), 428);
    const refused = await makeCurrent(app, 'smhi-thru2024', stale);
    expectProblem(refused, 412);
    const conflict = conflictOf(refused.body);
    expect(conflict.current).toMatchObject({ currentReleaseId: 'smhi-thru2024-2' });
    // The 428 is not audited (nobody else wrote); the 412 is, after the rollback.
    const entry = await refusalOnlyAudited(app, db, before);
    expect(entry).toMatchObject({
      action: 'write.refused',
      subject: 'releases/current',
      before: { version: conflict.currentVersion, state: { currentReleaseId: 'smhi-thru2024-2' } },
      after: {
        version: stale,
        request: 'PUT /api/v1/admin/releases/current',
        body: { currentReleaseId: 'smhi-thru2024', releaseId: 'smhi-thru2024' },
      },
    });
    const ok = await makeCurrent(app, 'smhi-thru2024', (await current(app)).version);
    expect(ok.status, ok.text).toBe(200);
    expect(ok.headers.get('etag')).toBe(`"${(await current(app)).version}"`);
    expect((await current(app)).currentReleaseId).toBe('smhi-thru2024');
  });
});
