// Export reads everything, but the live reader reads only what a desired state manages. So
// read in two steps: the group's orgs first, then with a desired state that manages every
// org's settings and members, and the group's settings, tags and members (and the tenant's,
// when its id is known: no GA endpoint tells which tenant holds a group).
import type { DesiredState, LiveState } from '../core/types.ts';
import { readLiveState } from '../live/index.ts';
import type { SnykClient } from '../snyk/index.ts';

export interface ReadAllOptions {
  tenantId?: string;
  onProgress?: (done: number, total: number, label: string) => void;
}

/** A desired state that manages nothing: the reader then reads /self and the org list. */
export function manageNothing(groupId: string): DesiredState {
  return {
    version: 1,
    group: { id: groupId },
    orgs: [],
    users: { unknown: 'error', ignore: [] },
    prune: { groupMembers: false, orgMembers: false, tenantMembers: false, groupTags: false, orgs: false },
    limits: { maxDeletePercent: 100 },
    drift: { ignore: [] },
  };
}

/** A desired state that manages every part of the group (its values are never compared). */
export function manageEverything(
  groupId: string,
  orgs: readonly { id: string; slug: string }[],
  tenantId?: string,
): DesiredState {
  const desired = manageNothing(groupId);
  desired.group = { id: groupId, settings: {}, tags: [], members: [] };
  desired.orgs = orgs.map((org) => ({ slug: org.slug, id: org.id, settings: {}, members: [] }));
  if (tenantId !== undefined) desired.tenant = { id: tenantId, members: [] };
  return desired;
}

export async function readAllLive(
  client: SnykClient,
  groupId: string,
  options: ReadAllOptions = {},
): Promise<LiveState> {
  const progress = options.onProgress ? { onProgress: options.onProgress } : {};
  const outline = await readLiveState(client, manageNothing(groupId), progress);
  return readLiveState(client, manageEverything(groupId, outline.orgs, options.tenantId), progress);
}
