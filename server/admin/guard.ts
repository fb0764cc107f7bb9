/**
 * The gate in front of every `/api/v1/admin` request: writes disabled (403) when no token
 * is configured, 401 with `WWW-Authenticate: Bearer` for a missing or wrong token, and 429
 * when a client fails too often or a coordinator writes too fast.
 *
 * The token is checked first (constant time, tokens.ts). A valid token is never refused
 * because of failures, whoever made them: a coordinator behind the same proxy as a guesser
 * still signs in. Failures are counted per client address and per presented credential
 * (its hash), each with its own back-off, and only requests without a valid token are
 * refused by them. Guessing is stopped by the tokens' randomness (at least 64 bits, checked
 * at start); the back-off keeps a guesser, or a script with an old token, slow and visible.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { clientAddress, NO_TRUSTED_PROXIES, type TrustedProxies } from '../http/client-address.ts';
import { HttpProblem } from '../http/problem.ts';
import {
  FAILED_AUTH_LIMIT,
  FailureBackoff,
  TokenBucket,
  WRITE_LIMIT,
  type FailureLimit,
  type RateLimit,
} from './rate-limit.ts';
import { matchToken, sha256, type AdminToken } from './tokens.ts';

export type AdminEnv = { Variables: { adminName: string } };

export interface GuardOptions {
  tokens: readonly AdminToken[];
  /** Failed sign-ins, per client address and per presented credential. */
  failedAuthLimit?: FailureLimit;
  /** Writes per admin token. */
  writeLimit?: RateLimit;
  nowMs?: () => number;
  /** Reverse proxies whose X-Forwarded-For names the client (TRUSTED_PROXIES); none by default. */
  trustedProxies?: TrustedProxies;
}

export const WRITES_DISABLED =
  "Writes are disabled: the server has no admin tokens. To enable them, set ADMIN_TOKENS=name:token in the server's environment (a random token, e.g. from `openssl rand -hex 24`; several as name:token,other:token2) and restart the server.";

function tooMany(retryAfterSeconds: number, what: string): HttpProblem {
  return new HttpProblem(429, `${what} Try again in ${retryAfterSeconds} s.`, {
    headers: { 'Retry-After': String(retryAfterSeconds) },
  });
}

const unauthorized = (presented: string | undefined) =>
  new HttpProblem(
    401,
    presented === undefined
      ? 'This needs an admin token: send Authorization: Bearer <token>.'
      : 'The token is not valid.',
    {
      type: '/api/v1/problems/unauthorized',
      headers: {
        'WWW-Authenticate':
          presented === undefined
            ? 'Bearer realm="klimatneutrala-stader admin"'
            : 'Bearer realm="klimatneutrala-stader admin", error="invalid_token"',
      },
    },
  );

export function adminGuard(options: GuardOptions): MiddlewareHandler<AdminEnv> {
  const failures = new FailureBackoff(options.failedAuthLimit ?? FAILED_AUTH_LIMIT, options.nowMs);
  const writes = new TokenBucket(options.writeLimit ?? WRITE_LIMIT, options.nowMs);
  const trusted = options.trustedProxies ?? NO_TRUSTED_PROXIES;

  /** Refuses a request without a valid token: 429 while one of its keys is blocked, else 401 after counting it. */
  function refuse(c: Context, presented: string | undefined): never {
    const keys = [`address:${clientAddress(c, trusted)}`];
    // Bounded: the hash, not the token, and a long credential costs no more memory than a short one.
    if (presented !== undefined) keys.push(`credential:${sha256(presented).toString('base64url')}`);
    const blocked = Math.max(...keys.map((key) => failures.retryAfterSeconds(key)));
    if (blocked > 0) throw tooMany(blocked, 'Too many failed sign-ins from this address or with this token.');
    const delay = Math.max(...keys.map((key) => failures.fail(key)));
    if (delay > 0) throw tooMany(delay, 'Too many failed sign-ins from this address or with this token.');
    throw unauthorized(presented);
  }

  return async (c, next) => {
    if (options.tokens.length === 0)
      throw new HttpProblem(403, WRITES_DISABLED, {
        type: '/api/v1/problems/writes-disabled',
        title: 'Writes are disabled',
      });
    const header = c.req.header('Authorization') ?? '';
    const presented = /^Bearer[ ]+(\S+)[ ]*$/i.exec(header)?.[1];
    const name = presented === undefined ? null : matchToken(presented, options.tokens);
    if (name === null) refuse(c, presented);
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const wait = writes.take(`token:${name}`);
      if (wait > 0) throw tooMany(wait, `Too many writes with the token '${name}'.`);
    }
    c.set('adminName', name);
    await next();
  };
}
