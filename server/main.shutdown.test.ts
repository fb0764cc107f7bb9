/**
 * server/main.ts on SIGTERM: a request in flight when the signal arrives still gets its whole
 * answer, then the process exits 0 and the port no longer accepts connections.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, smhiCsvFromDataset } from './admin/test-support.ts';
import { freePort } from '../scripts/free-port.ts';

const dir = mkdtempSync(join(tmpdir(), 'ks-shutdown-'));
writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
let child: ChildProcess | undefined;
afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('graceful shutdown of the real server', () => {
  it('finishes a request in flight on SIGTERM, then exits 0 and closes the port', { timeout: 90_000 }, async () => {
    const port = await freePort();
    const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_PATH: join(dir, 'db.sqlite'),
        DIST_DIR: dir,
        ADMIN_TOKENS: `alice:${ADMIN_TOKEN}`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = server;
    let output = '';
    server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    for (let i = 0; i < 600 && !/dashboard on http/.test(output); i++) await wait(100);
    expect(output).toMatch(/dashboard on http/);

    // An upload preview whose body is still arriving when the signal comes.
    const csv = smhiCsvFromDataset();
    let signalledFirst = false;
    const half = Math.floor(csv.length / 2);
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/v1/admin/releases/preview',
          headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'text/csv' },
        },
        (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.write(csv.slice(0, half));
      void (async () => {
        await wait(500);
        server.kill('SIGTERM');
        // The rest of the body is sent only once the server has said it is stopping.
        for (let i = 0; i < 100 && !output.includes('SIGTERM: finishing open requests'); i++) await wait(50);
        signalledFirst = output.includes('SIGTERM: finishing open requests');
        await wait(300);
        req.end(csv.slice(half));
      })();
    });

    const { status, body } = await answer;
    expect(status, body.slice(0, 300)).toBe(200);
    // The whole upload arrived after the signal and was read: the preview finds it the same as the current release.
    expect(JSON.parse(body)).toMatchObject({ status: 'unchanged' });
    expect(await exited).toBe(0);
    expect(signalledFirst).toBe(true);
    expect(await accepts(port)).toBe(false);
  });
});
