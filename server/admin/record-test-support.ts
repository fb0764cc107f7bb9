/**
 * Test support for the conditional writes of records (signings, targets, contract
 * versions): requests with If-Match, the version a read answers, the audit log. Imported
 * only by `*.test.ts` files.
 */
import { expect } from 'vitest';
import { auditResponseSchema } from '../../contract/index.ts';
import { getJson, type JsonResult } from '../test-helpers.ts';
import type { Db } from '../db/connection.ts';
import { AUTH, fingerprint, type createAdminApp } from './test-support.ts';

export type AdminApp = ReturnType<typeof createAdminApp>['app'];

/** A write with the test token; `ifMatch` is sent as given (quote it), or left out when null. */
export function send(
  app: AdminApp,
  method: 'PUT' | 'DELETE',
  path: string,
  body: unknown,
  ifMatch: string | null,
  token = AUTH,
): Promise<JsonResult> {
  const headers: Record<string, string> = {
    ...token,
    ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    ...(ifMatch === null ? {} : { 'If-Match': ifMatch }),
  };
  return getJson(app, path, {
    method,
    headers,
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
}

/** The ETag a GET of `path` answers (checked to be the body's `version`, quoted). */
export async function etagAt(app: AdminApp, path: string): Promise<string> {
  const result = await getJson(app, path, { headers: AUTH });
  expect(result.status, result.text).toBe(200);
  const etag = result.headers.get('etag') ?? '';
  expect(etag).toBe(`"${(result.body as { version: string }).version}"`);
  return etag;
}

/** Where a write's If-Match comes from: the city's targets or signings, or a contract version. */
export function readPathOf(path: string, body: unknown): string {
  const targets = /^\/api\/v1\/admin\/cities\/([^/]+)\/targets$/.exec(path);
  if (targets) return path;
  const memberships = /^(\/api\/v1\/admin\/cities\/[^/]+\/memberships)\/[^/]+$/.exec(path);
  if (memberships?.[1]) return memberships[1];
  const signing = /^\/api\/v1\/admin\/signings\/([^/]+)\//.exec(path);
  if (signing) return `/api/v1/admin/cities/${signing[1]}/signings`;
  if (path === '/api/v1/admin/signings') return `/api/v1/admin/cities/${(body as { cityId: string }).cityId}/signings`;
  const version = /^\/api\/v1\/admin\/contract-versions\/[^/?]+/.exec(path);
  if (version) return version[0];
  throw new Error(`no read for ${path}`);
}

/** A write based on the current version, as a coordinator who has just read the resource sends it. */
export async function sendCurrent(
  app: AdminApp,
  method: 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<JsonResult> {
  return send(app, method, path, body, await etagAt(app, readPathOf(path.split('?')[0] ?? path, body)));
}

export const putCurrent = (app: AdminApp, path: string, body: unknown) => sendCurrent(app, 'PUT', path, body);

export async function auditLog(app: AdminApp, query = '') {
  return auditResponseSchema.parse((await getJson(app, `/api/v1/admin/audit${query}`, { headers: AUTH })).body);
}

/** After a refused write: nothing changed but one audit entry, the refusal, which it answers. */
export async function refusalOnlyAudited(app: AdminApp, db: Db, before: ReturnType<typeof fingerprint>) {
  expect({ ...fingerprint(db), auditCount: before.auditCount }).toEqual(before);
  expect(fingerprint(db).auditCount).toBe(before.auditCount + 1);
  const [entry] = (await auditLog(app)).entries;
  expect(entry?.action).toBe('write.refused');
  return entry;
}
