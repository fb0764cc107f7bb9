/**
 * A full disk and a read-only database: writes answer 507 / 503 as problem+json saying what
 * to do, nothing is written, reads go on, and /api/v1/health says whether writes are possible.
 * The full disk is a real SQLITE_FULL (PRAGMA max_page_count at the database's size); the
 * read-only database is a real read-only SQLite connection to a file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { healthResponseSchema } from '../contract/index.ts';
import { AUTH, createAdminApp, fingerprint, postRelease, smhiCsvFromDataset } from './admin/test-support.ts';
import { openDatabase } from './database.ts';
import { storageProblem, writeProbe } from './db/storage.ts';
import { expectProblem, getJson, testDataset } from './test-helpers.ts';

const changedCsv = () =>
  smhiCsvFromDataset(undefined, {
    change: (c, y, s, t) => (c === 'lund' && y === 2024 && s === 'transport' ? t + 1 : t),
  });
/** An import; `If-Match: *` passes the version check (admin/versions.ts), so only the disk can refuse it. */
const importRelease = (app: ReturnType<typeof createAdminApp>['app']) =>
  postRelease(app, changedCsv(), undefined, { 'If-Match': '*' });
const health = async (app: ReturnType<typeof createAdminApp>['app']) =>
  healthResponseSchema.parse((await getJson(app, '/api/v1/health')).body);

const dir = mkdtempSync(join(tmpdir(), 'ks-storage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a full disk (SQLITE_FULL)', () => {
  it('an import answers 507 saying the disk is full, writes nothing, reads go on; health reports it until a write succeeds', async () => {
    const logged: unknown[] = [];
    const { app, db } = createAdminApp({ logError: (error) => logged.push(error) });
    expect(await health(app)).toMatchObject({ writable: true });
    const pages = db.pragma('page_count', { simple: true }) as number;
    // The database may not grow by a single page: as on a full disk, SQLite answers SQLITE_FULL.
    db.pragma(`max_page_count = ${pages}`);

    const before = fingerprint(db);
    const status = await health(app);
    expect(status.writable).toBe(false);
    expect(status.writeProblem).toContain('full');

    const refused = await importRelease(app);
    const problem = expectProblem(refused, 507);
    expect(problem.detail).toContain('The disk holding the database is full');
    expect(problem.detail).toContain('Free space on the server');
    expect(problem.detail).toContain('Reading the dashboard is not affected');
    expect(fingerprint(db)).toEqual(before);
    expect(logged).toHaveLength(1);
    expect((await getJson(app, '/api/v1/cities')).status).toBe(200);
    expect((await getJson(app, '/api/v1/emissions?cities=lund')).status).toBe(200);

    // Space again: the probe passes, but the failed write is reported until a write succeeds.
    db.pragma('max_page_count = 1073741823');
    expect(await health(app)).toMatchObject({
      writable: false,
      writeProblem: expect.stringContaining('The last write failed'),
    });
    expect((await importRelease(app)).status).toBe(201);
    expect(await health(app)).toEqual(expect.objectContaining({ writable: true }));
    expect((await health(app)).writeProblem).toBeUndefined();
  });
});

describe('a read-only database', () => {
  it('serves reads; writes answer 503 saying what to do; health says writes are not possible', async () => {
    const path = join(dir, 'read-only.sqlite');
    openDatabase({ path, dataset: testDataset }).close();
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      const { app } = createAdminApp({ db });
      expect((await getJson(app, '/api/v1/cities')).status).toBe(200);
      const status = await health(app);
      expect(status).toMatchObject({ status: 'ok', writable: false });
      expect(status.writeProblem).toContain('read-only');

      const put = await getJson(app, '/api/v1/admin/cities/malmo/targets', {
        method: 'PUT',
        headers: { ...AUTH, 'If-Match': '*' },
        body: JSON.stringify({ targets: [] }),
      });
      const problem = expectProblem(put, 503);
      expect(problem.detail).toContain('The database cannot be written');
      expect(problem.detail).toContain('Make the database file and its directory writable');
      expectProblem(await importRelease(app), 503);
      expect((await getJson(app, '/api/v1/standings')).status).toBe(200);
    } finally {
      db.close();
    }
  });
});

describe('storageProblem', () => {
  const sqlite = (code: string) => new Database.SqliteError('message', code);
  const node = (code: string) => Object.assign(new Error('message'), { code });

  it.each([
    [sqlite('SQLITE_FULL'), 507],
    [node('ENOSPC'), 507],
    [sqlite('SQLITE_READONLY'), 503],
    [sqlite('SQLITE_READONLY_DBMOVED'), 503],
    [node('EROFS'), 503],
    [node('EACCES'), 503],
    [sqlite('SQLITE_IOERR_WRITE'), 503],
    [sqlite('SQLITE_BUSY'), 503],
  ])('maps %s to %i', (error, status) => {
    expect(storageProblem(error)?.status).toBe(status);
  });

  it('leaves every other error to the 500 handler', () => {
    for (const error of [
      new Error('bug'),
      sqlite('SQLITE_CONSTRAINT_UNIQUE'),
      sqlite('SQLITE_ERROR'),
      node('ENOENT'),
      null,
      'text',
    ])
      expect(storageProblem(error)).toBeNull();
  });

  it('a busy database says to try again, with Retry-After', () => {
    expect(storageProblem(sqlite('SQLITE_BUSY'))?.options.headers).toEqual({ 'Retry-After': '5' });
  });
});

describe('writeProbe', () => {
  it('writes nothing', () => {
    const { db } = createAdminApp();
    const before = fingerprint(db);
    expect(writeProbe(db)).toBeNull();
    expect(fingerprint(db)).toEqual(before);
    expect(db.prepare("SELECT COUNT(*) AS n FROM meta WHERE key = 'write-probe'").get()).toEqual({ n: 0 });
  });
});
