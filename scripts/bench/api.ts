/**
 * The API under load: autocannon against the real server and, cell by cell in the same
 * run, against a node:http baseline serving the very same bytes from memory.
 */
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cannon, type CannonResult } from './cannon.ts';
import { spawnNodeServer, startServer } from './server.ts';

export const API_PATHS = ['/api/v1/cities', '/api/v1/emissions?sectors=true'];
export const API_CONNECTIONS = [50, 200];
/** Budgets from issue #7. */
export const API_MIN_RATIO = 0.5;
export const API_P99_BUDGET_MS = 25;
export const API_P99_BUDGET_CONNECTIONS = 50;

export interface Dataset {
  /** '23' or '290', as the table shows it. */
  label: string;
  path: string;
}

export interface ApiCell {
  dataset: string;
  path: string;
  connections: number;
  bodyBytes: number;
  server: CannonResult;
  baseline: CannonResult;
  /** Server requests/s over the baseline's. */
  ratio: number;
}

export interface ApiOptions {
  durationSeconds: number;
  warmupSeconds: number;
  connections: number[];
  log: (line: string) => void;
}

/** Per-connection and per-response headers that the baseline's node:http sets itself. */
const HOP_HEADERS = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);

interface Recorded {
  status: number;
  headers: Record<string, string>;
  bodyBase64: string;
}

/**
 * Both servers are asked as a browser asks (Chromium sends this), so the server compresses
 * and the baseline replays the same compressed bytes.
 */
export const ACCEPT_ENCODING = 'gzip, deflate, br';

/** The raw answer, through node:http so no fetch decoding changes a byte. */
function record(url: string): Promise<Recorded> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': ACCEPT_ENCODING } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers)) {
          if (!HOP_HEADERS.has(name) && value !== undefined)
            headers[name] = Array.isArray(value) ? value.join(', ') : value;
        }
        resolve({ status: res.statusCode ?? 0, headers, bodyBase64: Buffer.concat(chunks).toString('base64') });
      });
      res.on('error', reject);
    }).on('error', reject);
  });
}

export async function benchApi(root: string, dataset: Dataset, options: ApiOptions): Promise<ApiCell[]> {
  const server = await startServer(root, { datasetPath: dataset.path });
  const dir = mkdtempSync(join(tmpdir(), 'ks-baseline-'));
  try {
    const recorded: Record<string, Recorded> = {};
    for (const path of [...API_PATHS, '/api/v1/health']) {
      const answer = await record(`${server.url}${path}`);
      if (answer.status !== 200)
        throw new Error(`GET ${path} answered ${answer.status} on the ${dataset.label} dataset`);
      recorded[path] = answer;
    }
    const file = join(dir, 'recorded.json');
    writeFileSync(file, JSON.stringify(recorded));
    const baseline = await spawnNodeServer(root, ['scripts/bench/baseline-server.ts', file], {}, '/api/v1/health');
    try {
      const cells: ApiCell[] = [];
      for (const path of API_PATHS) {
        // Bytes on the wire (compressed when the server compresses).
        const bodyBytes = Buffer.from(recorded[path]?.bodyBase64 ?? '', 'base64').length;
        for (const connections of options.connections) {
          const run = (url: string, durationSeconds: number) =>
            cannon({
              url: `${url}${path}`,
              connections,
              durationSeconds,
              headers: { 'accept-encoding': ACCEPT_ENCODING },
            });
          // Warm both once per path (JIT, the server's response cache); later cells follow a full run.
          if (connections === options.connections[0]) {
            await run(baseline.url, options.warmupSeconds);
            await run(server.url, options.warmupSeconds);
          }
          const base = await run(baseline.url, options.durationSeconds);
          const real = await run(server.url, options.durationSeconds);
          const cell: ApiCell = {
            dataset: dataset.label,
            path,
            connections,
            bodyBytes,
            server: real,
            baseline: base,
            ratio: real.requestsPerSecond / base.requestsPerSecond,
          };
          options.log(
            `api ${dataset.label} ${path} c=${connections}: ${real.requestsPerSecond.toFixed(0)} req/s p99 ${real.p99Ms} ms; baseline ${base.requestsPerSecond.toFixed(0)} req/s p99 ${base.p99Ms} ms`,
          );
          cells.push(cell);
        }
      }
      return cells;
    } finally {
      await baseline.stop();
    }
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
