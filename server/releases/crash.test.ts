/**
 * Crash safety: a real process (the CLI, then the server) is SIGKILLed in the middle of an
 * import's write transaction, after the release's rows are written and before the commit.
 * The test hook (test-pause.ts), installed in the child by the test-only entry
 * paused-entry.ts, makes "the middle" deterministic: the import prints a marker and blocks there. Reopened, the database must be exactly as
 * before: the same releases, emission rows and checksum, audit entries and revision.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, fingerprint, smhiCsvFromDataset } from '../admin/test-support.ts';
import { openDatabase } from '../database.ts';
import { testDataset } from '../test-helpers.ts';
import { PAUSE_MARKER } from './test-pause.ts';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const children: ChildProcess[] = [];
const dirs: string[] = [];

afterEach(() => {
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A seeded database file and an SMHI export whose figures differ from it (one Lund figure). */
function setUp() {
  const dir = mkdtempSync(join(tmpdir(), 'klimat-crash-'));
  dirs.push(dir);
  const dbPath = join(dir, 'klimat.sqlite');
  const db = openDatabase({ path: dbPath, dataset: testDataset() });
  const before = fingerprint(db);
  db.close();
  const csvPath = join(dir, 'release.csv');
  const csv = smhiCsvFromDataset(testDataset(), {
    change: (city, year, sector, t) => (city === 'lund' && year === 2024 && sector === 'transport' ? t + 1234 : t),
  });
  writeFileSync(csvPath, csv);
  return { dir, dbPath, csvPath, csv, before };
}

/** The test-only entry that installs the pause, then runs the script given to it. */
const PAUSED = 'server/releases/paused-entry.ts';

/** Node itself (not an npm or npx wrapper), so the SIGKILL reaches the process that holds the transaction. */
function start(script: string[], args: string[], env: Record<string, string>): ChildProcess & { output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', ...script, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return Object.assign(child, { output: () => output });
}

function waitFor(child: ReturnType<typeof start>, pattern: RegExp, timeoutMs = 20_000): Promise<RegExpMatchArray> {
  return new Promise((resolvePromise, reject) => {
    const timer = setInterval(() => {
      const match = child.output().match(pattern);
      if (match) {
        clearInterval(timer);
        resolvePromise(match);
      } else if (Date.now() - started > timeoutMs || child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`no ${pattern} in the output of the child (exit ${child.exitCode}):\n${child.output()}`));
      }
    }, 20);
    const started = Date.now();
  });
}

function killed(child: ChildProcess): Promise<NodeJS.Signals | null> {
  return new Promise((resolvePromise) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolvePromise(child.signalCode);
    child.once('exit', (_code, signal) => resolvePromise(signal));
    child.kill('SIGKILL');
  });
}

function reopened(dbPath: string) {
  const db = openDatabase({ path: dbPath, dataset: testDataset() });
  try {
    return fingerprint(db);
  } finally {
    db.close();
  }
}

/** While the importer is paused, another connection must not see its release: the rows are not committed. */
function visibleReleases(dbPath: string): string[] {
  const db = openDatabase({ path: dbPath, dataset: testDataset() });
  try {
    return db
      .prepare<[], { id: string }>('SELECT id FROM releases ORDER BY id')
      .all()
      .map((r) => r.id);
  } finally {
    db.close();
  }
}

describe(
  'an import killed in the middle of its write transaction leaves the database as it was',
  { timeout: 60_000 },
  () => {
    it('the CLI (npm run data:import -- --release)', async () => {
      const { dbPath, csvPath, before } = setUp();
      const child = start([PAUSED, 'scripts/import-data.ts'], ['--release', csvPath, '--db', dbPath], {});
      await waitFor(child, new RegExp(PAUSE_MARKER));
      expect(visibleReleases(dbPath)).toEqual(['smhi-thru2024']);
      expect(await killed(child)).toBe('SIGKILL');

      const after = reopened(dbPath);
      expect(after).toEqual(before);
      expect(after.emissionRows).toBe(290 * 10 * 9);
      expect(after.auditCount).toBe(0);

      // The database is still sound: the same import, unpaused, goes through.
      const again = start(['scripts/import-data.ts'], ['--release', csvPath, '--db', dbPath], {});
      await new Promise((done) => again.once('exit', done));
      expect(again.exitCode, again.output()).toBe(0);
      const imported = reopened(dbPath);
      expect(imported.releases.map((r) => r.id)).toEqual(['smhi-thru2024', 'smhi-thru2024-2']);
      expect(imported.emissionRows).toBe(2 * 290 * 10 * 9);
      expect(imported.auditCount).toBe(1);
    });

    it('the server (POST /api/v1/admin/releases)', async () => {
      const { dir, dbPath, csv, before } = setUp();
      const server = start([PAUSED, 'server/main.ts'], [], {
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_PATH: dbPath,
        DIST_DIR: join(dir, 'no-dist'),
        ADMIN_TOKENS: `crash-test:${ADMIN_TOKEN}`,
      });
      const [, port] = await waitFor(server, /http:\/\/localhost:(\d+)/);
      const upload = fetch(`http://127.0.0.1:${port}/api/v1/admin/releases?fileName=release.csv`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'text/csv', 'If-Match': '*' },
        body: csv,
      }).then(
        (response) => `answered ${response.status}`,
        () => 'connection lost',
      );
      await waitFor(server, new RegExp(PAUSE_MARKER));
      expect(visibleReleases(dbPath)).toEqual(['smhi-thru2024']);
      expect(await killed(server)).toBe('SIGKILL');
      expect(await upload).toBe('connection lost');
      expect(reopened(dbPath)).toEqual(before);
    });
  },
);
