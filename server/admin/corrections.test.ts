/**
 * Signings and versions that can be corrected (issue 15): plausible dates only, and a
 * signing or an empty contract version can be removed, conditionally and audited.
 */
import { describe, expect, it } from 'vitest';
import {
  citySigningsResponseSchema,
  contractsResponseSchema,
  contractVersionDeleteResponseSchema,
  contractVersionResponseSchema,
  latestSigningDay,
  signingDeleteResponseSchema,
  signingResponseSchema,
} from '../../contract/index.ts';
import { expectProblem, getJson, testDataset, TODAY } from '../test-helpers.ts';
import { auditLog, etagAt, send, sendCurrent } from './record-test-support.ts';
import { checkSigningDate } from './signings.ts';
import { AUTH, createAdminApp, fingerprint } from './test-support.ts';

const signing = (signedOn: string, versionId = signedOn.slice(0, 4)) => ({
  cityId: 'lund',
  versionId,
  signedOn,
  sourceUrl: 'https://example.org/lund-kontrakt',
});
const contracts = async (app: Parameters<typeof getJson>[0]) =>
  contractsResponseSchema.parse((await getJson(app, '/api/v1/contracts')).body);

describe('signing dates: from the programme’s start to a year ahead, in the version’s year', () => {
  it('refuses 1900 and 9999 (400 naming the range), creating no version', async () => {
    const { app, db } = createAdminApp();
    const before = fingerprint(db);
    for (const day of ['1900-12-01', '9999-01-01', '2018-12-31', latestSigningDay(latestSigningDay(TODAY))]) {
      const problem = expectProblem(
        await sendCurrent(app, 'PUT', '/api/v1/admin/signings', signing(day)),
        400,
        'signedOn',
      );
      expect(problem.detail).toBe(
        `signedOn ${day} is outside the dates a signing can have: from 2019-01-01 (the programme's start) to 2027-11-28 (a year after today, 2026-11-28).`,
      );
    }
    expect(fingerprint(db)).toEqual(before);
  });

  it('accepts the first day, 2019-01-01, and the last, a year after today', async () => {
    const { app } = createAdminApp();
    for (const day of ['2019-01-01', '2027-11-28']) {
      const result = await sendCurrent(app, 'PUT', '/api/v1/admin/signings', signing(day));
      expect(result.status, result.text).toBe(200);
      expect(signingResponseSchema.parse(result.body).signing.signedOn).toBe(day);
    }
    expectProblem(await sendCurrent(app, 'PUT', '/api/v1/admin/signings', signing('2027-11-29')), 400, 'signedOn');
    expect((await contracts(app)).versions.map((v) => v.id)).toEqual(expect.arrayContaining(['2019', '2027']));
  });

  it('refuses a date outside the version’s year, saying the rule', async () => {
    const { app } = createAdminApp();
    const problem = expectProblem(
      await sendCurrent(app, 'PUT', '/api/v1/admin/signings', signing('2025-12-08', '2026')),
      400,
      'signedOn',
    );
    expect(problem.detail).toBe(
      "signedOn 2025-12-08 is not in the version's year: a signing of version 2026 is dated in 2026 (2026-01-01 to 2026-12-31).",
    );
  });

  it('every curated signing keeps to the rule (the rule fits the real data)', () => {
    const { signings } = testDataset().contract;
    expect(signings.length).toBeGreaterThan(70);
    for (const s of signings) expect(() => checkSigningDate(s, TODAY), `${s.cityId} ${s.versionId}`).not.toThrow();
  });

  it('a year after today: 29 February gives 1 March', () => {
    expect(latestSigningDay('2026-11-28')).toBe('2027-11-28');
    expect(latestSigningDay('2028-02-29')).toBe('2029-03-01');
  });
});

describe('DELETE /api/v1/admin/signings/{cityId}/{versionId}/{kind}', () => {
  it('removes a signing a coordinator recorded, audited with the signing as before; recording it again works', async () => {
    const { app } = createAdminApp();
    await sendCurrent(app, 'PUT', '/api/v1/admin/signings', signing('2024-12-06'));
    const listed = citySigningsResponseSchema.parse(
      (await getJson(app, '/api/v1/admin/cities/lund/signings', { headers: AUTH })).body,
    );
    const recorded = listed.signings.find((s) => s.versionId === '2024');
    expect(recorded?.origin).toBe('api');

    const result = await send(
      app,
      'DELETE',
      '/api/v1/admin/signings/lund/2024/contract',
      undefined,
      `"${listed.version}"`,
    );
    expect(result.status, result.text).toBe(200);
    const body = signingDeleteResponseSchema.parse(result.body);
    expect(body.removed).toEqual(recorded);
    expect(result.headers.get('etag')).toBe(`"${body.version}"`);
    expect(await etagAt(app, '/api/v1/admin/cities/lund/signings')).toBe(`"${body.version}"`);
    const [entry] = (await auditLog(app)).entries;
    expect(entry).toMatchObject({
      id: body.auditId,
      action: 'signing.delete',
      subject: 'lund/2024/contract',
      before: recorded,
      after: null,
    });
    expect(entry?.summary).toEqual({
      sv: 'Tog bort Lunds kontrakt 2024, signerat 2024-12-06.',
      en: "Removed Lund's contract 2024, signed 2024-12-06.",
    });
    const now = await contracts(app);
    expect(now.signings.some((s) => s.cityId === 'lund' && s.versionId === '2024')).toBe(false);
    // The version stays, empty, until it is removed on its own.
    expect(now.versions.find((v) => v.id === '2024')).toMatchObject({ contractSignatories: 0 });

    expect((await sendCurrent(app, 'PUT', '/api/v1/admin/signings', signing('2024-12-06'))).status).toBe(200);
    expect((await auditLog(app)).entries[0]).toMatchObject({ action: 'signing.record', subject: 'lund/2024/contract' });
  });

  it('a curated signing needs ?curated=confirm (409 without), and then goes', async () => {
    const { app, db } = createAdminApp();
    const before = fingerprint(db);
    const refused = expectProblem(
      await sendCurrent(app, 'DELETE', '/api/v1/admin/signings/lund/2023/contract'),
      409,
      'curated',
    );
    expect(refused.detail).toContain('?curated=confirm');
    expect(fingerprint(db)).toEqual(before);
    const removed = await sendCurrent(app, 'DELETE', '/api/v1/admin/signings/lund/2023/contract?curated=confirm');
    expect(removed.status, removed.text).toBe(200);
    expect(signingDeleteResponseSchema.parse(removed.body).removed).toMatchObject({
      cityId: 'lund',
      versionId: '2023',
      origin: 'curated',
      signedOn: '2023-12-08',
    });
    // Lund's latest contract is now the 2022 one.
    expect((await contracts(app)).signings.filter((s) => s.cityId === 'lund').map((s) => s.versionId)).toEqual([
      '2020',
      '2021',
      '2022',
    ]);
  });

  it('404 for a signing that is not there, 400 for an unknown kind, 412 on a stale version (audited)', async () => {
    const { app } = createAdminApp();
    expectProblem(await sendCurrent(app, 'DELETE', '/api/v1/admin/signings/lund/2019/contract'), 404);
    expectProblem(await send(app, 'DELETE', '/api/v1/admin/signings/lund/2023/treaty', undefined, '*'), 400, 'kind');
    expectProblem(
      await send(app, 'DELETE', '/api/v1/admin/signings/atlantis/2023/contract', undefined, '*'),
      404,
      'cityId',
    );
    expectProblem(
      await send(app, 'DELETE', '/api/v1/admin/signings/lund/2023/contract?curated=yes', undefined, '*'),
      400,
      'curated',
    );
    const read = await etagAt(app, '/api/v1/admin/cities/lund/signings');
    await sendCurrent(app, 'PUT', '/api/v1/admin/signings', signing('2024-12-06'));
    expectProblem(await send(app, 'DELETE', '/api/v1/admin/signings/lund/2024/contract', undefined, read), 412);
    expect((await auditLog(app)).entries[0]).toMatchObject({
      action: 'write.refused',
      subject: 'lund/2024/contract',
      after: { request: 'DELETE /api/v1/admin/signings/lund/2024/contract', body: null },
    });
  });
});

describe("a version's signing day follows its signings when a coordinator created it", () => {
  const signingDay = async (app: Parameters<typeof getJson>[0], versionId: string) =>
    (await contracts(app)).versions.find((v) => v.id === versionId)?.signingDay;

  it('a correction or a removal moves it to the earliest contract signing; a curated version keeps its day', async () => {
    const { app } = createAdminApp();
    expect((await sendCurrent(app, 'PUT', '/api/v1/admin/signings', signing('2027-01-05'))).status).toBe(200);
    expect(await signingDay(app, '2027')).toBe('2027-01-05');
    // Lund's date was wrong: corrected, the version's day follows.
    expect((await sendCurrent(app, 'PUT', '/api/v1/admin/signings', signing('2027-03-09'))).status).toBe(200);
    expect(await signingDay(app, '2027')).toBe('2027-03-09');
    expect(
      contractVersionResponseSchema.parse(
        (await getJson(app, '/api/v1/admin/contract-versions/2027', { headers: AUTH })).body,
      ).signingDay,
    ).toBe('2027-03-09');
    // An earlier signing by another city becomes the day; removed, the day goes back to Lund's.
    expect(
      (await sendCurrent(app, 'PUT', '/api/v1/admin/signings', { ...signing('2027-02-01'), cityId: 'malmo' })).status,
    ).toBe(200);
    expect(await signingDay(app, '2027')).toBe('2027-02-01');
    expect((await sendCurrent(app, 'DELETE', '/api/v1/admin/signings/malmo/2027/contract')).status).toBe(200);
    expect(await signingDay(app, '2027')).toBe('2027-03-09');

    const curated = await signingDay(app, '2022');
    expect(
      (
        await sendCurrent(app, 'PUT', '/api/v1/admin/signings', {
          cityId: 'boras',
          versionId: '2022',
          signedOn: '2022-12-09',
          sourceUrl: 'https://example.org/boras',
        })
      ).status,
    ).toBe(200);
    expect((await sendCurrent(app, 'DELETE', '/api/v1/admin/signings/lund/2022/contract?curated=confirm')).status).toBe(
      200,
    );
    expect(await signingDay(app, '2022')).toBe(curated);
  });
});

describe('DELETE /api/v1/admin/contract-versions/{versionId}', () => {
  it('removes an empty version, audited; 409 while signings name it; 404 when gone', async () => {
    const { app, db } = createAdminApp();
    // A signing under a mistaken year creates a version; the coordinator takes both back.
    await sendCurrent(app, 'PUT', '/api/v1/admin/signings', signing('2025-12-05'));
    const inUse = contractVersionResponseSchema.parse(
      (await getJson(app, '/api/v1/admin/contract-versions/2025', { headers: AUTH })).body,
    );
    expect(inUse.signings).toEqual(['lund/2025/contract']);
    const before = fingerprint(db);
    const conflict = await send(app, 'DELETE', '/api/v1/admin/contract-versions/2025', undefined, `"${inUse.version}"`);
    expectProblem(conflict, 409);
    expect(conflict.body).toMatchObject({ signings: ['lund/2025/contract'] });
    expect(fingerprint(db)).toEqual(before);

    await sendCurrent(app, 'DELETE', '/api/v1/admin/signings/lund/2025/contract');
    // The version the 409 was read at is stale now: a signing went.
    expectProblem(
      await send(app, 'DELETE', '/api/v1/admin/contract-versions/2025', undefined, `"${inUse.version}"`),
      412,
    );
    const removed = await sendCurrent(app, 'DELETE', '/api/v1/admin/contract-versions/2025');
    expect(removed.status, removed.text).toBe(200);
    const body = contractVersionDeleteResponseSchema.parse(removed.body);
    expect(body.removed).toMatchObject({ id: '2025', signingDay: '2025-12-05' });
    expect((await auditLog(app)).entries[0]).toMatchObject({
      id: body.auditId,
      action: 'contract-version.delete',
      subject: '2025',
      before: body.removed,
      after: null,
    });
    expect((await contracts(app)).versions.map((v) => v.id)).not.toContain('2025');
    expectProblem(await send(app, 'DELETE', '/api/v1/admin/contract-versions/2025', undefined, '*'), 404, 'versionId');
    expectProblem(await getJson(app, '/api/v1/admin/contract-versions/2025', { headers: AUTH }), 404, 'versionId');
  });

  it('a curated version with signings is a 409 naming them', async () => {
    const { app } = createAdminApp();
    const result = await sendCurrent(app, 'DELETE', '/api/v1/admin/contract-versions/2020');
    expect(expectProblem(result, 409).detail).toMatch(/^Version 2020 still has 9 signings \(/);
  });

  it('needs If-Match (428)', async () => {
    const { app } = createAdminApp();
    expectProblem(await send(app, 'DELETE', '/api/v1/admin/contract-versions/2020', undefined, null), 428);
  });
});

describe('the new resources in the API’s own descriptions', () => {
  it('answer 405 with Allow for other methods, and the 404 lists them', async () => {
    const { app } = createAdminApp();
    for (const [path, allow] of [
      ['/api/v1/admin/cities/lund/signings', 'GET, HEAD'],
      ['/api/v1/admin/cities/lund/targets', 'GET, HEAD, PUT'],
      ['/api/v1/admin/signings/lund/2023/contract', 'DELETE'],
      ['/api/v1/admin/contract-versions/2020', 'GET, HEAD, DELETE'],
    ] as const) {
      const result = await getJson(app, path, { method: 'POST', headers: AUTH });
      expectProblem(result, 405);
      expect(result.headers.get('allow'), path).toBe(allow);
    }
    const unknown = expectProblem(await getJson(app, '/api/v1/admin/nope', { headers: AUTH }), 404);
    expect(unknown.detail).toContain('DELETE signings/{cityId}/{versionId}/{kind}');
  });

  it('the OpenAPI document lists them, with If-Match and the 412, 428 and 409 answers', async () => {
    const { app } = createAdminApp();
    type Operation = {
      parameters?: { name: string; in: string }[];
      responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }>;
    };
    const doc = (await getJson(app, '/api/v1/openapi.json')).body as {
      paths: Record<string, Record<string, Operation>>;
    };
    const operation = (path: string, method: string) => {
      const found = doc.paths[path]?.[method];
      if (!found) throw new Error(`no ${method} ${path}`);
      return found;
    };
    for (const [path, method] of [
      ['/api/v1/admin/signings', 'put'],
      ['/api/v1/admin/cities/{id}/targets', 'put'],
      ['/api/v1/admin/signings/{cityId}/{versionId}/{kind}', 'delete'],
      ['/api/v1/admin/contract-versions/{versionId}', 'delete'],
    ] as const) {
      const op = operation(path, method);
      expect(op.parameters?.find((p) => p.name === 'If-Match')?.in, path).toBe('header');
      expect(op.responses[412]?.content?.['application/problem+json']?.schema.$ref).toBe(
        '#/components/schemas/VersionConflict',
      );
      expect(Object.keys(op.responses), path).toEqual(expect.arrayContaining(['200', '412', '428']));
    }
    expect(Object.keys(operation('/api/v1/admin/signings/{cityId}/{versionId}/{kind}', 'delete').responses)).toContain(
      '409',
    );
    expect(Object.keys(operation('/api/v1/admin/contract-versions/{versionId}', 'delete').responses)).toContain('409');
    expect(operation('/api/v1/admin/cities/{id}/signings', 'get').responses[200]).toBeDefined();
    expect(operation('/api/v1/admin/cities/{id}/targets', 'get').responses[200]).toBeDefined();
  });
});
