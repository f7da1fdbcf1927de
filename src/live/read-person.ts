// The person-scoped reads behind `--target 'user[…]'` (contract §4.6): the user, resolved
// through the group's memberships filtered by email or id; their org memberships of the group
// in one collection (`GET /groups/{id}/org_memberships?user_id=`); the org list, which names
// those orgs and binds the file's; and the org roles. Where the person holds an admin role in
// a scope the file manages, that scope's whole member list is read, so that the last-admin
// rail sees the other admins. Nothing else: no org's member list is read to find the person.
import { adminRoleIds } from '../core/admin-roles.ts';
import { addUsers, rolesOf } from '../core/kinds/directory.ts';
import { matchOrgs } from '../core/org-match.ts';
import { namesUser } from '../core/person-scope.ts';
import { isUuid } from '../core/resolve.ts';
import type { DesiredState, LiveMembership, LiveState, LiveUser, MemberSpec } from '../core/types.ts';
import { GitopsError } from '../errors.ts';
import type { Membership, SnykClient } from '../snyk/index.ts';
import { closestMatch } from '../util/suggest.ts';
import { emptyLiveState } from './read-live-state.ts';

const ORG_ADMIN = 'Org Admin';

/** Only what live state keeps of a membership (the org's id and name stay behind). */
const kept = (m: Membership): LiveMembership => ({
  id: m.id,
  userId: m.userId,
  roleId: m.roleId,
  roleName: m.roleName,
});
const GROUP_ADMIN = 'Group Admin';

/** The group memberships that can name `ref`: filtered by the API for an email or an id. */
async function findPerson(client: SnykClient, groupId: string, ref: string) {
  const filter = ref.includes('@') ? { email: ref } : isUuid(ref) ? { userId: ref } : undefined;
  const wanted = ref.toLowerCase();
  const names = (m: Membership) =>
    m.user.id === ref || m.user.email?.toLowerCase() === wanted || m.user.username?.toLowerCase() === wanted;
  // Snyk has no username filter: a username costs the whole list.
  const candidates = await client.listGroupMemberships(groupId, filter);
  const mine = candidates.filter(names);
  if (mine.length > 0) return mine;
  const everyone = filter === undefined ? candidates : await client.listGroupMemberships(groupId);
  const hint = closestMatch(
    ref,
    everyone.flatMap((m) => [m.user.email, m.user.username].filter((v): v is string => v !== undefined)),
  );
  throw new GitopsError(
    `--target 'user[${ref}]': no user of the group ${groupId} has that email, username or id.${hint === undefined ? '' : ` Did you mean '${hint}'?`}`,
    { code: 'UNKNOWN_USER' },
  );
}

/**
 * Whether the file may take an admin-level role (see core/admin-roles.ts) from the person in a
 * scope (removes them, or lists another role): then the last-admin rail needs the scope's other
 * members, which the person's reads lack. A role written otherwise than Snyk spells it costs a
 * read too, which is cheaper than deciding here what it resolves to.
 */
function losesAdmin(
  mine: readonly Membership[],
  listed: readonly MemberSpec[] | undefined,
  user: LiveUser,
  admins: Set<string>,
): boolean {
  const held = mine.find((m) => admins.has(m.roleId));
  if (held === undefined) return false;
  const spec = listed?.find((s) => namesUser(s.user, user));
  return spec === undefined || (spec.role !== held.roleName && spec.role !== held.roleId);
}

export interface PersonLive {
  live: LiveState;
  user: LiveUser;
}

export async function readPersonLiveState(
  client: SnykClient,
  desired: DesiredState,
  ref: string,
): Promise<PersonLive> {
  const groupId = desired.group.id;
  const live = emptyLiveState(groupId);
  const managesOrgMembers = desired.orgs.some((o) => o.members !== undefined);
  const [self, groupMine, orgs, roles] = await Promise.all([
    client.getSelf(),
    findPerson(client, groupId, ref),
    client.listGroupOrgs(groupId),
    managesOrgMembers ? client.listOrgRoles(groupId) : Promise.resolve([]),
  ]);
  const user = groupMine[0]!.user;
  live.self = { id: self.id, type: self.type };
  if (self.email !== undefined) live.self.email = self.email;
  if (self.username !== undefined) live.self.username = self.username;
  live.orgs = orgs.map((o) => ({ id: o.id, name: o.name, slug: o.slug }));
  live.roles.org = roles.map((r) => ({ id: r.id, name: r.name }));
  addUsers(live.users, groupMine);

  const managed = desired.group.members !== undefined;
  const groupList =
    managed &&
    losesAdmin(groupMine, desired.group.members, user, adminRoleIds(rolesOf(groupMine), GROUP_ADMIN))
      ? await client.listGroupMemberships(groupId)
      : groupMine;
  live.roles.group = rolesOf(groupList);
  if (managed) {
    live.group.members = groupList.map(kept);
    addUsers(live.users, groupList);
  }
  if (!managesOrgMembers) return { live, user };

  // Orgs whose members the file manages get the person's memberships (or, for an admin, all).
  const match = matchOrgs(live.orgs);
  const managedOrgs = new Map(
    desired.orgs.flatMap((o) => (o.members === undefined ? [] : [[match(o), o] as const])),
  );
  const orgAdmins = adminRoleIds(live.roles.org, ORG_ADMIN);
  const memberships = await client.listGroupUserOrgMemberships(groupId, user.id);
  const byOrg = new Map<string, Membership[]>();
  for (const m of memberships) byOrg.set(m.orgId, [...(byOrg.get(m.orgId) ?? []), m]);
  await Promise.all(
    live.orgs.map(async (org) => {
      const want = managedOrgs.get(org);
      if (want === undefined) return;
      const mine = byOrg.get(org.id) ?? [];
      const list = losesAdmin(mine, want.members, user, orgAdmins)
        ? await client.listOrgMemberships(org.id)
        : mine;
      org.members = list.map(kept);
      addUsers(live.users, list);
    }),
  );
  return { live, user };
}
