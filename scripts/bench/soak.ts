/**
 * Soak: the real server under 100 connections of reads for a minute while a coordinator
 * writes once a second through the authenticated admin API, and four more coordinators
 * edit one city's targets and signings at the same moments with If-Match
 * (soak-coordinators.ts). Reports errors, the writes (soak-writes.ts), whether any write was
 * lost, and the server's memory over time (soak-memory.ts).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cannon, type CannonResult } from './cannon.ts';
import { startServer } from './server.ts';
import {
  coordinatorTokens,
  describeCoordinators,
  prepareCoordinators,
  type CoordinatorSummary,
} from './soak-coordinators.ts';
import { memorySummary, sampleRss, withHeap, type MemorySummary } from './soak-memory.ts';
import { prepareWrites, type WriteSummary } from './soak-writes.ts';

export const SOAK_CONNECTIONS = 100;
/** Reads a visitor's pages make; each connection cycles through them. */
export const SOAK_PATHS = [
  '/api/v1/cities',
  '/api/v1/emissions?sectors=true',
  '/api/v1/contracts',
  '/api/v1/cities/malmo',
  '/api/v1/standings?measure=changeSince2015Percent',
  '/api/v1/emissions?cities=malmo,lund',
];
export { MAX_MEMORY_GROWTH, type MemoryPoint } from './soak-memory.ts';
export type { WriteSummary } from './soak-writes.ts';

export interface SoakResult {
  durationSeconds: number;
  connections: number;
  paths: string[];
  reads: CannonResult;
  /** The writer's writes, with the coordinators' verdict in `note` and their unaccounted writes in `failed`. */
  writes: WriteSummary;
  /** Concurrent coordinators on one city: every write landed or was refused, and the audit log agrees. */
  coordinators: CoordinatorSummary;
  memory: MemorySummary;
}

/** The writer's summary with the coordinators' verdict: a lost or unaccounted coordinator write fails it. */
function judgedWrites(writer: WriteSummary, coordinated: CoordinatorSummary): WriteSummary {
  const coordination = describeCoordinators(coordinated);
  return {
    ...writer,
    failed: writer.failed + (coordinated.ok ? 0 : Math.max(1, coordinated.problems.length)),
    note: writer.note === null ? coordination : `${writer.note}; ${coordination}`,
  };
}

/** Reads, the writer and the coordinators against `url` for `durationSeconds`, with the server's RSS sampled throughout. */
async function load(
  url: string,
  pid: number,
  token: string,
  coordinators: ReturnType<typeof coordinatorTokens>,
  durationSeconds: number,
) {
  const writeSigning = await prepareWrites(url, token);
  const coordinate = await prepareCoordinators(url, coordinators);
  const startedAt = Date.now();
  const rss = sampleRss(pid, startedAt);
  const reading = cannon({ url, connections: SOAK_CONNECTIONS, durationSeconds, paths: SOAK_PATHS });
  const [writer, coordinated] = await Promise.all([
    writeSigning(startedAt + durationSeconds * 1000),
    coordinate(startedAt + durationSeconds * 1000),
  ]);
  const reads = await reading;
  const writes = judgedWrites(writer, coordinated);
  return { startedAt, rss: rss.stop(), reads, writes, coordinated };
}

export async function benchSoak(
  root: string,
  durationSeconds: number,
  log: (line: string) => void,
): Promise<SoakResult> {
  const token = randomBytes(24).toString('hex');
  const dir = mkdtempSync(join(tmpdir(), 'ks-soak-'));
  const memoryFile = join(dir, 'memory.jsonl');
  const coordinators = coordinatorTokens();
  const server = await startServer(root, {
    env: {
      ADMIN_TOKENS: [`bench-soak:${token}`, ...coordinators.map((c) => `${c.name}:${c.token}`)].join(','),
      BENCH_MEMORY_FILE: memoryFile,
    },
    preload: ['./scripts/bench/memory-probe.ts'],
  });
  try {
    const { startedAt, rss, reads, writes, coordinated } = await load(
      server.url,
      server.pid,
      token,
      coordinators,
      durationSeconds,
    );
    const memory = memorySummary(withHeap(rss, memoryFile, startedAt), durationSeconds);
    log(
      `soak: ${reads.requests} reads, ${reads.errors} errors, ${reads.non2xx} non-2xx; ${writes.ok}/${writes.attempted} writes; ${describeCoordinators(coordinated)}; RSS ${memory.afterWarmup.rssMb.toFixed(0)} → ${memory.end.rssMb.toFixed(0)} MB`,
    );
    return {
      durationSeconds,
      connections: SOAK_CONNECTIONS,
      paths: SOAK_PATHS,
      reads,
      writes,
      coordinators: coordinated,
      memory,
    };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
