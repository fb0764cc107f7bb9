/** One autocannon measurement, reduced to the figures the bench reports. */
import autocannon from 'autocannon';

export interface CannonResult {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors, timeouts included. */
  errors: number;
  non2xx: number;
  /** Responses by status class, as autocannon counts them. */
  statusClasses: Record<string, number>;
  megabytesPerSecond: number;
}

export interface CannonOptions {
  url: string;
  connections: number;
  durationSeconds: number;
  /** Paths each connection cycles through; default the path of `url`. */
  paths?: string[];
  /** Request headers, e.g. Accept-Encoding. */
  headers?: Record<string, string>;
}

export async function cannon({
  url,
  connections,
  durationSeconds,
  paths,
  headers,
}: CannonOptions): Promise<CannonResult> {
  const result = await autocannon({
    url,
    connections,
    duration: durationSeconds,
    // Large bodies (2 MB with 290 municipalities) take longer than the default 10 s at 200 connections.
    timeout: 30,
    ...(headers ? { headers } : {}),
    ...(paths ? { requests: paths.map((path) => ({ method: 'GET' as const, path })) } : {}),
  });
  const statusClasses = Object.fromEntries(
    (['1xx', '2xx', '3xx', '4xx', '5xx'] as const).map((key) => [key, result[key]]),
  );
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    statusClasses,
    megabytesPerSecond: result.throughput.total / result.duration / 1e6,
  };
}
