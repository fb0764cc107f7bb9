/**
 * No write without a valid token: tokens from ADMIN_TOKENS (long and random enough), 403 when
 * none, 401 when missing or wrong, 429 when a client or a credential fails too often, which
 * never refuses a valid token.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { adminSessionResponseSchema } from '../../contract/index.ts';
import { createApp } from '../app.ts';
import { parseTrustedProxies } from '../http/client-address.ts';
import { expectProblem, getJson, openTestDatabase, TODAY, type JsonResult } from '../test-helpers.ts';
import { FailureBackoff, TokenBucket } from './rate-limit.ts';
import { ADMIN_TOKEN, AUTH, createAdminApp, fingerprint, smhiCsvFromDataset } from './test-support.ts';
import { estimateTokenBits, matchToken, parseAdminTokens } from './tokens.ts';

const changedCsv = smhiCsvFromDataset(undefined, {
  change: (c, y, s, t) => (c === 'lund' && y === 2024 && s === 'transport' ? t + 1 : t),
});
const signing = {
  cityId: 'lund',
  versionId: '2024',
  signedOn: '2024-12-06',
  sourceUrl: 'https://example.org/lund-2024',
};
const targets = { targets: [] };

/** Every write of the API, with a body that would succeed with a valid token. */
const WRITES: [string, string, RequestInit][] = [
  ['POST', '/api/v1/admin/releases', { body: changedCsv }],
  ['PUT', '/api/v1/admin/releases/current', { body: JSON.stringify({ releaseId: 'smhi-thru2024' }) }],
  ['PUT', '/api/v1/admin/signings', { body: JSON.stringify(signing) }],
  ['PUT', '/api/v1/admin/cities/malmo/targets', { body: JSON.stringify(targets) }],
];
const READS = ['/api/v1/admin/session', '/api/v1/admin/audit', '/api/v1/admin/releases/preview'];
/** A second random token (`openssl rand -base64 24`). */
const BOB_TOKEN = 'k3F9vQ2xLr7TzW0pHs5NcYd8MbJ1uAeG';

describe('ADMIN_TOKENS', () => {
  it('reads name:token pairs and keeps only hashes', () => {
    const tokens = parseAdminTokens(` alice:${ADMIN_TOKEN} , bob:${BOB_TOKEN}`);
    expect(tokens.map((t) => t.name)).toEqual(['alice', 'bob']);
    expect(JSON.stringify(tokens)).not.toContain(ADMIN_TOKEN);
    expect(matchToken(ADMIN_TOKEN, tokens)).toBe('alice');
    expect(matchToken(BOB_TOKEN, tokens)).toBe('bob');
    expect(matchToken(`${ADMIN_TOKEN}x`, tokens)).toBeNull();
    expect(matchToken('', tokens)).toBeNull();
  });

  it('is empty when unset or blank (writes disabled)', () => {
    expect(parseAdminTokens(undefined)).toEqual([]);
    expect(parseAdminTokens('  ')).toEqual([]);
  });

  it('refuses short tokens, entries without a name and repeated names, saying what to fix', () => {
    expect(() => parseAdminTokens('alice:short')).toThrow(
      "ADMIN_TOKENS: the token for 'alice' has 5 characters; a token needs at least 16",
    );
    expect(() => parseAdminTokens(ADMIN_TOKEN)).toThrow('ADMIN_TOKENS: entry 1 is not name:token');
    expect(() => parseAdminTokens(`a:${ADMIN_TOKEN},a:${ADMIN_TOKEN}`)).toThrow("the name 'a' is given twice");
    expect(() => parseAdminTokens(`a b:${ADMIN_TOKEN}`)).toThrow("the name 'a b' may only hold");
  });

  it('refuses one token given to two names (every write would be recorded under the first), in one line without the token', () => {
    let message = '';
    try {
      parseAdminTokens(`alice:${ADMIN_TOKEN},carol:${BOB_TOKEN},bob:${ADMIN_TOKEN}`);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(
      "ADMIN_TOKENS: the same token is given to 'alice' and 'bob'; each coordinator needs their own (make one with: openssl rand -hex 24).",
    );
    expect(message).not.toContain(ADMIN_TOKEN);
  });

  it.each([
    ['one repeated character', 'aaaaaaaaaaaaaaaaaaaaaaaa'],
    ['a run', '0123456789abcdef'],
    ['a run, backwards', 'zyxwvutsrqponmlkjihgfedcba'],
    ['few distinct characters', 'abababababababababababab'],
    ['a repeated group', 'x7Kq'.repeat(6)],
    ['words and a run', 'test-token-0123456789abcdef'],
    ['a word repeated', 'passwordpasswordpassword'],
    ['a repeated block of hex', 'a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4'],
    ['a season and year, twice', 'Summer2026!Summer2026!'],
    ['a well-known password, twice', 'Tr0ub4dor&3Tr0ub4dor&3'],
    ['lowercase words', 'correcthorsebatterystaple'],
    ['keyboard rows', 'qwertyuiopasdfghjklzxcvbnm'],
    ['a keyboard row, backwards, and digits', 'poiuytrewq0987654321'],
  ])('refuses a token that is long but easy to guess (%s), in one line saying how to make one', (_kind, token) => {
    expect(estimateTokenBits(token)).toBeLessThan(64);
    let message = '';
    try {
      parseAdminTokens(`alice:${token}`);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(
      /^ADMIN_TOKENS: the token for 'alice' is too easy to guess \(about \d+ bits of randomness; .*\); a token needs at least 64 bits \(make one with: openssl rand -hex 24\)\.$/,
    );
    expect(message).not.toContain(token);
    expect(message).not.toContain('\n');
  });

  it('accepts random tokens as openssl and password managers make them', () => {
    for (let i = 0; i < 200; i++) {
      // `openssl rand -hex 24` and `openssl rand -base64 24`, then shorter ones.
      for (const token of [
        randomBytes(24).toString('hex'),
        randomBytes(24).toString('base64'),
        randomBytes(12).toString('hex'),
        randomBytes(18).toString('base64'),
        randomBytes(15).toString('base64url'),
      ]) {
        expect(estimateTokenBits(token), token).toBeGreaterThanOrEqual(64);
      }
    }
    expect(
      parseAdminTokens(`alice:${ADMIN_TOKEN},bob:${BOB_TOKEN},carol:correct-horse-battery-staple-Tr0ub4dor&3`).map(
        (t) => t.name,
      ),
    ).toEqual(['alice', 'bob', 'carol']);
    // The tokens the e2e server and the bench start with.
    expect(estimateTokenBits('e2e-a18bf5422a46b7f4e6a25952094af926e7e96ba6b79c4261')).toBeGreaterThanOrEqual(64);
    expect(estimateTokenBits('bob-7c4f2a91e0d35b68c1f94a2e7d0b6c53a8e1')).toBeGreaterThanOrEqual(64);
  });
});

describe('no write succeeds without a valid token', () => {
  it.each(WRITES)(
    '%s %s: missing token → 401 with WWW-Authenticate: Bearer, nothing written',
    async (method, path, init) => {
      const { app, db } = createAdminApp();
      const before = fingerprint(db);
      const result = await getJson(app, path, { method, ...init });
      expectProblem(result, 401);
      expect(result.headers.get('www-authenticate')).toMatch(/^Bearer /);
      expect(fingerprint(db)).toEqual(before);
    },
  );

  it.each(WRITES)('%s %s: wrong token → 401, nothing written', async (method, path, init) => {
    const { app, db } = createAdminApp();
    const before = fingerprint(db);
    for (const authorization of [
      `Bearer ${ADMIN_TOKEN}x`,
      `Bearer ${ADMIN_TOKEN.slice(0, -1)}`,
      `Basic ${ADMIN_TOKEN}`,
      ADMIN_TOKEN,
      'Bearer ',
    ]) {
      const result = await getJson(app, path, { method, ...init, headers: { Authorization: authorization } });
      expectProblem(result, 401);
      expect(result.headers.get('www-authenticate')).toMatch(/^Bearer /);
    }
    expect(fingerprint(db)).toEqual(before);
  });

  it.each(WRITES)(
    '%s %s: no tokens configured → 403 saying how to enable writes, nothing written',
    async (method, path, init) => {
      const { app, db } = createAdminApp({ tokens: '' });
      const before = fingerprint(db);
      const problem = expectProblem(await getJson(app, path, { method, ...init, headers: AUTH }), 403);
      expect(problem.detail).toContain('set ADMIN_TOKENS=name:token');
      expect(problem.detail).toContain('restart the server');
      expect(fingerprint(db)).toEqual(before);
    },
  );

  it.each(READS)('%s needs a token too', async (path) => {
    const { app } = createAdminApp();
    expectProblem(
      await getJson(app, path, {
        method: path.endsWith('preview') ? 'POST' : 'GET',
        body: path.endsWith('preview') ? changedCsv : null,
      }),
      401,
    );
  });

  it('a valid token signs in as its name (GET session)', async () => {
    const { app } = createAdminApp({ tokens: `alice:${ADMIN_TOKEN},bob:${BOB_TOKEN}` });
    const alice = await getJson(app, '/api/v1/admin/session', { headers: AUTH });
    expect(alice.status).toBe(200);
    expect(alice.headers.get('cache-control')).toBe('no-store');
    expect(adminSessionResponseSchema.parse(alice.body)).toEqual({ name: 'alice' });
    const bob = await getJson(app, '/api/v1/admin/session', { headers: { Authorization: `bearer ${BOB_TOKEN}` } });
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

/** A request as if from a socket whose peer is `peer` (the binding @hono/node-server's getConnInfo reads). */
function from(peer: string) {
  return {
    incoming: {
      socket: { remoteAddress: peer, remotePort: 50_000, remoteFamily: peer.includes(':') ? 'IPv6' : 'IPv4' },
    },
  };
}

type App = ReturnType<typeof createApp>;

async function session(
  app: App,
  token: string | null,
  peer = '192.0.2.1',
  headers: Record<string, string> = {},
): Promise<JsonResult> {
  const response = await app.request(
    '/api/v1/admin/session',
    { headers: { ...(token === null ? {} : { Authorization: `Bearer ${token}` }), ...headers } },
    from(peer),
  );
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) as unknown };
}

/** A fresh app with alice's and bob's tokens, a clock the test moves, and 3 free failures then 2 s, 4 s … up to `maxDelaySeconds`. */
function limitedApp(
  options: {
    maxDelaySeconds?: number;
    trustedProxies?: string;
    writes?: { capacity: number; refillPerSecond: number };
  } = {},
) {
  const clock = { nowMs: 0 };
  const app = createApp({
    db: openTestDatabase(),
    today: () => TODAY,
    logError: () => {},
    adminTokens: parseAdminTokens(`alice:${ADMIN_TOKEN},bob:${BOB_TOKEN}`),
    now: () => new Date('2026-11-28T12:00:00.000Z'),
    rateLimits: {
      failedAuth: { capacity: 3, refillPerSecond: 0.5, maxDelaySeconds: options.maxDelaySeconds ?? 60 },
      nowMs: () => clock.nowMs,
      ...(options.writes ? { writes: options.writes } : {}),
    },
    trustedProxies: parseTrustedProxies(options.trustedProxies),
  });
  return { app, clock };
}

const guess = () => randomBytes(24).toString('hex');

describe('failed sign-ins: back-off per address and per credential, never against a valid token', () => {
  it('many bad tokens from one address: 401, then 429 with Retry-After, while the valid tokens from that same address still sign in', async () => {
    const { app } = limitedApp();
    for (let i = 0; i < 3; i++) expectProblem(await session(app, guess()), 401);
    const tripped = await session(app, guess());
    expectProblem(tripped, 429);
    expect(tripped.headers.get('retry-after')).toBe('2');
    for (let i = 0; i < 50; i++) expectProblem(await session(app, i % 2 ? guess() : null), 429);
    // The same address, at the same moment: the coordinators are not locked out.
    expect((await session(app, ADMIN_TOKEN)).body).toEqual({ name: 'alice' });
    expect((await session(app, BOB_TOKEN)).body).toEqual({ name: 'bob' });
    const write = await app.request(
      '/api/v1/admin/cities/malmo/targets',
      { method: 'PUT', headers: { ...AUTH, 'If-Match': '*' }, body: JSON.stringify(targets) },
      from('192.0.2.1'),
    );
    expect(write.status, await write.text()).toBe(200);
  });

  it('each failure past the free ones doubles the wait, up to the cap; quiet time forgives them', async () => {
    const { app, clock } = limitedApp({ maxDelaySeconds: 5 });
    for (let i = 0; i < 3; i++) expectProblem(await session(app, guess()), 401);
    const waits: string[] = [];
    for (let i = 0; i < 4; i++) {
      const limited = await session(app, guess());
      expectProblem(limited, 429);
      const wait = limited.headers.get('retry-after') ?? '';
      waits.push(wait);
      // Still blocked a moment before the wait is over, and not counted.
      clock.nowMs += Number(wait) * 1000 - 1;
      expectProblem(await session(app, guess()), 429);
      clock.nowMs += 1;
    }
    expect(waits).toEqual(['2', '4', '5', '5']);
    // 7 failures are forgiven at 0.5 a second once the last block is over: after 14 s, 3 are free again.
    clock.nowMs += 14_000;
    for (let i = 0; i < 3; i++) expectProblem(await session(app, guess()), 401);
    expectProblem(await session(app, guess()), 429);
  });

  it('a wrong credential is limited wherever it comes from; other addresses and other credentials are not', async () => {
    const { app } = limitedApp();
    const stale = guess();
    for (let i = 0; i < 3; i++) expectProblem(await session(app, stale, `198.51.100.${i + 1}`), 401);
    // A fourth address: the credential itself is blocked.
    expectProblem(await session(app, stale, '198.51.100.4'), 429);
    expectProblem(await session(app, stale, '198.51.100.5'), 429);
    // Another wrong credential from a fresh address is only wrong.
    expectProblem(await session(app, guess(), '198.51.100.6'), 401);
    expect((await session(app, ADMIN_TOKEN, '198.51.100.4')).status).toBe(200);
  });

  it('a request without a token counts against its address only', async () => {
    const { app } = limitedApp();
    for (let i = 0; i < 3; i++) expectProblem(await session(app, null, '203.0.113.9'), 401);
    expectProblem(await session(app, null, '203.0.113.9'), 429);
    expectProblem(await session(app, null, '203.0.113.10'), 401);
  });

  it('X-Forwarded-For is ignored from a peer that is not a trusted proxy: the peer is blocked, whatever it claims', async () => {
    const { app } = limitedApp({ trustedProxies: '10.0.0.0/8' });
    for (let i = 0; i < 3; i++)
      expectProblem(await session(app, guess(), '203.0.113.5', { 'X-Forwarded-For': `198.51.100.${i}` }), 401);
    expectProblem(await session(app, guess(), '203.0.113.5', { 'X-Forwarded-For': '198.51.100.200' }), 429);
    expectProblem(await session(app, guess(), '203.0.113.5'), 429);
  });

  it('X-Forwarded-For from a trusted proxy names the client: the right-most address that is not a trusted proxy', async () => {
    const { app } = limitedApp({ trustedProxies: '127.0.0.1, 10.0.0.0/8, ::1' });
    // The client 198.51.100.7, through two trusted proxies; whatever it wrote itself (left) is not believed.
    for (let i = 0; i < 3; i++)
      expectProblem(
        await session(app, guess(), '10.1.2.3', { 'X-Forwarded-For': `6.6.6.${i}, 198.51.100.7, 10.9.9.9` }),
        401,
      );
    expectProblem(await session(app, guess(), '10.1.2.3', { 'X-Forwarded-For': '7.7.7.7, 198.51.100.7' }), 429);
    // The same client through the IPv4-mapped form of a trusted proxy, and through ::1.
    expectProblem(await session(app, guess(), '::ffff:10.1.2.3', { 'X-Forwarded-For': '198.51.100.7' }), 429);
    expectProblem(await session(app, guess(), '::1', { 'X-Forwarded-For': '198.51.100.7' }), 429);
    // Another client behind the same proxy is not blocked, nor is the proxy itself.
    expectProblem(await session(app, guess(), '10.1.2.3', { 'X-Forwarded-For': '198.51.100.8' }), 401);
    expectProblem(await session(app, guess(), '10.1.2.3', { 'X-Forwarded-For': '2001:db8::8' }), 401);
    // And the blocked client's coordinator still signs in through the proxy.
    expect((await session(app, ADMIN_TOKEN, '10.1.2.3', { 'X-Forwarded-For': '198.51.100.7' })).status).toBe(200);
  });

  it('a failure tracker keeps at most its bound of keys, dropping idle ones first', () => {
    let nowMs = 0;
    const failures = new FailureBackoff({ capacity: 1, refillPerSecond: 1, maxDelaySeconds: 60 }, () => nowMs, 100);
    failures.fail('blocked');
    expect(failures.fail('blocked')).toBe(1);
    for (let i = 0; i < 10_000; i++) failures.fail(`guess-${i}`);
    expect(failures.trackedKeys).toBeLessThanOrEqual(100);
    nowMs = 500;
    const buckets = new TokenBucket({ capacity: 5, refillPerSecond: 1 }, () => nowMs, 100);
    for (let i = 0; i < 10_000; i++) buckets.take(`name-${i}`);
    expect(buckets.trackedKeys).toBeLessThanOrEqual(100);
  });
});

describe('writes: a token bucket per admin token', () => {
  it('after the burst, 429 with Retry-After and nothing written; reads go on, and another coordinator may still write', async () => {
    const { app, clock } = limitedApp({ writes: { capacity: 2, refillPerSecond: 0.1 } });
    const put = (token: string) =>
      app.request(
        '/api/v1/admin/cities/malmo/targets',
        {
          method: 'PUT',
          headers: { Authorization: `Bearer ${token}`, 'If-Match': '*' },
          body: JSON.stringify(targets),
        },
        from('192.0.2.50'),
      );
    expect((await put(ADMIN_TOKEN)).status).toBe(200);
    expect((await put(ADMIN_TOKEN)).status).toBe(200);
    const limited = await put(ADMIN_TOKEN);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('10');
    expect(await limited.json()).toMatchObject({
      detail: "Too many writes with the token 'alice'. Try again in 10 s.",
    });
    // Reads are not counted as writes; bob, from the same address, has his own bucket.
    expect((await session(app, ADMIN_TOKEN, '192.0.2.50')).status).toBe(200);
    expect((await put(BOB_TOKEN)).status).toBe(200);
    clock.nowMs = 10_000;
    expect((await put(ADMIN_TOKEN)).status).toBe(200);
  });

  it('nothing is written by a refused write', async () => {
    const { app, db } = createAdminApp({ rateLimits: { writes: { capacity: 1, refillPerSecond: 0.001 } } });
    const put = () =>
      getJson(app, '/api/v1/admin/cities/malmo/targets', {
        method: 'PUT',
        headers: { ...AUTH, 'If-Match': '*' },
        body: JSON.stringify(targets),
      });
    expect((await put()).status).toBe(200);
    const before = fingerprint(db);
    expectProblem(await put(), 429);
    expect(fingerprint(db)).toEqual(before);
  });
});
