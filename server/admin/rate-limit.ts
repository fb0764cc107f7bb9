/**
 * A small in-memory token bucket per client address: `capacity` requests at once, refilled
 * at `refillPerSecond`. Enough for one process; it slows guessing tokens and floods of writes.
 * Keyed by the socket's peer address: behind a reverse proxy every client shares the proxy's
 * bucket, which errs on the side of refusing (X-Forwarded-For is not trusted, as anyone can send it).
 */
export interface RateLimit {
  capacity: number;
  refillPerSecond: number;
}

/** Failed sign-ins: 10 in a burst, then one every 6 s per address. */
export const FAILED_AUTH_LIMIT: RateLimit = { capacity: 10, refillPerSecond: 1 / 6 };
/** Writes and previews: 60 in a burst, then one a second per address. */
export const WRITE_LIMIT: RateLimit = { capacity: 60, refillPerSecond: 1 };

const MAX_TRACKED_ADDRESSES = 10_000;

export class TokenBucket {
  private buckets = new Map<string, { tokens: number; atMs: number }>();

  constructor(
    private readonly limit: RateLimit,
    private readonly nowMs: () => number = Date.now,
  ) {}

  private level(key: string): { tokens: number; atMs: number } {
    const now = this.nowMs();
    const bucket = this.buckets.get(key) ?? { tokens: this.limit.capacity, atMs: now };
    bucket.tokens = Math.min(this.limit.capacity, bucket.tokens + ((now - bucket.atMs) / 1000) * this.limit.refillPerSecond);
    bucket.atMs = now;
    return bucket;
  }

  /** Seconds until one request is allowed again; 0 when it is allowed now. Consumes nothing. */
  retryAfterSeconds(key: string): number {
    const { tokens } = this.level(key);
    return tokens >= 1 ? 0 : Math.ceil((1 - tokens) / this.limit.refillPerSecond);
  }

  /** Takes one request's token; returns the seconds to wait when there was none (nothing taken). */
  take(key: string): number {
    const bucket = this.level(key);
    if (bucket.tokens < 1) return Math.ceil((1 - bucket.tokens) / this.limit.refillPerSecond);
    bucket.tokens -= 1;
    if (!this.buckets.has(key) && this.buckets.size >= MAX_TRACKED_ADDRESSES) this.forgetFull();
    this.buckets.set(key, bucket);
    return 0;
  }

  /** Full buckets carry no information; dropping them bounds the memory a flood of addresses can take. */
  private forgetFull(): void {
    for (const [key] of this.buckets) if (this.level(key).tokens >= this.limit.capacity) this.buckets.delete(key);
    if (this.buckets.size >= MAX_TRACKED_ADDRESSES) this.buckets.clear();
  }
}
