/**
 * server/main.ts started for real (`node --import tsx server/main.ts`) on database files it must
 * not use: it exits 78 with one line naming the file, what is wrong and what to do, and no
 * stack trace. On a read-only database file it starts, serves reads, answers writes 503 and
 * reports `writable: false` on /api/v1/health.
 *
 * Permissions bind the server only when it is not root (root reads and writes any file,
 * whatever its mode). When the tests run as root, the server is therefore started as the
 * unprivileged user `nobody` (uid 65534, spawn's uid/gid options), as a service account would
 * run it, so a chmod 444 file is genuinely read-only to it and a chmod 000 file unreadable.
 * That needs the project to be reachable by `nobody`; a clone in a private directory (mktemp's
 * 0700) is not. Then the files are made immutable instead (`chattr +i`, which binds root too):
 * a read-only file and directory are tested the same way, and only "unreadable" cannot be made
 * for root, so that one case is skipped, saying why. STARTUP_TEST_RESTRICTION=immutable forces
 * that way, to test it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../scripts/free-port.ts';
import { ADMIN_TOKEN } from './admin/test-support.ts';
import { MIGRATIONS } from './db/migrations.ts';
import { openDatabase } from './database.ts';
import { testDataset } from './test-helpers.ts';

const EXIT_REFUSED = 78;
const asRoot = process.getuid?.() === 0;
const NOBODY = { uid: 65534, gid: 65534 };

/** Whether `nobody` can load the server's code from this checkout. */
function nobodyCanRunTheServer(): boolean {
  const probe = join(process.cwd(), 'node_modules', 'tsx', 'package.json');
  return (
    spawnSync(process.execPath, ['-e', `require('node:fs').accessSync(${JSON.stringify(probe)})`], {
      ...NOBODY,
      stdio: 'ignore',
    }).status === 0
  );
}

function chattr(flag: '+i' | '-i', path: string): boolean {
  return spawnSync('chattr', [flag, path], { stdio: 'ignore' }).status === 0;
}

/** How a file is made read-only (or unreadable) for the server in this environment. */
const restriction: 'permissions' | 'unprivileged-user' | 'immutable' | null = (() => {
  if (!asRoot) return 'permissions';
  if (process.env.STARTUP_TEST_RESTRICTION !== 'immutable' && nobodyCanRunTheServer()) return 'unprivileged-user';
  const probe = mkdtempSync(join(tmpdir(), 'ks-chattr-'));
  const works = chattr('+i', probe);
  if (works) chattr('-i', probe);
  rmSync(probe, { recursive: true, force: true });
  return works ? 'immutable' : null;
})();
const unprivileged = restriction === 'unprivileged-user' ? NOBODY : {};
const immutable: string[] = [];
if (restriction === null) {
  console.warn(
    'main.startup.test: running as root, the project is not reachable by the user nobody and chattr +i does not work here, so the read-only and unreadable cases cannot be made and are skipped. Run the tests as a non-root user, or from a checkout nobody can read.',
  );
}

/** Makes a file or directory read-only for the server: by its mode, or immutable when the server runs as root. */
function makeReadOnly(path: string, mode: number): void {
  chmodSync(path, mode);
  if (restriction === 'immutable') {
    if (!chattr('+i', path)) throw new Error(`chattr +i ${path} failed`);
    immutable.push(path);
  }
}

const root = mkdtempSync(join(tmpdir(), 'ks-startup-'));
chmodSync(root, 0o755);
const distDir = join(root, 'dist');
mkdirSync(distDir);
writeFileSync(join(distDir, 'index.html'), '<!doctype html><div id="root"></div>');
afterAll(() => {
  for (const path of immutable.reverse()) chattr('-i', path);
  rmSync(root, { recursive: true, force: true });
});

let cases = 0;
/** A directory of its own for one case, which the unprivileged server may enter (and, with mode 0o777, write). */
function caseDir(mode = 0o755): string {
  const dir = join(root, `case-${++cases}`);
  mkdirSync(dir);
  chmodSync(dir, mode);
  return dir;
}

interface Run {
  port: number;
  output: () => { stdout: string; stderr: string };
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  stop: () => void;
}

async function startServer(databasePath: string, env: Record<string, string> = {}): Promise<Run> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_PATH: databasePath,
      DIST_DIR: distDir,
      ADMIN_TOKENS: `alice:${ADMIN_TOKEN}`,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...unprivileged,
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { port, output: () => ({ stdout, stderr }), exited, stop: () => child.kill('SIGTERM') };
}

async function expectRefusal(databasePath: string, phrases: string[], env: Record<string, string> = {}): Promise<void> {
  const run = await startServer(databasePath, env);
  const code = await Promise.race([
    run.exited,
    new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 60_000)),
  ]);
  if (code === 'timeout') run.stop();
  const { stdout, stderr } = run.output();
  expect(code, stderr + stdout).toBe(EXIT_REFUSED);
  expect(stdout).not.toMatch(/dashboard on http/);
  const lines = stderr.trim().split('\n');
  // One line, and no stack trace.
  expect(lines, stderr).toHaveLength(1);
  expect(stderr).not.toMatch(/^\s+at /m);
  for (const phrase of phrases) expect(lines[0]).toContain(phrase);
}

describe('start-up refuses a database file it must not use', () => {
  it(
    'a corrupt file (not a database): exit 78, one line naming the file and what to do',
    { timeout: 90_000 },
    async () => {
      const path = join(caseDir(), 'klimat.sqlite');
      writeFileSync(path, Buffer.alloc(64 * 1024, 'not a database '));
      await expectRefusal(path, [
        `Cannot start: the database file ${path} is not an SQLite database`,
        'Restore the last backup',
        'move the file aside',
      ]);
    },
  );

  it('an empty (0-byte) file: refused, not reseeded, saying how to start fresh', { timeout: 90_000 }, async () => {
    const path = join(caseDir(), 'klimat.sqlite');
    writeFileSync(path, '');
    await expectRefusal(path, [
      `Cannot start: the database file ${path} is empty (0 bytes)`,
      'delete it (or point DATABASE_PATH to a new file)',
    ]);
  });

  // Root reads any file: with the server running as root (restriction 'immutable'), no file is unreadable to it.
  it.skipIf(restriction !== 'permissions' && restriction !== 'unprivileged-user')(
    'an unreadable file (mode 000)',
    { timeout: 90_000 },
    async () => {
      const dir = caseDir();
      const path = join(dir, 'klimat.sqlite');
      openDatabase({ path, dataset: testDataset }).close();
      chmodSync(path, 0o000);
      await expectRefusal(path, [
        `Cannot start: the database file ${path} cannot be read (permission denied`,
        "Give the server's user read and write access",
      ]);
    },
  );

  it.skipIf(restriction === null)(
    'a database in a read-only directory, where SQLite cannot make its -wal and -shm files',
    { timeout: 90_000 },
    async () => {
      const dir = caseDir();
      const path = join(dir, 'klimat.sqlite');
      openDatabase({ path, dataset: testDataset }).close();
      makeReadOnly(path, 0o444);
      makeReadOnly(dir, 0o555);
      await expectRefusal(path, [
        `Cannot start: the database file ${path} cannot be read`,
        `its directory ${dir} is read-only`,
        'Make that directory writable',
      ]);
    },
  );

  it(
    'a database written by a newer version of the dashboard: exit 78, one line naming both schemas',
    { timeout: 90_000 },
    async () => {
      // Writable for the unprivileged server: the file is opened before its schema is read.
      const dir = caseDir(0o777);
      const path = join(dir, 'klimat.sqlite');
      const db = openDatabase({ path, dataset: testDataset });
      db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
      db.close();
      chmodSync(path, 0o666);
      await expectRefusal(path, [
        `Cannot start: the database file ${path} was written by a newer version of the dashboard (schema ${MIGRATIONS.length + 1}, this one knows ${MIGRATIONS.length})`,
        'restore a backup made by this one',
      ]);
    },
  );

  const BAD_SETTINGS: [string, Record<string, string>, string[]][] = [
    [
      'TRUSTED_PROXIES',
      { TRUSTED_PROXIES: '127.0.0.1,proxy.example' },
      ["Cannot start: TRUSTED_PROXIES: 'proxy.example' is not an IP address or CIDR range"],
    ],
    [
      'a guessable token',
      { ADMIN_TOKENS: 'alice:aaaaaaaaaaaaaaaaaaaaaaaa' },
      ["Cannot start: ADMIN_TOKENS: the token for 'alice' is too easy to guess", 'openssl rand -hex 24'],
    ],
  ];
  it.each(BAD_SETTINGS)(
    'a bad setting (%s): exit 78 with the one line',
    async (_what, env, phrases) => {
      await expectRefusal(join(caseDir(), 'klimat.sqlite'), phrases, env);
    },
    90_000,
  );
});

describe('start-up on a port already in use', () => {
  it('exit 78 with one line saying so and what to do, no stack trace', { timeout: 90_000 }, async () => {
    const port = await freePort();
    const other = createServer();
    await new Promise<void>((resolve) => other.listen(port, '127.0.0.1', resolve));
    try {
      await expectRefusal(
        join(caseDir(0o777), 'klimat.sqlite'),
        [`Cannot start: port ${port} is already in use (another server is running?): stop it or set PORT=`],
        { PORT: String(port) },
      );
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });
});

describe('start-up on a read-only database file', () => {
  it.skipIf(restriction === null)(
    'starts, serves reads, answers writes 503 and reports writable: false',
    { timeout: 90_000 },
    async () => {
      // The directory stays writable (SQLite keeps its -wal and -shm files there); the file is read-only.
      const dir = caseDir(0o777);
      const path = join(dir, 'klimat.sqlite');
      openDatabase({ path, dataset: testDataset }).close();
      makeReadOnly(path, 0o444);
      const run = await startServer(path);
      try {
        for (let i = 0; i < 600 && !/dashboard on http/.test(run.output().stdout); i++)
          await new Promise((resolve) => setTimeout(resolve, 100));
        const { stdout, stderr } = run.output();
        expect(stdout, stderr).toMatch(/dashboard on http/);
        expect(stdout).toContain('WRITES NOT POSSIBLE');
        const base = `http://127.0.0.1:${run.port}`;

        const cities = await fetch(`${base}/api/v1/cities`);
        expect(cities.status).toBe(200);
        expect(((await cities.json()) as { cities: unknown[] }).cities).toHaveLength(23);

        const health = (await (await fetch(`${base}/api/v1/health`)).json()) as {
          status: string;
          writable: boolean;
          writeProblem?: string;
        };
        expect(health).toMatchObject({ status: 'ok', writable: false });
        expect(health.writeProblem).toContain('read-only');

        const write = await fetch(`${base}/api/v1/admin/cities/malmo/targets`, {
          method: 'PUT',
          headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json', 'If-Match': '*' },
          body: JSON.stringify({ targets: [] }),
        });
        expect(write.status).toBe(503);
        expect(write.headers.get('content-type')).toBe('application/problem+json');
        expect(((await write.json()) as { detail: string }).detail).toContain('The database cannot be written');
        // Reads still go on after the refused write.
        expect((await fetch(`${base}/api/v1/standings`)).status).toBe(200);
      } finally {
        run.stop();
      }
      expect(await run.exited).toBe(0);
    },
  );
});
