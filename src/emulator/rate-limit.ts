// Per-key request limits in fixed windows. Snyk documents that above the REST limit "every
// request gets 429 until requests stop for the duration of the rate-limiting interval": with
// `extendWhileBlocked` each rejected request pushes the end of the block out again. Time comes
// from the injected clock so tests need no real waiting.
interface Bucket {
  windowStart: number;
  count: number;
  blockedUntil?: number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly extendWhileBlocked: boolean,
  ) {}

  check(key: string, nowMs: number): RateDecision {
    let bucket = this.buckets.get(key);
    if (bucket?.blockedUntil !== undefined) {
      if (nowMs < bucket.blockedUntil) {
        if (this.extendWhileBlocked) bucket.blockedUntil = nowMs + this.windowMs;
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((bucket.blockedUntil - nowMs) / 1000)) };
      }
      bucket = undefined;
    }
    if (bucket === undefined || nowMs - bucket.windowStart >= this.windowMs) {
      bucket = { windowStart: nowMs, count: 0 };
      this.buckets.set(key, bucket);
    }
    bucket.count++;
    if (bucket.count > this.limit) {
      bucket.blockedUntil = this.extendWhileBlocked
        ? nowMs + this.windowMs
        : bucket.windowStart + this.windowMs;
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((bucket.blockedUntil - nowMs) / 1000)) };
    }
    return { ok: true };
  }
}
