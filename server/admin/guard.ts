/**
 * The gate in front of every `/api/v1/admin` request: writes disabled (403) when no token
 * is configured, 401 with `WWW-Authenticate: Bearer` for a missing or wrong token, and 429
 * when an address fails too often or writes too fast.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { HttpProblem } from '../http/problem.ts';
import { FAILED_AUTH_LIMIT, TokenBucket, WRITE_LIMIT, type RateLimit } from './rate-limit.ts';
import { matchToken, type AdminToken } from './tokens.ts';

export type AdminEnv = { Variables: { adminName: string } };

export interface GuardOptions {
  tokens: readonly AdminToken[];
  failedAuthLimit?: RateLimit;
  writeLimit?: RateLimit;
  nowMs?: () => number;
}

export const WRITES_DISABLED =
  "Writes are disabled: the server has no admin tokens. To enable them, set ADMIN_TOKENS=name:token in the server's environment (a token of at least 16 characters, e.g. from `openssl rand -hex 24`; several as name:token,other:token2) and restart the server.";

/** The peer's address as the socket sees it; a client cannot choose it by sending a header. */
function clientAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
}

function tooMany(retryAfterSeconds: number, what: string): HttpProblem {
  return new HttpProblem(429, `${what} Try again in ${retryAfterSeconds} s.`, { headers: { 'Retry-After': String(retryAfterSeconds) } });
}

export function adminGuard(options: GuardOptions): MiddlewareHandler<AdminEnv> {
  const failures = new TokenBucket(options.failedAuthLimit ?? FAILED_AUTH_LIMIT, options.nowMs);
  const writes = new TokenBucket(options.writeLimit ?? WRITE_LIMIT, options.nowMs);
  return async (c, next) => {
    if (options.tokens.length === 0) throw new HttpProblem(403, WRITES_DISABLED, { type: '/api/v1/problems/writes-disabled', title: 'Writes are disabled' });
    const address = clientAddress(c);
    const blocked = failures.retryAfterSeconds(address);
    if (blocked > 0) throw tooMany(blocked, 'Too many failed sign-ins from this address.');
    const header = c.req.header('Authorization') ?? '';
    const presented = /^Bearer[ ]+(\S+)[ ]*$/i.exec(header)?.[1];
    const name = presented === undefined ? null : matchToken(presented, options.tokens);
    if (name === null) {
      failures.take(address);
      const detail = presented === undefined ? 'This needs an admin token: send Authorization: Bearer <token>.' : 'The token is not valid.';
      const challenge = presented === undefined ? 'Bearer realm="klimatneutrala-stader admin"' : 'Bearer realm="klimatneutrala-stader admin", error="invalid_token"';
      throw new HttpProblem(401, detail, { type: '/api/v1/problems/unauthorized', headers: { 'WWW-Authenticate': challenge } });
    }
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const wait = writes.take(address);
      if (wait > 0) throw tooMany(wait, 'Too many writes from this address.');
    }
    c.set('adminName', name);
    await next();
  };
}
