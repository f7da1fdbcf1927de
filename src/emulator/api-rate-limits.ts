// The emulator's per-token rate limits: one per API (REST 1620 and v1 2000 requests a minute
// unless the options say otherwise) and the much lower one Snyk puts on listing v1 group
// members, which is never extended while blocked. Reality mode's own 429s come first.
import { RateLimiter } from './rate-limit.ts';
import type { RateTake } from './reality/rate-headers.ts';
import type { EmuRequest } from './request.ts';
import type { RateLimitConfig } from './types.ts';

type ApiName = 'rest' | 'v1';
const GROUP_MEMBERS = /^\/v1\/group\/[^/]+\/members$/;

export class ApiRateLimits {
  perMinute: Record<ApiName, number> = { rest: 1620, v1: 2000 };
  private limiters: Partial<Record<ApiName, RateLimiter>> = {};
  private members: RateLimiter | undefined;

  constructor(
    limit: RateLimitConfig | false | undefined,
    private readonly membersPerMinute: number,
  ) {
    this.set(limit);
  }

  /** Replaces every limit (and forgets every count); `false` lifts the API limits. */
  set(limit: RateLimitConfig | false | undefined): void {
    const windowMs = (limit === false ? undefined : limit?.windowMs) ?? 60_000;
    this.perMinute = {
      rest: (limit || undefined)?.perMinute ?? 1620,
      v1: (limit || undefined)?.perMinute ?? 2000,
    };
    this.limiters =
      limit === false
        ? {}
        : {
            rest: new RateLimiter(this.perMinute.rest, windowMs, true),
            v1: new RateLimiter(this.perMinute.v1, windowMs, true),
          };
    this.members =
      this.membersPerMinute > 0 ? new RateLimiter(this.membersPerMinute, windowMs, false) : undefined;
  }

  /** The seconds a 429 must announce, or undefined when the request is within every limit. */
  retryAfter(
    req: EmuRequest,
    api: ApiName,
    tokenId: string,
    rate: RateTake | undefined,
    nowMs: number,
  ): number | undefined {
    if (rate?.retryAfterSeconds !== undefined) return rate.retryAfterSeconds;
    let decision = this.limiters[api]?.check(tokenId, nowMs) ?? { ok: true as const };
    if (decision.ok && api === 'v1' && req.method === 'GET' && GROUP_MEMBERS.test(req.path) && this.members) {
      decision = this.members.check(tokenId, nowMs);
    }
    return decision.ok ? undefined : decision.retryAfterSeconds;
  }
}
