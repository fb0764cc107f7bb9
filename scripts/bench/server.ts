/** Starts the real dashboard server (or the baseline) on a free port, for benchmarks. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../free-port.ts';

export interface RunningServer {
  url: string;
  /** The node process serving (not a wrapper), for reading its memory from /proc. */
  pid: number;
  stop: () => Promise<void>;
}

export interface ServerOptions {
  /** Dataset the fresh database is seeded from (DATASET_PATH); default the server's own. */
  datasetPath?: string;
  env?: Record<string, string>;
  /** Extra modules loaded into the server before its own code (node --import). */
  preload?: string[];
}

/** Spawns `node --import tsx <args>` in `root` and waits until `readyPath` answers 2xx. */
export async function spawnNodeServer(
  root: string,
  args: string[],
  env: Record<string, string>,
  readyPath: string,
  cleanup = () => {},
): Promise<RunningServer> {
  const port = await freePort();
  // The server itself (not an npm wrapper), so stopping it stops it and its pid is the server's.
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    cleanup();
  };
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      if ((await fetch(`${url}${readyPath}`)).ok) break;
    } catch {
      // not up yet
    }
    if (child.exitCode !== null) {
      cleanup();
      throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${args.join(' ')} did not answer within 90 s`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, pid: child.pid ?? 0, stop };
}

/** The real server (server/main.ts, API and SPA) on a fresh database in a temp folder. */
export async function startServer(root: string, options: ServerOptions = {}): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'ks-bench-'));
  const env: Record<string, string> = { DATABASE_PATH: join(dir, 'bench.sqlite'), ...options.env };
  if (options.datasetPath) env.DATASET_PATH = options.datasetPath;
  const preload = (options.preload ?? []).flatMap((module) => ['--import', module]);
  return spawnNodeServer(root, [...preload, 'server/main.ts'], env, '/api/v1/health', () =>
    rmSync(dir, { recursive: true, force: true }),
  );
}
