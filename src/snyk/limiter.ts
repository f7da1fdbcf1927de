// A global bound on requests in flight, and a gate that holds every request back while Snyk
// has asked us to wait (a 429's Retry-After) or while a known rate would be exceeded.

export interface Limiter {
  /** Resolves with a release function once a slot is free. FIFO. */
  acquire(): Promise<() => void>;
  inFlight(): number;
}

export function createLimiter(concurrency: number): Limiter {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
  }
  let active = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else active--;
  };
  return {
    acquire() {
      if (active < concurrency) {
        active++;
        return Promise.resolve(once(release));
      }
      return new Promise((resolve) => waiting.push(() => resolve(once(release))));
    },
    inFlight: () => active,
  };
}

function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (!done) {
      done = true;
      fn();
    }
  };
}

export interface Pacer {
  /** Waits until a request may start: after any pause and at the paced rate. */
  wait(): Promise<void>;
  /** Holds every request back until `untilMs` (from a 429's Retry-After). */
  pauseUntil(untilMs: number): void;
}

export function createPacer(options: {
  perMinute?: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}): Pacer {
  const interval = options.perMinute !== undefined && options.perMinute > 0 ? 60_000 / options.perMinute : 0;
  let pausedUntil = 0;
  let nextSlot = 0;
  return {
    async wait() {
      for (;;) {
        const now = options.now();
        if (now < pausedUntil) {
          await options.sleep(pausedUntil - now);
          continue;
        }
        if (interval === 0) return;
        const at = Math.max(now, nextSlot);
        nextSlot = at + interval;
        if (at > now) await options.sleep(at - now);
        return;
      }
    },
    pauseUntil(untilMs) {
      pausedUntil = Math.max(pausedUntil, untilMs);
    },
  };
}
