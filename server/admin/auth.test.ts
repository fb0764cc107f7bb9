/** No write without a valid token: tokens from ADMIN_TOKENS, 403 when none, 401 when missing or wrong, 429 when too many. */
import { describe, expect, it } from 'vitest';
import { adminSessionResponseSchema } from '../../contract/index.ts';
import { expectProblem, getJson } from '../test-helpers.ts';
import { ADMIN_TOKEN, AUTH, createAdminApp, fingerprint, smhiCsvFromDataset } from './test-support.ts';
import { matchToken, parseAdminTokens } from './tokens.ts';

const changedCsv = smhiCsvFromDataset(undefined, { change: (c, y, s, t) => (c === 'lund' && y === 2024 && s === 'transport' ? t + 1 : t) });
const signing = { cityId: 'lund', versionId: '2024', signedOn: '2024-12-06', sourceUrl: 'https://example.org/lund-2024' };
const targets = { targets: [] };

/** Every write of the API, with a body that would succeed with a valid token. */
const WRITES: [string, string, RequestInit][] = [
  ['POST', '/api/v1/admin/releases', { body: changedCsv }],
  ['PUT', '/api/v1/admin/releases/current', { body: JSON.stringify({ releaseId: 'smhi-thru2024' }) }],
  ['PUT', '/api/v1/admin/signings', { body: JSON.stringify(signing) }],
  ['PUT', '/api/v1/admin/cities/malmo/targets', { body: JSON.stringify(targets) }],
];
const READS = ['/api/v1/admin/session', '/api/v1/admin/audit', '/api/v1/admin/releases/preview'];

describe('ADMIN_TOKENS', () => {
  it('reads name:token pairs and keeps only hashes', () => {
    const tokens = parseAdminTokens(` alice:${ADMIN_TOKEN} , bob:another-token-of-24-chars`);
    expect(tokens.map((t) => t.name)).toEqual(['alice', 'bob']);
    expect(JSON.stringify(tokens)).not.toContain(ADMIN_TOKEN);
    expect(matchToken(ADMIN_TOKEN, tokens)).toBe('alice');
    expect(matchToken('another-token-of-24-chars', tokens)).toBe('bob');
    expect(matchToken(`${ADMIN_TOKEN}x`, tokens)).toBeNull();
    expect(matchToken('', tokens)).toBeNull();
  });

  it('is empty when unset or blank (writes disabled)', () => {
    expect(parseAdminTokens(undefined)).toEqual([]);
    expect(parseAdminTokens('  ')).toEqual([]);
  });

  it('refuses short tokens, entries without a name and repeated names, saying what to fix', () => {
    expect(() => parseAdminTokens('alice:short')).toThrow("ADMIN_TOKENS: the token for 'alice' has 5 characters; a token needs at least 16");
    expect(() => parseAdminTokens(ADMIN_TOKEN)).toThrow('ADMIN_TOKENS: entry 1 is not name:token');
    expect(() => parseAdminTokens(`a:${ADMIN_TOKEN},a:${ADMIN_TOKEN}`)).toThrow("the name 'a' is given twice");
    expect(() => parseAdminTokens(`a b:${ADMIN_TOKEN}`)).toThrow("the name 'a b' may only hold");
  });
});

describe('no write succeeds without a valid token', () => {
  it.each(WRITES)('%s %s: missing token → 401 with WWW-Authenticate: Bearer, nothing written', async (method, path, init) => {
    const { app, db } = createAdminApp();
    const before = fingerprint(db);
    const result = await getJson(app, path, { method, ...init });
    expectProblem(result, 401);
    expect(result.headers.get('www-authenticate')).toMatch(/^Bearer /);
    expect(fingerprint(db)).toEqual(before);
  });

  it.each(WRITES)('%s %s: wrong token → 401, nothing written', async (method, path, init) => {
    const { app, db } = createAdminApp();
    const before = fingerprint(db);
    for (const authorization of [`Bearer ${ADMIN_TOKEN}x`, `Bearer ${ADMIN_TOKEN.slice(0, -1)}`, `Basic ${ADMIN_TOKEN}`, ADMIN_TOKEN, 'Bearer ']) {
      const result = await getJson(app, path, { method, ...init, headers: { Authorization: authorization } });
      expectProblem(result, 401);
      expect(result.headers.get('www-authenticate')).toMatch(/^Bearer /);
    }
    expect(fingerprint(db)).toEqual(before);
  });

  it.each(WRITES)('%s %s: no tokens configured → 403 saying how to enable writes, nothing written', async (method, path, init) => {
    const { app, db } = createAdminApp({ tokens: '' });
    const before = fingerprint(db);
    const problem = expectProblem(await getJson(app, path, { method, ...init, headers: AUTH }), 403);
    expect(problem.detail).toContain('set ADMIN_TOKENS=name:token');
    expect(problem.detail).toContain('restart the server');
    expect(fingerprint(db)).toEqual(before);
  });

  it.each(READS)('%s needs a token too', async (path) => {
    const { app } = createAdminApp();
    expectProblem(await getJson(app, path, { method: path.endsWith('preview') ? 'POST' : 'GET', body: path.endsWith('preview') ? changedCsv : null }), 401);
  });

  it('a valid token signs in as its name (GET session)', async () => {
    const { app } = createAdminApp({ tokens: `alice:${ADMIN_TOKEN},bob:bobs-token-0123456789` });
    const alice = await getJson(app, '/api/v1/admin/session', { headers: AUTH });
    expect(alice.status).toBe(200);
    expect(alice.headers.get('cache-control')).toBe('no-store');
    expect(adminSessionResponseSchema.parse(alice.body)).toEqual({ name: 'alice' });
    const bob = await getJson(app, '/api/v1/admin/session', { headers: { Authorization: 'bearer bobs-token-0123456789' } });
    expect(bob.body).toEqual({ name: 'bob' });
  });

  it('the read API stays read-only: writes elsewhere are 405', async () => {
    const { app } = createAdminApp();
    const result = await getJson(app, '/api/v1/releases', { method: 'POST', headers: AUTH, body: changedCsv });
    expectProblem(result, 405);
  });

  it('admin paths answer 405 with Allow for a wrong method and 404 for an unknown path', async () => {
    const { app } = createAdminApp();
    const wrong = await getJson(app, '/api/v1/admin/releases', { method: 'GET', headers: AUTH });
    expectProblem(wrong, 405);
    expect(wrong.headers.get('allow')).toBe('POST');
    expectProblem(await getJson(app, '/api/v1/admin/nope', { headers: AUTH }), 404);
    expectProblem(await getJson(app, '/api/v1/admin', { headers: AUTH }), 404);
  });
});

describe('rate limits (per client address, token bucket)', () => {
  it('failed sign-ins: after the burst, 429 with Retry-After, even for the right token, until the bucket refills', async () => {
    let nowMs = 0;
    const { app } = createAdminApp({ rateLimits: { failedAuth: { capacity: 3, refillPerSecond: 0.5 }, nowMs: () => nowMs } });
    for (let i = 0; i < 3; i++) expectProblem(await getJson(app, '/api/v1/admin/session', { headers: { Authorization: 'Bearer wrong' } }), 401);
    const limited = await getJson(app, '/api/v1/admin/session', { headers: AUTH });
    expectProblem(limited, 429);
    expect(limited.headers.get('retry-after')).toBe('2');
    nowMs = 2_000;
    expect((await getJson(app, '/api/v1/admin/session', { headers: AUTH })).status).toBe(200);
  });

  it('writes: after the burst, 429 with Retry-After, and nothing written', async () => {
    let nowMs = 0;
    const { app, db } = createAdminApp({ rateLimits: { writes: { capacity: 2, refillPerSecond: 0.1 }, nowMs: () => nowMs } });
    const put = () => getJson(app, '/api/v1/admin/cities/malmo/targets', { method: 'PUT', headers: AUTH, body: JSON.stringify(targets) });
    expect((await put()).status).toBe(200);
    expect((await put()).status).toBe(200);
    const before = fingerprint(db);
    const limited = await put();
    expectProblem(limited, 429);
    expect(limited.headers.get('retry-after')).toBe('10');
    expect(fingerprint(db)).toEqual(before);
    // Reads are not counted as writes.
    expect((await getJson(app, '/api/v1/admin/audit', { headers: AUTH })).status).toBe(200);
    nowMs = 10_000;
    expect((await put()).status).toBe(200);
  });
});
