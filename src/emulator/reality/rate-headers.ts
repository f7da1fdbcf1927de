// REALITY §8-9: Snyk's gateway counts requests per token in per-second, per-minute and per-hour
// windows and says so in structured headers:
//   X-RateLimit-Limit: 160, 160;w=1;name="…per_second…", 1620;w=60;name="…per_minute…", 97200;w=3600;name="…"
// with X-RateLimit-Remaining and X-RateLimit-Reset (delta seconds) of the window closest to its
// limit. This counter keeps those windows (fixed, from the first request, on the injected clock),
// enforces the per-second and per-hour limits, and leaves the per-minute limit to the emulator's
// documented limiter (it only reports it here).
export interface RateSnapshot {
  limit: string;
  remaining: number;
  resetSeconds: number;
}

export type RateTake = { snapshot: RateSnapshot; retryAfterSeconds?: number };

interface Window {
  start: number;
  count: number;
}

const WINDOWS = [
  { seconds: 1, name: 'per_second' },
  { seconds: 60, name: 'per_minute' },
  { seconds: 3600, name: 'per_hour' },
] as const;

function policyName(api: string, window: string): string {
  return `crd|generic_key^api-gateway.api-${api}|generic_key^${window}|principal_id|ratelimit_bucket^high`;
}

export class RealityRate {
  private readonly windows = new Map<string, Window[]>();

  constructor(private readonly config: { perSecond: number; perHour: number }) {}

  /** Counts one request of `key` (token and API); `enforce` = refuse over the second/hour limits. */
  take(api: 'rest' | 'v1', key: string, nowMs: number, perMinute: number, enforce: boolean): RateTake {
    const limits = [this.config.perSecond, perMinute, this.config.perHour];
    const windows = this.windows.get(`${api}\u0000${key}`) ?? WINDOWS.map(() => ({ start: nowMs, count: 0 }));
    this.windows.set(`${api}\u0000${key}`, windows);
    let refusedBy: number | undefined;
    WINDOWS.forEach((w, i) => {
      const win = windows[i] as Window;
      if (nowMs - win.start >= w.seconds * 1000) {
        win.start = nowMs;
        win.count = 0;
      }
      win.count++;
      if (enforce && i !== 1 && win.count > (limits[i] ?? 0) && refusedBy === undefined) refusedBy = i;
    });
    const resetOf = (i: number) =>
      Math.max(1, Math.ceil(((windows[i]?.start ?? nowMs) + WINDOWS[i]!.seconds * 1000 - nowMs) / 1000));
    let closest = 0;
    const remainingOf = (i: number) => Math.max(0, (limits[i] ?? 0) - (windows[i]?.count ?? 0));
    for (let i = 1; i < WINDOWS.length; i++) if (remainingOf(i) < remainingOf(closest)) closest = i;
    if (refusedBy !== undefined) closest = refusedBy;
    const parts = WINDOWS.map((w, i) => `${limits[i]};w=${w.seconds};name="${policyName(api, w.name)}"`);
    const snapshot: RateSnapshot = {
      limit: [String(limits[closest]), ...parts].join(', '),
      remaining: remainingOf(closest),
      resetSeconds: resetOf(closest),
    };
    return refusedBy === undefined ? { snapshot } : { snapshot, retryAfterSeconds: resetOf(refusedBy) };
  }
}

/** The X-RateLimit-* headers of a snapshot; a 429 reports 0 remaining and its own reset. */
export function rateHeaders(snapshot: RateSnapshot, retryAfterSeconds?: number): Record<string, string> {
  return {
    'X-RateLimit-Limit': snapshot.limit,
    'X-RateLimit-Remaining': String(retryAfterSeconds === undefined ? snapshot.remaining : 0),
    'X-RateLimit-Reset': String(retryAfterSeconds ?? snapshot.resetSeconds),
  };
}
