/**
 * In-memory limits of the admin API, enough for one process.
 * - Writes: a token bucket per admin token's name (`capacity` at once, refilled at
 *   `refillPerSecond`), so one coordinator's script cannot flood the database.
 * - Failed sign-ins: a back-off per client address and per presented credential
 *   (FailureBackoff). Only requests without a valid token are ever counted or refused,
 *   so failures from anyone else never lock out a coordinator with a valid token.
 * Both forget idle keys first when they track too many, so memory stays bounded.
 */
export interface RateLimit {
  capacity: number;
  refillPerSecond: number;
}

/**
 * Failed sign-ins per key: `capacity` failures are free; each one past them blocks the key
 * for twice as long as the one before (1/refillPerSecond seconds first), up to `maxDelaySeconds`.
 * Failures are forgiven at `refillPerSecond` once a block is over.
 */
export interface FailureLimit extends RateLimit {
  maxDelaySeconds?: number;
}

/** Failed sign-ins: 10 free per address or credential, then blocks of 6 s, 12 s, 24 s … up to 15 min. */
export const FAILED_AUTH_LIMIT: FailureLimit = { capacity: 10, refillPerSecond: 1 / 6, maxDelaySeconds: 15 * 60 };
/** Writes and previews: 60 in a burst, then one a second per admin token. */
export const WRITE_LIMIT: RateLimit = { capacity: 60, refillPerSecond: 1 };

export const MAX_TRACKED_KEYS = 10_000;

/** A Map that forgets its least recently touched keys beyond `max`, after dropping the idle ones. */
class BoundedMap<V> {
  private entries = new Map<string, V>();
  constructor(
    private readonly max: number,
    private readonly isIdle: (value: V) => boolean,
  ) {}

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Stores the value as the most recently touched. */
  set(key: string, value: V): void {
    this.entries.delete(key);
    if (this.entries.size >= this.max) {
      for (const [k, v] of this.entries) if (this.isIdle(v)) this.entries.delete(k);
      // Still full (a flood of live keys): the oldest go first; Map iterates in insertion order.
      for (const k of this.entries.keys()) {
        if (this.entries.size < this.max) break;
        this.entries.delete(k);
      }
    }
    this.entries.set(key, value);
  }
}

interface Bucket {
  tokens: number;
  atMs: number;
}

export class TokenBucket {
  private readonly buckets: BoundedMap<Bucket>;

  constructor(
    private readonly limit: RateLimit,
    private readonly nowMs: () => number = Date.now,
    maxKeys = MAX_TRACKED_KEYS,
  ) {
    // A full bucket carries no information.
    this.buckets = new BoundedMap(maxKeys, (bucket) => this.level(bucket).tokens >= this.limit.capacity);
  }

  private level(bucket: Bucket | undefined): Bucket {
    const now = this.nowMs();
    if (!bucket) return { tokens: this.limit.capacity, atMs: now };
    return {
      tokens: Math.min(this.limit.capacity, bucket.tokens + ((now - bucket.atMs) / 1000) * this.limit.refillPerSecond),
      atMs: now,
    };
  }

  /** Takes one request's token; returns the seconds to wait when there was none (nothing taken). */
  take(key: string): number {
    const bucket = this.level(this.buckets.get(key));
    if (bucket.tokens < 1) return Math.ceil((1 - bucket.tokens) / this.limit.refillPerSecond);
    this.buckets.set(key, { tokens: bucket.tokens - 1, atMs: bucket.atMs });
    return 0;
  }

  get trackedKeys(): number {
    return this.buckets.size;
  }
}

interface Failures {
  /** Failures not yet forgiven. */
  count: number;
  /** When `count` was last brought up to date; forgiving starts again only after a block. */
  atMs: number;
  blockedUntilMs: number;
}

export class FailureBackoff {
  private readonly keys: BoundedMap<Failures>;
  private readonly maxDelayMs: number;

  constructor(
    private readonly limit: FailureLimit,
    private readonly nowMs: () => number = Date.now,
    maxKeys = MAX_TRACKED_KEYS,
  ) {
    this.maxDelayMs = (limit.maxDelaySeconds ?? FAILED_AUTH_LIMIT.maxDelaySeconds ?? 900) * 1000;
    this.keys = new BoundedMap(maxKeys, (f) => this.current(f).count === 0 && f.blockedUntilMs <= this.nowMs());
  }

  /** Failures after forgiving those the time since allows; no forgiving while blocked. */
  private current(f: Failures): Failures {
    const now = this.nowMs();
    const from = Math.max(f.atMs, f.blockedUntilMs);
    if (now <= from) return f;
    return {
      count: Math.max(0, f.count - ((now - from) / 1000) * this.limit.refillPerSecond),
      atMs: now,
      blockedUntilMs: f.blockedUntilMs,
    };
  }

  /** Seconds until the key may try again; 0 when it may now. */
  retryAfterSeconds(key: string): number {
    const f = this.keys.get(key);
    const waitMs = f ? f.blockedUntilMs - this.nowMs() : 0;
    return waitMs > 0 ? Math.ceil(waitMs / 1000) : 0;
  }

  /** Counts a failure; returns the seconds the key is now blocked for (0 while failures are still free). */
  fail(key: string): number {
    const now = this.nowMs();
    const before = this.keys.get(key);
    const f = before ? this.current(before) : { count: 0, atMs: now, blockedUntilMs: 0 };
    const count = f.count + 1;
    const over = Math.ceil(count - this.limit.capacity);
    const delayMs = over > 0 ? Math.min(this.maxDelayMs, (2 ** (over - 1) / this.limit.refillPerSecond) * 1000) : 0;
    this.keys.set(key, { count, atMs: now, blockedUntilMs: delayMs > 0 ? now + delayMs : f.blockedUntilMs });
    return Math.ceil(delayMs / 1000);
  }

  get trackedKeys(): number {
    return this.keys.size;
  }
}
