// The person-scoped reads behind `--target 'user[…]'`
// (docs/partial-plans.md#partial-plans---target): the user, found wherever Snyk knows them
// (find-person.ts: the group's memberships filtered by email, username or id, else the orgs the
// file lists them in, one filtered read each); their org memberships of the group in one collection
// (`GET /groups/{id}/org_memberships?user_id=`); the org list, which names those orgs and binds the
// file's; and the org roles. Where the person holds an admin role in a scope the file manages, that
// scope's whole member list is read, so that the last-admin rail sees the other admins. No org's
// whole member list is read to find the person.

import { listingsOf } from '../core/access/listing.ts';
import { adminRoleIds } from '../core/admin-roles.ts';
import { addUsers, rolesOf } from '../core/kinds/directory.ts';
import { matchOrgs } from '../core/org-match.ts';
import { namesUser } from '../core/person-scope.ts';
import type { SnykClient } from '../core/port/snyk-client.ts';
import type { Membership, RestOrg } from '../core/port/snyk-shapes.ts';
import type { DesiredState, LiveMembership, LiveState, LiveUser, MemberSpec } from '../core/types.ts';
import { inertText } from '../util/inert-text.ts';
import { findPerson, unknownPerson } from './find-person.ts';
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

/** The ids of the live orgs that the config orgs listing `ref` are. */
async function listedOrgIds(desired: DesiredState, ref: string, orgList: Promise<RestOrg[]>) {
  const listed = listingsOf(desired, { ref }).orgs.map((l) => l.org);
  if (listed.length === 0) return [];
  const match = matchOrgs(await orgList);
  return listed.map((org) => match(org)?.id).filter((id) => id !== undefined);
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
  const orgList = client.listGroupOrgs(groupId);
  const [self, found, orgs, roles] = await Promise.all([
    client.getSelf(),
    findPerson(client, { groupId, ref, listedOrgIds: () => listedOrgIds(desired, ref, orgList) }),
    orgList,
    managesOrgMembers ? client.listOrgRoles(groupId) : Promise.resolve([]),
  ]);
  const user = found.user;
  if (user === undefined) {
    return unknownPerson(client, {
      groupId,
      tenant: false,
      ref,
      listedOrgs: listingsOf(desired, { ref }).orgs.length,
      lead: `--target 'user[${inertText(ref)}]'`,
    });
  }
  const groupMine = found.group;
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
  const memberships = found.orgMemberships ?? (await client.listGroupUserOrgMemberships(groupId, user.id));
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
