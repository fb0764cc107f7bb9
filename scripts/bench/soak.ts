/**
 * Soak: the real server under 100 connections of reads for a minute while a coordinator
 * writes once a second through the authenticated admin API, and four more coordinators
 * edit one city's targets and signings at the same moments with If-Match
 * (soak-coordinators.ts). Reports errors, the writes, whether any write was lost, and the
 * server's memory over time (RSS from /proc, V8 heap from memory-probe.ts).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cannon, type CannonResult } from './cannon.ts';
import { startServer } from './server.ts';
import { summarise } from './stats.ts';
import {
  coordinatorTokens,
  describeCoordinators,
  prepareCoordinators,
  type CoordinatorSummary,
} from './soak-coordinators.ts';
import { prepareWrites } from './soak-writes.ts';

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
/** "Flat": memory at the end at most this much above its level after warm-up. */
export const MAX_MEMORY_GROWTH = 0.2;
/**
 * RSS climbs for the first ~20 s at 100 connections (allocator arenas and socket buffers
 * reach their working size) and then levels off, so warm-up is the first third of the soak.
 */
const WARMUP_FRACTION = 1 / 3;

export interface MemoryPoint {
  atSeconds: number;
  rssMb: number;
  heapUsedMb: number | null;
}

export interface WriteSummary {
  attempted: number;
  ok: number;
  failed: number;
  byStatus: Record<string, number>;
  p50Ms: number;
  maxMs: number;
  /** Set when the writes could not be made as asked (endpoint missing, refused, rate-limited). */
  note: string | null;
}

export interface SoakResult {
  durationSeconds: number;
  connections: number;
  paths: string[];
  reads: CannonResult;
  /** The writer's writes, with the coordinators' verdict in `note` and their unaccounted writes in `failed`. */
  writes: WriteSummary;
  /** Concurrent coordinators on one city: every write landed or was refused, and the audit log agrees. */
  coordinators: CoordinatorSummary;
  memory: {
    samples: MemoryPoint[];
    start: MemoryPoint;
    afterWarmup: MemoryPoint;
    middle: MemoryPoint;
    end: MemoryPoint;
    peakRssMb: number;
    /** Least-squares slope of RSS after warm-up, MB per minute: a leak shows as a steady climb. */
    rssSlopeMbPerMinute: number;
    rssGrowth: number;
    flat: boolean;
  };
}

function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

/** The median point over a window of seconds, which smooths single GC swings. */
function around(samples: MemoryPoint[], fromSeconds: number, toSeconds: number): MemoryPoint {
  const inside = samples.filter((s) => s.atSeconds >= fromSeconds && s.atSeconds <= toSeconds);
  const pick = inside.length > 0 ? inside : samples.slice(-1);
  const heaps = pick.map((s) => s.heapUsedMb).filter((h): h is number => h !== null);
  return {
    atSeconds: Math.round(summarise(pick.map((s) => s.atSeconds)).median),
    rssMb: summarise(pick.map((s) => s.rssMb)).median,
    heapUsedMb: heaps.length > 0 ? summarise(heaps).median : null,
  };
}

function slopePerMinute(points: { atSeconds: number; rssMb: number }[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const meanX = points.reduce((sum, p) => sum + p.atSeconds, 0) / n;
  const meanY = points.reduce((sum, p) => sum + p.rssMb, 0) / n;
  const sxy = points.reduce((sum, p) => sum + (p.atSeconds - meanX) * (p.rssMb - meanY), 0);
  const sxx = points.reduce((sum, p) => sum + (p.atSeconds - meanX) ** 2, 0);
  return sxx === 0 ? 0 : (sxy / sxx) * 60;
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
    const writeSigning = await prepareWrites(server.url, token);
    const coordinate = await prepareCoordinators(server.url, coordinators);
    const startedAt = Date.now();
    const rss: { atSeconds: number; rssMb: number }[] = [{ atSeconds: 0, rssMb: rssMb(server.pid) }];
    const sampler = setInterval(
      () => rss.push({ atSeconds: (Date.now() - startedAt) / 1000, rssMb: rssMb(server.pid) }),
      1000,
    );
    const reading = cannon({ url: server.url, connections: SOAK_CONNECTIONS, durationSeconds, paths: SOAK_PATHS });
    const [writer, coordinated] = await Promise.all([
      writeSigning(startedAt + durationSeconds * 1000),
      coordinate(startedAt + durationSeconds * 1000),
    ]);
    const reads = await reading;
    // The report judges `writes`: a lost or unaccounted coordinator write fails it.
    const coordination = describeCoordinators(coordinated);
    const writes: WriteSummary = {
      ...writer,
      failed: writer.failed + (coordinated.ok ? 0 : Math.max(1, coordinated.problems.length)),
      note: writer.note === null ? coordination : `${writer.note}; ${coordination}`,
    };
    clearInterval(sampler);
    rss.push({ atSeconds: (Date.now() - startedAt) / 1000, rssMb: rssMb(server.pid) });

    const heap = readFileSync(memoryFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { atMs: number; heapUsed: number })
      .map((h) => ({ atSeconds: (h.atMs - startedAt) / 1000, heapUsedMb: h.heapUsed / 1024 / 1024 }));
    const samples: MemoryPoint[] = rss.map((r) => {
      const nearest = heap.reduce<(typeof heap)[number] | undefined>(
        (best, h) => (!best || Math.abs(h.atSeconds - r.atSeconds) < Math.abs(best.atSeconds - r.atSeconds) ? h : best),
        undefined,
      );
      return {
        ...r,
        heapUsedMb: nearest && Math.abs(nearest.atSeconds - r.atSeconds) <= 1 ? nearest.heapUsedMb : null,
      };
    });
    const warm = durationSeconds * WARMUP_FRACTION;
    const afterWarmup = around(samples, warm, warm + 5);
    const end = around(samples, durationSeconds - 5, durationSeconds + 5);
    const rssGrowth = end.rssMb / afterWarmup.rssMb - 1;
    log(
      `soak: ${reads.requests} reads, ${reads.errors} errors, ${reads.non2xx} non-2xx; ${writes.ok}/${writes.attempted} writes; ${coordination}; RSS ${afterWarmup.rssMb.toFixed(0)} → ${end.rssMb.toFixed(0)} MB`,
    );
    return {
      durationSeconds,
      connections: SOAK_CONNECTIONS,
      paths: SOAK_PATHS,
      reads,
      writes,
      coordinators: coordinated,
      memory: {
        samples,
        start: samples[0] ?? end,
        afterWarmup,
        middle: around(samples, durationSeconds / 2 - 2, durationSeconds / 2 + 2),
        end,
        peakRssMb: Math.max(...samples.map((p) => p.rssMb)),
        rssSlopeMbPerMinute: slopePerMinute(samples.filter((p) => p.atSeconds >= warm)),
        rssGrowth,
        flat: rssGrowth <= MAX_MEMORY_GROWTH,
      },
    };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
