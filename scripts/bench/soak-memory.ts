/**
 * The soak's memory readings: the server's RSS from /proc once a second, its V8 heap from the
 * lines memory-probe.ts writes, and the summary the report judges (growth after warm-up,
 * slope, peak).
 */
import { readFileSync } from 'node:fs';
import { summarise } from './stats.ts';

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

export type RssPoint = Omit<MemoryPoint, 'heapUsedMb'>;

export interface MemorySummary {
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
}

/** The resident set size of a process, in MB (NaN when /proc does not say). */
export function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

/** Samples the RSS of `pid` once a second from now; stop() takes a last sample and gives them all. */
export function sampleRss(pid: number, startedAt: number): { stop: () => RssPoint[] } {
  const sample = () => ({ atSeconds: (Date.now() - startedAt) / 1000, rssMb: rssMb(pid) });
  const rss: RssPoint[] = [{ atSeconds: 0, rssMb: rssMb(pid) }];
  const sampler = setInterval(() => rss.push(sample()), 1000);
  return {
    stop: () => {
      clearInterval(sampler);
      rss.push(sample());
      return rss;
    },
  };
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

function slopePerMinute(points: RssPoint[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const meanX = points.reduce((sum, p) => sum + p.atSeconds, 0) / n;
  const meanY = points.reduce((sum, p) => sum + p.rssMb, 0) / n;
  const sxy = points.reduce((sum, p) => sum + (p.atSeconds - meanX) * (p.rssMb - meanY), 0);
  const sxx = points.reduce((sum, p) => sum + (p.atSeconds - meanX) ** 2, 0);
  return sxx === 0 ? 0 : (sxy / sxx) * 60;
}

/** Each RSS sample with the heap reading (memory-probe.ts's JSON lines) within a second of it, else null. */
export function withHeap(rss: RssPoint[], memoryFile: string, startedAt: number): MemoryPoint[] {
  const heap = readFileSync(memoryFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { atMs: number; heapUsed: number })
    .map((h) => ({ atSeconds: (h.atMs - startedAt) / 1000, heapUsedMb: h.heapUsed / 1024 / 1024 }));
  return rss.map((r) => {
    const nearest = heap.reduce<(typeof heap)[number] | undefined>(
      (best, h) => (!best || Math.abs(h.atSeconds - r.atSeconds) < Math.abs(best.atSeconds - r.atSeconds) ? h : best),
      undefined,
    );
    return {
      ...r,
      heapUsedMb: nearest && Math.abs(nearest.atSeconds - r.atSeconds) <= 1 ? nearest.heapUsedMb : null,
    };
  });
}

/** What the samples of a soak of `durationSeconds` say about memory. */
export function memorySummary(samples: MemoryPoint[], durationSeconds: number): MemorySummary {
  const warm = durationSeconds * WARMUP_FRACTION;
  const afterWarmup = around(samples, warm, warm + 5);
  const end = around(samples, durationSeconds - 5, durationSeconds + 5);
  const rssGrowth = end.rssMb / afterWarmup.rssMb - 1;
  return {
    samples,
    start: samples[0] ?? end,
    afterWarmup,
    middle: around(samples, durationSeconds / 2 - 2, durationSeconds / 2 + 2),
    end,
    peakRssMb: Math.max(...samples.map((p) => p.rssMb)),
    rssSlopeMbPerMinute: slopePerMinute(samples.filter((p) => p.atSeconds >= warm)),
    rssGrowth,
    flat: rssGrowth <= MAX_MEMORY_GROWTH,
  };
}
