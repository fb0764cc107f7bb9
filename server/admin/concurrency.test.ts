/**
 * Optimistic concurrency on the records (issue 15): reads answer a version, writes need
 * If-Match (428 without), a stale one is refused with 412 naming both versions and carrying
 * the current state, two writes from the same version cannot both land, and the audit log
 * keeps both sides of a refusal.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cityDetailResponseSchema,
  citySigningsResponseSchema,
  cityTargetsResponseSchema,
  signingResponseSchema,
  targetsResponseSchema,
  versionConflictSchema,
  type TargetInput,
} from '../../contract/index.ts';
import { openDatabase } from '../database.ts';
import { expectProblem, getJson, testDataset } from '../test-helpers.ts';
import { auditLog, etagAt, refusalOnlyAudited, send } from './record-test-support.ts';
import { ADMIN_TOKEN, AT, AUTH, createAdminApp, fingerprint } from './test-support.ts';

const TARGETS = '/api/v1/admin/cities/lund/targets';
const SIGNINGS = '/api/v1/admin/cities/lund/signings';

const target = (percent: number): TargetInput => ({
  scope: 'territorial',
  primary: true,
  targetYear: 2030,
  measure: { type: 'reduction-from-base', baseYear: 1990, reductionPercent: percent },
  statement: { sv: `Minska utsläppen med ${percent} % till 2030.`, en: `Cut emissions by ${percent} % by 2030.` },
  source: { url: 'https://example.org/lund-mal', title: 'Lunds kommun: klimatmål' },
});
const signing = (signedOn: string) => ({
  cityId: 'lund',
  versionId: signedOn.slice(0, 4),
  signedOn,
  sourceUrl: 'https://example.org/lund-kontrakt',
});

describe('reads answer a version', () => {
  it("GET a city's targets and signings: the state with `version`, the same as the strong ETag, not cached", async () => {
    const { app } = createAdminApp();
    const targets = await getJson(app, TARGETS, { headers: AUTH });
    expect(targets.status).toBe(200);
    const body = cityTargetsResponseSchema.parse(targets.body);
    expect(targets.headers.get('etag')).toBe(`"${body.version}"`);
    expect(targets.headers.get('cache-control')).toBe('no-store');
    expect(body.targets).toEqual(
      cityDetailResponseSchema.parse((await getJson(app, '/api/v1/cities/lund')).body).targets,
    );

    const signings = citySigningsResponseSchema.parse((await getJson(app, SIGNINGS, { headers: AUTH })).body);
    expect(signings.signings.map((s) => `${s.versionId}/${s.kind}/${s.origin}`)).toEqual([
      '2020/contract/curated',
      '2021/contract/curated',
      '2022/contract/curated',
      '2023/contract/curated',
    ]);
    expect(signings.sources.map((s) => s.id).sort()).toEqual(
      [...new Set(signings.signings.flatMap((s) => s.sourceIds))].sort(),
    );
    // A content hash: the same state reads as the same version, another city's differs.
    expect(await etagAt(app, SIGNINGS)).toBe(`"${signings.version}"`);
    expect(await etagAt(app, '/api/v1/admin/cities/malmo/signings')).not.toBe(`"${signings.version}"`);
  });

  it('needs a token and a known city', async () => {
    const { app } = createAdminApp();
    expectProblem(await getJson(app, TARGETS), 401);
    expectProblem(await getJson(app, '/api/v1/admin/cities/atlantis/signings', { headers: AUTH }), 404, 'id');
  });
});

describe('writes need If-Match', () => {
  it.each([
    ['PUT targets', TARGETS, 'PUT', { targets: [target(75)] }],
    ['PUT signings', '/api/v1/admin/signings', 'PUT', signing('2024-12-06')],
    ['DELETE a signing', '/api/v1/admin/signings/lund/2023/contract?curated=confirm', 'DELETE', undefined],
  ] as const)(
    '%s without If-Match: 428 naming the current version, nothing written',
    async (_name, path, method, body) => {
      const { app, db } = createAdminApp();
      const before = fingerprint(db);
      const result = await send(app, method, path, body, null);
      const problem = expectProblem(result, 428);
      expect(problem.type).toBe('/api/v1/problems/version-required');
      expect(problem.detail).toContain('If-Match');
      expect((result.body as { currentVersion: string }).currentVersion).toMatch(/^[\w-]{22}$/);
      expect(fingerprint(db)).toEqual(before);
    },
  );

  it('a write answers the new version, which the next read confirms and the next write can use', async () => {
    const { app } = createAdminApp();
    const first = await send(app, 'PUT', TARGETS, { targets: [target(75)] }, await etagAt(app, TARGETS));
    const body = targetsResponseSchema.parse(first.body);
    expect(first.headers.get('etag')).toBe(`"${body.version}"`);
    expect(await etagAt(app, TARGETS)).toBe(`"${body.version}"`);
    const second = await send(app, 'PUT', TARGETS, { targets: [target(76)] }, `"${body.version}"`);
    expect(second.status, second.text).toBe(200);

    const recorded = await send(
      app,
      'PUT',
      '/api/v1/admin/signings',
      signing('2024-12-06'),
      await etagAt(app, SIGNINGS),
    );
    const signed = signingResponseSchema.parse(recorded.body);
    expect(await etagAt(app, SIGNINGS)).toBe(`"${signed.version}"`);
    // Lund's signings moved on; Lund's targets did not.
    expect(await etagAt(app, TARGETS)).toBe(second.headers.get('etag'));
  });

  it('If-Match: * writes over whatever is there; an unknown strong version is stale; a weak one beside a strong one is ignored', async () => {
    const { app } = createAdminApp();
    expect((await send(app, 'PUT', TARGETS, { targets: [target(75)] }, '*')).status).toBe(200);
    const current = await etagAt(app, TARGETS);
    expectProblem(await send(app, 'PUT', TARGETS, { targets: [target(76)] }, '"not-a-version"'), 412);
    // A comma inside quotes belongs to the tag (RFC 9110 §8.8.3): one well-formed, stale version.
    expect((await send(app, 'PUT', TARGETS, { targets: [target(76)] }, '"a,b"')).body).toMatchObject({
      status: 412,
      yourVersion: 'a,b',
    });
    expect((await send(app, 'PUT', TARGETS, { targets: [target(76)] }, `W/${current}, "x", ${current}`)).status).toBe(
      200,
    );
  });

  it.each([
    ['a weak tag only', (etag: string) => `W/${etag}`, 'weak'],
    ['several weak tags', (etag: string) => `W/${etag}, W/"x"`, 'weak'],
    ['an unquoted version', (etag: string) => etag.slice(1, -1), 'not a list of quoted entity-tags'],
    ['an unclosed quote', () => '"abc', 'not a list of quoted entity-tags'],
    ['tags without a comma', (etag: string) => `${etag} "x"`, 'separated by commas'],
    ['a strong tag then garbage', (etag: string) => `${etag}, v`, 'not a list of quoted entity-tags'],
  ])(
    'If-Match with %s: 400 saying what to send, not a 412, nothing written or audited',
    async (_name, header, reason) => {
      const { app, db } = createAdminApp();
      const current = await etagAt(app, TARGETS);
      const before = fingerprint(db);
      const result = await send(app, 'PUT', TARGETS, { targets: [target(76)] }, header(current));
      const problem = expectProblem(result, 400);
      expect(problem.type).toBe('/api/v1/problems/invalid-if-match');
      expect(problem.detail).toContain(reason);
      expect(problem.detail).toContain('If-Match: "<version>"');
      expect(problem.detail).toContain(current);
      expect(problem.detail).not.toContain('Someone else');
      expect(fingerprint(db)).toEqual(before);
    },
  );

  it.each([
    ['PUT signings', '/api/v1/admin/signings', 'PUT', signing('2024-12-06')],
    ['DELETE a signing', '/api/v1/admin/signings/lund/2023/contract?curated=confirm', 'DELETE', undefined],
    ['PUT the current release', '/api/v1/admin/releases/current', 'PUT', null],
  ] as const)('%s with only a weak If-Match: 400 on every write route', async (_name, path, method, body) => {
    const { app, db } = createAdminApp();
    const before = fingerprint(db);
    const releaseId = db.prepare<[], { id: string }>('SELECT id FROM releases LIMIT 1').get()?.id;
    expect(expectProblem(await send(app, method, path, body ?? { releaseId }, 'W/"x"'), 400).type).toBe(
      '/api/v1/problems/invalid-if-match',
    );
    expect(fingerprint(db)).toEqual(before);
  });
});

describe('a stale write is refused with 412, and the audit log keeps both', () => {
  it('targets: 412 naming both versions with the current state; refused in the log; reapplied over theirs', async () => {
    const { app, db } = createAdminApp({ tokens: `alice:${ADMIN_TOKEN},bob:bob-7c4f2a91e0d35b68c1f94a2e7d0b6c53a8e1` });
    const bob = { Authorization: 'Bearer bob-7c4f2a91e0d35b68c1f94a2e7d0b6c53a8e1' };
    const read = await etagAt(app, TARGETS);
    // Alice and Bob read the same targets; Alice saves first.
    const alice = targetsResponseSchema.parse((await send(app, 'PUT', TARGETS, { targets: [target(75)] }, read)).body);
    const before = fingerprint(db);

    const refused = await send(app, 'PUT', TARGETS, { targets: [target(90)] }, read, bob);
    expectProblem(refused, 412);
    const problem = versionConflictSchema.parse(refused.body);
    expect(problem).toMatchObject({
      type: '/api/v1/problems/version-mismatch',
      yourVersion: read.slice(1, -1),
      currentVersion: alice.version,
      current: { cityId: 'lund', targets: alice.targets },
    });
    expect(problem.detail).toContain(read.slice(1, -1));
    expect(problem.detail).toContain(alice.version);
    expect(refused.headers.get('etag')).toBe(`"${alice.version}"`);
    // Nothing written but the refusal's audit entry.
    const entry = await refusalOnlyAudited(app, db, before);
    expect(entry).toMatchObject({
      actor: 'bob',
      at: AT,
      action: 'write.refused',
      subject: 'lund',
      before: { version: alice.version, state: { cityId: 'lund', targets: alice.targets } },
      after: { version: read.slice(1, -1), request: `PUT ${TARGETS}`, body: { targets: [target(90)] } },
    });
    expect(entry?.summary.en).toBe(
      `Refused a change to Lund's targets: it was based on version ${read.slice(1, -1)}, but the current version is ${alice.version} (someone else's change came first). Nothing was stored.`,
    );
    expect(entry?.summary.sv).toContain('Avvisade en ändring av Lunds mål');

    // Bob applies his again over Alice's, with the version the 412 named.
    const reapplied = await send(app, 'PUT', TARGETS, { targets: [target(90)] }, `"${problem.currentVersion}"`, bob);
    expect(reapplied.status, reapplied.text).toBe(200);
    const [landed] = (await auditLog(app)).entries;
    expect(landed).toMatchObject({
      actor: 'bob',
      action: 'targets.replace',
      before: alice.targets,
      after: targetsResponseSchema.parse(reapplied.body).targets,
    });
  });

  it('signings: a correction based on an old read is refused and audited under the signing', async () => {
    const { app } = createAdminApp();
    const read = await etagAt(app, SIGNINGS);
    expect((await send(app, 'PUT', '/api/v1/admin/signings', signing('2024-12-06'), read)).status).toBe(200);
    const refused = await send(
      app,
      'PUT',
      '/api/v1/admin/signings',
      { ...signing('2023-12-09'), note: { sv: 'x', en: 'x' } },
      read,
    );
    expectProblem(refused, 412);
    const problem = versionConflictSchema.parse(refused.body);
    expect(
      citySigningsResponseSchema
        .omit({ version: true })
        .parse(problem.current)
        .signings.map((s) => s.versionId),
    ).toContain('2024');
    const [entry] = (await auditLog(app)).entries;
    expect(entry).toMatchObject({
      action: 'write.refused',
      subject: 'lund/2023/contract',
      before: { version: problem.currentVersion },
      after: { version: problem.yourVersion, body: { signedOn: '2023-12-09' } },
    });
    expect(entry?.summary.en).toMatch(/^Refused a change to Lund's contract 2023: /);
  });
});

describe('racing writes from the same version: exactly one lands', () => {
  it('two requests at once on one server', async () => {
    const { app } = createAdminApp();
    const read = await etagAt(app, TARGETS);
    const results = await Promise.all(
      [75, 90].map((percent) => send(app, 'PUT', TARGETS, { targets: [target(percent)] }, read)),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 412]);
    const entries = (await auditLog(app)).entries;
    expect(entries.map((e) => e.action).sort()).toEqual(['targets.replace', 'write.refused']);
  });

  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('two servers on one database file (two connections): the check is inside the write transaction', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ks-race-'));
    dirs.push(dir);
    const path = join(dir, 'race.sqlite');
    const [one, two] = [openDatabase({ path, dataset: testDataset() }), openDatabase({ path, dataset: testDataset() })];
    const apps = [createAdminApp({ db: one }).app, createAdminApp({ db: two }).app];
    for (let round = 0; round < 5; round++) {
      const read = await etagAt(apps[0]!, SIGNINGS);
      const results = await Promise.all(
        apps.map((app, i) =>
          send(
            app,
            'PUT',
            '/api/v1/admin/signings',
            { ...signing('2024-12-06'), note: { sv: `${round}-${i}`, en: `${round}-${i}` } },
            read,
          ),
        ),
      );
      expect(results.map((r) => r.status).sort(), `round ${round}`).toEqual([200, 412]);
    }
    const actions = (await auditLog(apps[1]!)).entries.map((e) => e.action);
    expect(actions.filter((a) => a === 'write.refused')).toHaveLength(5);
    expect(actions.filter((a) => a.startsWith('signing.'))).toHaveLength(5);
    one.close();
    two.close();
  });
});
