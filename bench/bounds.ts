// The lower bounds the benchmark compares against: the fewest requests a plan can make for
// what the file manages, and the shortest time the rate limit and the latency allow.

/** REST collections are read at limit=100 (the largest page Snyk allows); an empty list is one page. */
export const PAGE = 100;

export interface RequestCount {
  rest: number;
  v1: number;
}

/**
 * Reads a plan cannot do without, when the file manages the settings and members of `orgs`:
 * REST `GET /self` (the token's user, for the lockout rail), `GET /groups/{id}/orgs` pages (to
 * match slugs), `GET /groups/{id}/memberships` pages (the directory that resolves users: Snyk
 * has no user search), one `GET /orgs/{id}/memberships` page per 100 members of each org; v1
 * `GET /group/{id}/roles` (org role names) and `GET /org/{id}/settings` per org.
 */
export function planReadBound(
  memberCounts: readonly number[],
  groupMembers: number,
  outbound: readonly OutboundReads[] = [],
): RequestCount {
  const pages = (n: number) => Math.max(1, Math.ceil(n / PAGE));
  const memberPages = memberCounts.reduce((sum, n) => sum + pages(n), 0);
  return {
    rest: 1 + pages(memberCounts.length) + pages(groupMembers) + memberPages,
    v1: 1 + memberCounts.length + outbound.reduce((sum, org) => sum + outboundReads(org), 0),
  };
}

/** What one org's entry lists of docs/configuration.md#integrations-notifications-and-webhooks, and so what must be read for it (all v1, unpaged). */
export interface OutboundReads {
  /** Integration types listed with `settings` that the org has; undefined: `integrations` not listed. */
  integrationSettings?: number;
  notifications?: boolean;
  webhooks?: boolean;
}

/** The integration list plus one settings read per listed type the org has; one each for the rest. */
export function outboundReads(org: OutboundReads): number {
  const integrations = org.integrationSettings === undefined ? 0 : 1 + org.integrationSettings;
  return integrations + (org.notifications ? 1 : 0) + (org.webhooks ? 1 : 0);
}

export function total(count: RequestCount): number {
  return count.rest + count.v1;
}

export interface WallLimits {
  /** Requests each API allows per window, and the window. */
  restPerWindow: number;
  v1PerWindow: number;
  windowMs: number;
  /** Mean latency the server adds to each request. */
  meanLatencyMs: number;
  concurrency: number;
}

/** max(requests / rate for each API, requests × mean latency / concurrency), in ms. */
export function wallBound(count: RequestCount, limits: WallLimits): number {
  const restRate = limits.restPerWindow / limits.windowMs;
  const v1Rate = limits.v1PerWindow / limits.windowMs;
  return Math.max(
    count.rest / restRate,
    count.v1 / v1Rate,
    (total(count) * limits.meanLatencyMs) / limits.concurrency,
  );
}
