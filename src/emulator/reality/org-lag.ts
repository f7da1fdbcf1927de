// REALITY §4: an org created through the API is not readable everywhere at once. While it is
// "provisioning", requests that name its id (REST /orgs/{id}…, v1 /org/{id}…) answer 404 and the
// org lists (/orgs, /groups/{its group}/orgs) leave it out. Each such request counts; the org
// becomes visible once `requests` of them were answered that way and `ms` have passed since its
// creation (both deterministic: the count needs no clock, the time comes from the injected one).
import type { EmulatorState } from '../state-types.ts';

interface Provisioning {
  groupId: string;
  remaining: number;
  until: number;
}

const NAMED = /^\/(?:rest\/orgs|v1\/org)\/([^/]+)(?:\/|$)/;
/** v1 requests that name an org in their body: an integration clone's destination. */
const CLONE = /^\/v1\/org\/[^/]+\/integrations\/[^/]+\/clone\/?$/;
const GROUP_ORGS = /^\/rest\/groups\/([^/]+)\/orgs\/?$/;
const ALL_ORGS = /^\/rest\/orgs\/?$/;

export class CreatedOrgLag {
  private readonly orgs = new Map<string, Provisioning>();

  constructor(private readonly config: { requests: number; ms: number }) {}

  /** Starts the lag of an org that has just been created. */
  created(orgId: string, groupId: string, nowMs: number): void {
    this.orgs.set(orgId, { groupId, remaining: this.config.requests, until: nowMs + this.config.ms });
  }

  /** Counts a request that observes the org; true while it is still provisioning. */
  private observe(orgId: string, nowMs: number): boolean {
    const p = this.orgs.get(orgId);
    if (p === undefined) return false;
    if (p.remaining <= 0 && nowMs >= p.until) {
      this.orgs.delete(orgId);
      return false;
    }
    p.remaining--;
    return true;
  }

  /** The id of a provisioning org the request names (it answers 404), if any. */
  hiddenOrgNamedBy(path: string, nowMs: number, rawBody?: string): string | undefined {
    const id = NAMED.exec(path)?.[1];
    const inPath = id === undefined ? undefined : decodeURIComponent(id);
    if (inPath !== undefined && this.observe(inPath, nowMs)) return inPath;
    const inBody = CLONE.test(path) ? destinationOf(rawBody) : undefined;
    return inBody !== undefined && this.observe(inBody, nowMs) ? inBody : undefined;
  }

  /** The state an org list request sees: provisioning orgs left out (a shallow view, read-only). */
  viewFor(method: string, path: string, state: EmulatorState, nowMs: number): EmulatorState {
    if (method !== 'GET' || this.orgs.size === 0) return state;
    const groupId = GROUP_ORGS.exec(path)?.[1];
    if (groupId === undefined && !ALL_ORGS.test(path)) return state;
    const hidden = new Set<string>();
    for (const [orgId, p] of [...this.orgs]) {
      if (groupId !== undefined && p.groupId !== decodeURIComponent(groupId)) continue;
      if (this.observe(orgId, nowMs)) hidden.add(orgId);
    }
    if (hidden.size === 0) return state;
    return {
      ...state,
      groups: state.groups.map((g) =>
        g.orgs.some((o) => hidden.has(o.id)) ? { ...g, orgs: g.orgs.filter((o) => !hidden.has(o.id)) } : g,
      ),
    };
  }
}

/** The `destinationOrgPublicId` of a clone's body, when it has one. */
function destinationOf(rawBody: string | undefined): string | undefined {
  try {
    const body: unknown = JSON.parse(rawBody ?? '');
    const id = (body as { destinationOrgPublicId?: unknown } | null)?.destinationOrgPublicId;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}
