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
  /** Waits until a request may start: after any pause and at the paced rate. FIFO. */
  wait(): Promise<void>;
  /** Holds every request back until `untilMs` (from a 429's Retry-After). */
  pauseUntil(untilMs: number): void;
}

export function createPacer(options: {
  /** Requests per window (default window: one minute); absent or 0: no pacing. */
  perMinute?: number;
  windowMs?: number;
  /** Extra time a window is kept (default: 2% of the window, at least 50 ms). */
  guardMs?: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}): Pacer {
  const windowMs = options.windowMs ?? 60_000;
  // The server's window starts when a request arrives, the client's when it is sent; the first
  // requests of a run arrive late (connections are set up), so a window is kept this much
  // longer than its length, or the next full window's requests could land in the server's first.
  const guardMs = options.guardMs ?? Math.max(50, windowMs * 0.02);
  const limit = options.perMinute !== undefined && options.perMinute > 0 ? Math.floor(options.perMinute) : 0;
  // A sliding-window log: a request may start when the start `limit` places before it is a
  // whole window ago, so no span of a window ever holds more than `limit` starts (whatever
  // the server's window alignment), and a run below the limit is never slowed at all. Each
  // start is decided when it happens, one waiter at a time, so a late timer (a busy event
  // loop, a long GC pause) never releases the starts it missed all at once.
  const starts = new Float64Array(limit).fill(Number.NEGATIVE_INFINITY);
  let oldest = 0;
  let pausedUntil = 0;
  const queue: (() => void)[] = [];
  let pumping = false;
  const pump = async () => {
    pumping = true;
    try {
      while (queue.length > 0) {
        const now = options.now();
        if (now < pausedUntil) {
          await options.sleep(pausedUntil - now);
          continue;
        }
        if (limit > 0) {
          const at = starts[oldest]! + windowMs + guardMs;
          if (at > now) {
            await options.sleep(at - now);
            continue;
          }
          starts[oldest] = now;
          oldest = (oldest + 1) % limit;
        }
        queue.shift()?.();
      }
    } finally {
      pumping = false;
    }
  };
  return {
    wait() {
      return new Promise<void>((resolve) => {
        queue.push(resolve);
        if (!pumping) void pump();
      });
    },
    pauseUntil(untilMs) {
      pausedUntil = Math.max(pausedUntil, untilMs);
    },
  };
}
