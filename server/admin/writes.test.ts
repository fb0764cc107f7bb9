/**
 * Signings, targets, the current release and the audit log, through the API on the real
 * seeded data; and every write is all or nothing, its audit entry included. Writes of
 * records send If-Match from a fresh read here; concurrency.test.ts tests the versions.
 */
import { describe, expect, it } from 'vitest';
import {
  auditResponseSchema,
  cityDetailResponseSchema,
  cityTargetsResponseSchema,
  contractsResponseSchema,
  currentReleaseResponseSchema,
  signingResponseSchema,
  targetsResponseSchema,
  type TargetInput,
} from '../../contract/index.ts';
import { expectProblem, getJson } from '../test-helpers.ts';
import { putCurrent, send, type AdminApp as App } from './record-test-support.ts';
import { AT, AUTH, createAdminApp, fingerprint, smhiCsvFromDataset } from './test-support.ts';

/** A write based on the current version (records), or on any current release (If-Match: *; release-versions.test.ts tests its versions). */
const put = (app: App, path: string, body: unknown) =>
  path.endsWith('/releases/current') ? send(app, 'PUT', path, body, '*') : putCurrent(app, path, body);
const audit = async (app: App, query = '') =>
  auditResponseSchema.parse((await getJson(app, `/api/v1/admin/audit${query}`, { headers: AUTH })).body);

const lund2024 = {
  cityId: 'lund',
  versionId: '2024',
  signedOn: '2024-12-06',
  sourceUrl: 'https://viablecities.se/lund-2024',
  sourceTitle: 'Viable Cities: 2024 års kontrakt',
};

describe('PUT /api/v1/admin/signings', () => {
  it('records a signing of a new yearly version: the version and the source are created, the contracts API shows it', async () => {
    const { app } = createAdminApp();
    const result = await put(app, '/api/v1/admin/signings', lund2024);
    expect(result.status, result.text).toBe(200);
    const body = signingResponseSchema.parse(result.body);
    expect(body).toMatchObject({
      created: true,
      signing: { cityId: 'lund', versionId: '2024', kind: 'contract', signedOn: '2024-12-06', dateCertainty: 'stated' },
    });
    const contracts = contractsResponseSchema.parse((await getJson(app, '/api/v1/contracts')).body);
    expect(contracts.versions.find((v) => v.id === '2024')).toMatchObject({
      signingDay: '2024-12-06',
      contractSignatories: 1,
    });
    const sourceId = body.signing.sourceIds[0];
    expect(contracts.sources.find((s) => s.id === sourceId)).toEqual({
      id: 'S15',
      // One title entered, served in both languages.
      title: { sv: lund2024.sourceTitle, en: lund2024.sourceTitle },
      url: lund2024.sourceUrl,
    });
    const entry = (await audit(app)).entries[0];
    expect(entry).toMatchObject({
      id: body.auditId,
      actor: 'alice',
      at: AT,
      action: 'signing.record',
      subject: 'lund/2024/contract',
      before: null,
    });
    expect(entry?.summary.en).toBe("Recorded Lund's contract 2024, signed 2024-12-06.");
  });

  it('corrects an existing signing, keeping its sources, and the city standing follows the rule', async () => {
    const { app, db } = createAdminApp();
    const before = contractsResponseSchema
      .parse((await getJson(app, '/api/v1/contracts')).body)
      .signings.find((s) => s.cityId === 'boras' && s.versionId === '2022' && s.kind === 'contract');
    expect(before?.signedOn).toBe('2022-12-08');
    const result = await put(app, '/api/v1/admin/signings', {
      cityId: 'boras',
      versionId: '2022',
      signedOn: '2022-12-09',
      sourceUrl: 'https://example.org/boras',
    });
    const body = signingResponseSchema.parse(result.body);
    expect(body.created).toBe(false);
    expect(body.signing.sourceIds).toEqual([...(before?.sourceIds ?? []), 'S15']);
    expect(body.signing.note).toEqual(before?.note);
    const entry = (await audit(app)).entries[0];
    expect(entry).toMatchObject({
      action: 'signing.correct',
      subject: 'boras/2022/contract',
      before: { signedOn: '2022-12-08' },
      after: { signedOn: '2022-12-09' },
    });
    // Borås's first contract moved a day: on 2022-12-08 it had signed none.
    const onDay = cityDetailResponseSchema.parse((await getJson(app, '/api/v1/cities/boras?asOf=2022-12-08')).body);
    expect(onDay.city.contract.status).toBe('letter-of-intent');
    // The same correction again changes nothing and is not audited.
    const again = signingResponseSchema.parse(
      (
        await put(app, '/api/v1/admin/signings', {
          cityId: 'boras',
          versionId: '2022',
          signedOn: '2022-12-09',
          sourceUrl: 'https://example.org/boras',
        })
      ).body,
    );
    expect(again.auditId).toBeNull();
    expect((await audit(app)).entries).toHaveLength(1);
    // So does one whose note's keys come in another order.
    const noted = {
      cityId: 'boras',
      versionId: '2022',
      signedOn: '2022-12-09',
      sourceUrl: 'https://example.org/boras',
      note: { en: 'Checked.', sv: 'Kontrollerat.' },
    };
    expect(signingResponseSchema.parse((await put(app, '/api/v1/admin/signings', noted)).body).auditId).not.toBeNull();
    const revision = fingerprint(db).revision;
    expect(
      signingResponseSchema.parse(
        (await put(app, '/api/v1/admin/signings', { ...noted, note: { sv: 'Kontrollerat.', en: 'Checked.' } })).body,
      ).auditId,
    ).toBeNull();
    expect(fingerprint(db).revision).toBe(revision);
  });

  it('refuses a bad body (400 naming the field) and an unknown city (404), writing nothing', async () => {
    const { app, db } = createAdminApp();
    const before = fingerprint(db);
    // If-Match: * (any state): the body is refused before the version matters.
    const bad = (body: unknown) => send(app, 'PUT', '/api/v1/admin/signings', body, '*');
    expectProblem(await bad({ ...lund2024, sourceUrl: 'ftp://x' }), 400, 'sourceUrl');
    expectProblem(await bad({ ...lund2024, signedOn: '2024-13-01' }), 400, 'signedOn');
    expectProblem(await bad({ ...lund2024, versionId: '24' }), 400, 'versionId');
    expectProblem(await bad({ ...lund2024, extra: 1 }), 400);
    expectProblem(await bad('{"cityId":'), 400);
    expectProblem(await bad({ ...lund2024, cityId: 'atlantis' }), 404, 'cityId');
    expect(fingerprint(db)).toEqual(before);
  });
});

const target: TargetInput = {
  scope: 'territorial',
  primary: true,
  targetYear: 2030,
  measure: { type: 'reduction-from-base', baseYear: 1990, reductionPercent: 80 },
  statement: {
    sv: 'Minska utsläppen med 80 % till 2030 jämfört med 1990.',
    en: 'Cut emissions by 80 % by 2030 from 1990.',
  },
  source: { url: 'https://example.org/borlange-mal', title: 'Borlänge kommun: klimatmål' },
};

describe('PUT /api/v1/admin/cities/:id/targets', () => {
  it("replaces the city's targets with ids assigned; the city page shows them and draws the path", async () => {
    const { app } = createAdminApp();
    const result = await put(app, '/api/v1/admin/cities/borlange/targets', {
      targets: [target, { ...target, primary: false, measure: { type: 'statement' }, targetYear: 2045 }],
    });
    expect(result.status, result.text).toBe(200);
    const body = targetsResponseSchema.parse(result.body);
    expect(body.targets.map((t) => t.id)).toEqual(['borlange-1', 'borlange-2']);
    const detail = cityDetailResponseSchema.parse((await getJson(app, '/api/v1/cities/borlange')).body);
    expect(detail.targets).toEqual(body.targets);
    expect(detail.city.assessment.target).not.toBeNull();
    expect((await audit(app)).entries[0]).toMatchObject({
      action: 'targets.replace',
      subject: 'borlange',
      before: [],
      after: body.targets,
    });
  });

  it('an empty list records that the city has none', async () => {
    const { app } = createAdminApp();
    const body = targetsResponseSchema.parse(
      (await put(app, '/api/v1/admin/cities/malmo/targets', { targets: [] })).body,
    );
    expect(body.targets).toEqual([]);
    expect(cityDetailResponseSchema.parse((await getJson(app, '/api/v1/cities/malmo')).body).targets).toEqual([]);
    expect((await audit(app)).entries[0]?.summary.en).toBe("Replaced Malmö's targets: 3 → 0.");
  });

  it('a PUT of the targets as read (ids left out) changes nothing: no audit entry, no new revision, the same version', async () => {
    const { app, db } = createAdminApp();
    const read = cityTargetsResponseSchema.parse(
      (await getJson(app, '/api/v1/admin/cities/malmo/targets', { headers: AUTH })).body,
    );
    expect(read.targets.length).toBeGreaterThan(0);
    const before = fingerprint(db);
    const result = await put(app, '/api/v1/admin/cities/malmo/targets', {
      targets: read.targets.map(({ id: _id, ...t }) => t),
    });
    const body = targetsResponseSchema.parse(result.body);
    expect(body.auditId).toBeNull();
    expect(body.version).toBe(read.version);
    expect(fingerprint(db)).toEqual(before);
  });

  it('refuses two primaries, a base year after the target year, a percentage over 100 and an unknown city', async () => {
    const { app, db } = createAdminApp();
    const before = fingerprint(db);
    expectProblem(await put(app, '/api/v1/admin/cities/lund/targets', { targets: [target, target] }), 400, 'targets');
    expectProblem(
      await put(app, '/api/v1/admin/cities/lund/targets', {
        targets: [{ ...target, measure: { type: 'reduction-from-base', baseYear: 2031, reductionPercent: 50 } }],
      }),
      400,
      'targets.0.measure.baseYear',
    );
    expectProblem(
      await put(app, '/api/v1/admin/cities/lund/targets', {
        targets: [{ ...target, measure: { type: 'reduction-from-base', baseYear: 1990, reductionPercent: 150 } }],
      }),
      400,
      'targets.0.measure.reductionPercent',
    );
    expectProblem(await send(app, 'PUT', '/api/v1/admin/cities/atlantis/targets', { targets: [] }, '*'), 404, 'id');
    expect(fingerprint(db)).toEqual(before);
  });
});

describe('PUT /api/v1/admin/releases/current', () => {
  it('switches the shown release back and forth, audited; unknown ids are a 404', async () => {
    const { app } = createAdminApp();
    const csv = smhiCsvFromDataset(undefined, {
      change: (c, y, s, t) => (c === 'lund' && y === 2024 && s === 'waste' ? t + 1 : t),
    });
    expect(
      (
        await getJson(app, '/api/v1/admin/releases', {
          method: 'POST',
          headers: { ...AUTH, 'If-Match': '*' },
          body: csv,
        })
      ).status,
    ).toBe(201);
    const back = currentReleaseResponseSchema.parse(
      (await put(app, '/api/v1/admin/releases/current', { releaseId: 'smhi-thru2024' })).body,
    );
    expect(back.release).toMatchObject({ id: 'smhi-thru2024', current: true });
    expect((await getJson(app, '/api/v1/health')).body).toMatchObject({ release: 'smhi-thru2024' });
    expect((await audit(app)).entries[0]).toMatchObject({
      action: 'release.current',
      subject: 'smhi-thru2024',
      before: { currentReleaseId: 'smhi-thru2024-2' },
    });
    const same = currentReleaseResponseSchema.parse(
      (await put(app, '/api/v1/admin/releases/current', { releaseId: 'smhi-thru2024' })).body,
    );
    expect(same.auditId).toBeNull();
    expectProblem(await put(app, '/api/v1/admin/releases/current', { releaseId: 'smhi-thru1999' }), 404, 'releaseId');
  });
});

describe('GET /api/v1/admin/audit', () => {
  it('pages newest first with nextBefore', async () => {
    const { app } = createAdminApp();
    for (const year of [2030, 2031, 2032, 2033, 2034])
      await put(app, '/api/v1/admin/cities/kalmar/targets', { targets: [{ ...target, targetYear: year }] });
    const first = await audit(app, '?limit=2');
    expect(first.entries.map((e) => e.id)).toEqual([5, 4]);
    expect(first.nextBefore).toBe(4);
    const second = await audit(app, `?limit=2&before=${first.nextBefore}`);
    expect(second.entries.map((e) => e.id)).toEqual([3, 2]);
    const last = await audit(app, '?limit=2&before=2');
    expect(last).toMatchObject({ entries: [{ id: 1 }], nextBefore: null });
    expectProblem(await getJson(app, '/api/v1/admin/audit?limit=0', { headers: AUTH }), 400, 'limit');
    expectProblem(await getJson(app, '/api/v1/admin/audit?page=2', { headers: AUTH }), 400, 'page');
  });
});

describe('every write is one transaction: a failure midway leaves nothing behind', () => {
  const csv = smhiCsvFromDataset(undefined, {
    change: (c, y, s, t) => (c === 'lund' && y === 2024 && s === 'waste' ? t + 1 : t),
  });
  const WRITES: [string, (app: App) => Promise<{ status: number }>][] = [
    [
      'release import',
      (app) =>
        getJson(app, '/api/v1/admin/releases', { method: 'POST', headers: { ...AUTH, 'If-Match': '*' }, body: csv }),
    ],
    ['current release', (app) => put(app, '/api/v1/admin/releases/current', { releaseId: 'smhi-thru2019' })],
    ['signing', (app) => put(app, '/api/v1/admin/signings', lund2024)],
    ['targets', (app) => put(app, '/api/v1/admin/cities/malmo/targets', { targets: [target] })],
  ];

  it.each(WRITES)(
    '%s: the audit insert fails after the change was written → 500, database unchanged',
    async (_name, write) => {
      const { app, db } = createAdminApp();
      // A second stored release, so switching the current one is a real change.
      db.prepare(
        "INSERT INTO releases (id, source_id, label_sv, label_en, data_through_year, published, years, origin) VALUES ('smhi-thru2019', 'smhi-ned', 'x', 'x', 2019, '2021', '[2019]', 'test')",
      ).run();
      // The last statement of every write before the revision bump; failing there proves the rows before it roll back.
      db.exec(
        "CREATE TRIGGER audit_fails BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'the audit log refuses'); END",
      );
      const before = fingerprint(db);
      const result = await write(app);
      expect(result.status).toBe(500);
      expect(fingerprint(db)).toEqual(before);
      expect((await getJson(app, '/api/v1/health')).body).toMatchObject({ release: 'smhi-thru2024' });
    },
  );
});
