/**
 * The roster's admin writes (issue 18): a coordinator adds a twin city, corrects it and marks it
 * as having left, under the token, If-Match and audit rules of every admin write, and the public
 * answers follow at once (the cities, the comparison, the standings' "of N").
 */
import { describe, expect, it } from 'vitest';
import {
  citiesResponseSchema,
  membershipResponseSchema,
  programmeComparisonSchema,
  standingsResponseSchema,
} from '../../contract/index.ts';
import { expectProblem, getJson } from '../test-helpers.ts';
import { auditLog, putCurrent, send } from './record-test-support.ts';
import { AUTH, createAdminApp, fingerprint } from './test-support.ts';

const PATH = '/api/v1/admin/cities/habo/memberships/kns2030';
const twin = {
  cohortId: 'twin-2024',
  partnerId: 'uppsala',
  joinedOn: '2024-06-01',
  joinedPrecision: 'month',
  sourceUrl: 'https://viablecities.se/en/klimatneutrala-stader-2030/',
  sourceTitle: 'Viable Cities: Håbo och Uppsala, tvillingstäder',
};

async function publicCities(app: ReturnType<typeof createAdminApp>['app'], query = '') {
  return citiesResponseSchema.parse((await getJson(app, `/api/v1/cities${query}`)).body);
}

describe('PUT /api/v1/admin/cities/:id/memberships/:programme', () => {
  it('adds Håbo as Uppsala’s twin: audited, and every public answer counts it at once', async () => {
    const { app } = createAdminApp();
    const before = await publicCities(app);
    expect(before.cities.map((c) => c.id)).not.toContain('habo');
    const result = await putCurrent(app, PATH, twin);
    expect(result.status, result.text).toBe(200);
    const body = membershipResponseSchema.parse(result.body);
    expect(body.memberships).toEqual([
      expect.objectContaining({
        programme: 'kns2030',
        cohortId: 'twin-2024',
        partnerId: 'uppsala',
        joinedOn: '2024-06-01',
        joinedPrecision: 'month',
        leftOn: null,
        source: { url: twin.sourceUrl, title: { sv: twin.sourceTitle, en: twin.sourceTitle } },
      }),
    ]);
    expect(body.auditId).toBeGreaterThan(0);
    expect(result.headers.get('etag')).toBe(`"${body.version}"`);

    const after = await publicCities(app);
    expect(after.summary.cityCount).toBe(before.summary.cityCount + 1);
    expect(after.cities.find((c) => c.id === 'habo')).toMatchObject({
      inProgramme: true,
      contract: { status: 'joined' },
    });
    // Before it joined, the roster does not have it.
    expect((await publicCities(app, '?asOf=2024-05-31')).cities.map((c) => c.id)).not.toContain('habo');
    const comparison = programmeComparisonSchema.parse((await getJson(app, '/api/v1/programme/comparison')).body);
    expect(comparison.groups.map((g) => g.municipalities)).toEqual([24, 266, null]);
    const standings = standingsResponseSchema.parse((await getJson(app, '/api/v1/standings')).body);
    expect(standings.entries).toHaveLength(24);
    expect(standings.entries.every((e) => e.of === 24)).toBe(true);

    const log = await auditLog(app);
    expect(log.entries[0]).toMatchObject({
      action: 'membership.put',
      subject: 'habo/kns2030',
      actor: 'alice',
      summary: { sv: 'Lade till Håbo i kns2030 (Tvillingstäder (2024)).' },
      before: null,
    });
  });

  it('corrects the membership and marks it as having left; a left member is not on the roster from that day', async () => {
    const { app } = createAdminApp();
    await putCurrent(app, PATH, twin);
    const left = await putCurrent(app, PATH, { ...twin, leftOn: '2026-01-01' });
    expect(left.status, left.text).toBe(200);
    expect((await publicCities(app)).cities.map((c) => c.id)).not.toContain('habo');
    expect((await publicCities(app, '?asOf=2025-12-31')).cities.map((c) => c.id)).toContain('habo');
    const log = await auditLog(app);
    expect(log.entries[0]?.summary.en).toBe('Marked Håbo as having left kns2030 on 2026-01-01.');
    // The same membership again changes nothing and is not audited.
    const again = await putCurrent(app, PATH, { ...twin, leftOn: '2026-01-01' });
    expect(membershipResponseSchema.parse(again.body).auditId).toBeNull();
  });

  it('needs the token and the version; a stale version is refused with 412 and the current state', async () => {
    const { app, db } = createAdminApp();
    expect((await send(app, 'PUT', PATH, twin, '*', { Authorization: '' })).status).toBe(401);
    expectProblem(await send(app, 'PUT', PATH, twin, null), 428);
    const stale = (await getJson(app, '/api/v1/admin/cities/habo/memberships', { headers: AUTH })).headers.get('etag');
    await putCurrent(app, PATH, twin);
    const before = fingerprint(db);
    const refused = await send(app, 'PUT', PATH, { ...twin, joinedOn: '2024-07-01' }, stale);
    expectProblem(refused, 412);
    expect((refused.body as { current: { memberships: unknown[] } }).current.memberships).toHaveLength(1);
    expect(fingerprint(db).revision).toBe(before.revision);
  });

  it.each([
    [{ ...twin, partnerId: null }, 'partnerId', /paired with a city of the programme/],
    [{ ...twin, partnerId: 'habo' }, 'partnerId', /its own twin/],
    [{ ...twin, partnerId: 'alvesta' }, 'partnerId', /'alvesta' is not a member/],
    [{ ...twin, cohortId: 'pioneer-2024' }, 'partnerId', /Only a twin city has a partner/],
    [{ ...twin, cohortId: 'eu-mission-2022' }, 'cohortId', /No cohort 'eu-mission-2022' in kns2030/],
    [{ ...twin, joinedOn: '2024-06-15' }, 'joinedOn', /first day \(2024-06-01\)/],
    [{ ...twin, joinedOn: '2018-12-31', joinedPrecision: 'day' }, 'joinedOn', /from 2019-01-01/],
    [{ ...twin, leftOn: '2024-05-01' }, 'leftOn', /after joinedOn/],
    [{ ...twin, sourceUrl: 'javascript:alert(1)' }, 'sourceUrl', /http/],
    [{ ...twin, sourceTitle: ' ' }, 'sourceTitle', /title/],
    [{ ...twin, extra: 1 }, undefined, /extra/],
  ])('refuses %j with a problem naming %s, writing nothing', async (body, parameter, detail) => {
    const { app, db } = createAdminApp();
    const before = fingerprint(db);
    const result = await putCurrent(app, PATH, body);
    const problem = expectProblem(result, 400, parameter);
    expect(problem.detail).toMatch(detail);
    expect(fingerprint(db)).toEqual(before);
  });

  it('removes a membership entered by mistake, audited; a current twin’s partner cannot be removed', async () => {
    const { app } = createAdminApp();
    await putCurrent(app, PATH, twin);
    const partnerGone = await send(app, 'DELETE', '/api/v1/admin/cities/uppsala/memberships/kns2030', undefined, '*');
    expect(expectProblem(partnerGone, 409, 'programme').detail).toMatch(/partner of habo/);
    const removed = await send(app, 'DELETE', PATH, undefined, '*');
    expect(removed.status, removed.text).toBe(200);
    expect(membershipResponseSchema.parse(removed.body).memberships).toEqual([]);
    expect((await publicCities(app)).summary.cityCount).toBe(23);
    expect((await auditLog(app)).entries[0]).toMatchObject({ action: 'membership.delete', subject: 'habo/kns2030' });
    expectProblem(await send(app, 'DELETE', PATH, undefined, '*'), 404, 'programme');
  });

  it('answers 404 for an unknown municipality or programme', async () => {
    const { app } = createAdminApp();
    expectProblem(await send(app, 'PUT', '/api/v1/admin/cities/atlantis/memberships/kns2030', twin, '*'), 404, 'id');
    expectProblem(await send(app, 'PUT', '/api/v1/admin/cities/habo/memberships/nato', twin, '*'), 404, 'programme');
  });
});
