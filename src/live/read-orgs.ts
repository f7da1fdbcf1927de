// The reads of the orgs the file manages: members (with pending invitations or provisions when
// users.unknown asks for them) and settings, started page by page as the org list arrives.
import type {
  DesiredOrg,
  DesiredState,
  LiveMembership,
  LiveOrg,
  LiveState,
  PendingUser,
} from '../core/types.ts';
import type { Membership, SnykClient } from '../snyk/index.ts';
import { addUsers } from './collect-directory.ts';
import type { Part } from './read-live-state.ts';

/**
 * The reads of the managed orgs, started one page of live orgs at a time. A file org is
 * matched by its pinned id, else by its slug, and only once (to the first live org found).
 */
export function createOrgReader(
  client: SnykClient,
  desired: DesiredState,
  live: LiveState,
  part: Part,
  compact: (membership: Membership) => LiveMembership,
): (orgs: readonly LiveOrg[]) => Promise<void>[] {
  const byId = new Map<string, DesiredOrg[]>();
  const bySlug = new Map<string, DesiredOrg[]>();
  for (const want of desired.orgs) {
    const [index, key] = want.id !== undefined ? [byId, want.id] : [bySlug, want.slug];
    index.set(key, [...(index.get(key) ?? []), want]);
  }
  const matched = new Set<DesiredOrg>();
  return (orgs) => {
    const reads: Promise<void>[] = [];
    for (const org of orgs) {
      for (const want of [...(byId.get(org.id) ?? []), ...(bySlug.get(org.slug) ?? [])]) {
        if (matched.has(want)) continue;
        matched.add(want);
        reads.push(...readOrg(client, desired, live, part, compact, want, org));
      }
    }
    return reads;
  };
}

function readOrg(
  client: SnykClient,
  desired: DesiredState,
  live: LiveState,
  part: Part,
  compact: (membership: Membership) => LiveMembership,
  want: DesiredOrg,
  org: LiveOrg,
): Promise<void>[] {
  const reads: Promise<void>[] = [];
  const at = `org[${want.slug}]`;
  if (want.members !== undefined) {
    reads.push(
      part(
        `${at}.members`,
        () => client.listOrgMemberships(org.id),
        (members) => {
          org.members = members.map(compact);
          addUsers(live.users, members);
        },
      ),
    );
    const pendingVia = desired.users.unknown;
    if (pendingVia === 'invite') {
      reads.push(
        part(
          `${at}.invites`,
          () => client.listOrgInvites(org.id),
          (invites) => {
            addPending(
              org,
              invites
                .filter((i) => i.isActive)
                .map((i) => ({ via: 'invite', email: i.email, roleId: i.roleId, id: i.id })),
            );
          },
        ),
      );
    } else if (pendingVia === 'provision') {
      reads.push(
        part(
          `${at}.provisions`,
          () => client.listProvisions(org.id),
          (provisions) => {
            addPending(
              org,
              provisions.map((p) => ({ via: 'provision', email: p.email, roleId: p.roleId })),
            );
          },
        ),
      );
    }
  }
  if (want.settings !== undefined) {
    reads.push(
      part(
        `${at}.settings`,
        () => client.getOrgSettings(org.id),
        (settings) => {
          org.settings = settings;
        },
      ),
    );
  }
  return reads;
}

function addPending(org: LiveOrg, pending: PendingUser[]): void {
  org.pending = [...(org.pending ?? []), ...pending];
}
