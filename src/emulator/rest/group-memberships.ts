// REST group memberships (the group scope of the membership endpoints) and the org memberships
// of one user across a group.
import type { EmuResponse, HandlerContext } from '../request.ts';
import type { EmuGroup, EmuMembership, EmuOrg } from '../state-types.ts';
import { JSONAPI, requireGroup, restFail } from './jsonapi.ts';
import type { MembershipScope } from './memberships.ts';
import { paginate } from './pagination.ts';
import { createdKey, membershipResource, roleOf } from './serialize.ts';

/**
 * Group memberships: their roles are the group's; a list may count each user's group
 * memberships, and a delete with `cascade=true` removes the user from the group's orgs too.
 */
export const GROUP_MEMBERSHIPS: MembershipScope<EmuGroup> = {
  name: 'group',
  locate(ctx, groupId) {
    const group = requireGroup(ctx, groupId);
    return { holder: group, roles: group.groupRoles };
  },
  defaultOrder: 'DESC',
  listMeta(ctx, m) {
    if (ctx.req.query.get('include_group_membership_count') !== 'true') return undefined;
    const count = ctx.state.groups.filter((g) => g.members.some((x) => x.userId === m.userId)).length;
    return { group_membership_count: count };
  },
  beforeDelete(ctx, scoped, membership) {
    const cascade = ctx.req.query.get('cascade');
    if (cascade !== null && cascade !== 'true' && cascade !== 'false') {
      throw restFail(400, `cascade '${cascade}' must be true or false`, { source: { parameter: 'cascade' } });
    }
    if (cascade !== 'true') return;
    for (const org of scoped.holder.orgs)
      org.members = org.members.filter((m) => m.userId !== membership.userId);
  },
};

export function listGroupUserOrgMemberships(ctx: HandlerContext): EmuResponse {
  const group = requireGroup(ctx, ctx.params.group_id ?? '');
  const userId = ctx.req.query.get('user_id');
  if (userId === null || userId === '') {
    throw restFail(400, 'user_id is required', { source: { parameter: 'user_id' } });
  }
  const orgName = ctx.req.query.get('org_name')?.toLowerCase();
  const roleName = ctx.req.query.get('role_name')?.toLowerCase();
  const items: { org: EmuOrg; m: EmuMembership }[] = [];
  for (const org of group.orgs) {
    if (orgName !== undefined && !org.name.toLowerCase().includes(orgName)) continue;
    for (const m of org.members) {
      if (m.userId !== userId) continue;
      if (roleName !== undefined && roleOf(group.orgRoles, m.roleId).name.toLowerCase() !== roleName)
        continue;
      items.push({ org, m });
    }
  }
  const key = (x: { m: EmuMembership }) => createdKey(x.m);
  items.sort((a, b) => (key(a) < key(b) ? -1 : 1));
  const page = paginate(ctx, items, key);
  const data = page.items.map(({ org, m }) => membershipResource(ctx.state, 'org', org, group.orgRoles, m));
  return { status: 200, body: { jsonapi: JSONAPI, data, links: page.links } };
}
