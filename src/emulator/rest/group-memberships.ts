// REST group memberships (list, create, role update, delete with `cascade`) and the org
// memberships of one user across a group.
import type { EmuResponse, HandlerContext } from '../request.ts';
import type { EmuMembership, EmuOrg } from '../state-types.ts';
import { JSONAPI, requireData, requireGroup, requireRelationshipId, restFail, single } from './jsonapi.ts';
import { filterMemberships, orderMemberships } from './list-order.ts';
import { expectType, requireMembership } from './org-memberships.ts';
import { paginate } from './pagination.ts';
import { createdKey, groupMembership, orgMembership, roleOf } from './serialize.ts';

export function listGroupMemberships(ctx: HandlerContext): EmuResponse {
  const group = requireGroup(ctx, ctx.params.group_id ?? '');
  const filtered = filterMemberships(
    ctx,
    group.members.map((m) => ({ m })),
    group.groupRoles,
  );
  const ordered = orderMemberships(ctx, filtered, group.groupRoles, 'DESC');
  const page = paginate(ctx, ordered.items, ordered.key, ordered.descending);
  const withCount = ctx.req.query.get('include_group_membership_count') === 'true';
  const data = page.items.map(({ m }) => {
    const resource: Record<string, unknown> = groupMembership(ctx.state, group, m);
    if (withCount) {
      resource.meta = {
        group_membership_count: ctx.state.groups.filter((g) => g.members.some((x) => x.userId === m.userId))
          .length,
      };
    }
    return resource;
  });
  return { status: 200, body: { jsonapi: JSONAPI, data, links: page.links } };
}

export function createGroupMembership(ctx: HandlerContext): EmuResponse {
  const groupId = ctx.params.group_id ?? '';
  const group = requireGroup(ctx, groupId);
  const data = requireData(ctx);
  expectType(data, 'group_membership');
  const relGroup = requireRelationshipId(data, 'group');
  const roleId = requireRelationshipId(data, 'role');
  const userId = requireRelationshipId(data, 'user');
  if (relGroup !== groupId) {
    throw restFail(400, `relationships.group.data.id '${relGroup}' does not match the group in the path`, {
      source: { pointer: '/data/relationships/group/data/id' },
    });
  }
  if (!group.groupRoles.some((r) => r.id === roleId)) {
    throw restFail(404, `Group role ${roleId} not found`, { code: 'entity-not-found' });
  }
  if (!ctx.state.users.some((u) => u.id === userId)) {
    throw restFail(404, `User ${userId} not found`, { code: 'entity-not-found' });
  }
  if (group.members.some((m) => m.userId === userId)) {
    throw restFail(409, `User ${userId} is already a member of group ${groupId}`, { code: 'conflict' });
  }
  const membership: EmuMembership = { id: ctx.newId(), userId, roleId, createdAt: ctx.now.toISOString() };
  group.members.push(membership);
  return single(ctx, groupMembership(ctx.state, group, membership), 201);
}

export function updateGroupMembership(ctx: HandlerContext): EmuResponse {
  const groupId = ctx.params.group_id ?? '';
  const group = requireGroup(ctx, groupId);
  const membership = requireMembership(group.members, ctx.params.membership_id ?? '', `group ${groupId}`);
  const data = requireData(ctx);
  expectType(data, 'group_membership');
  const roleId = requireRelationshipId(data, 'role');
  if (!group.groupRoles.some((r) => r.id === roleId)) {
    throw restFail(404, `Group role ${roleId} not found`, { code: 'entity-not-found' });
  }
  membership.roleId = roleId;
  return { status: 204 };
}

export function deleteGroupMembership(ctx: HandlerContext): EmuResponse {
  const groupId = ctx.params.group_id ?? '';
  const group = requireGroup(ctx, groupId);
  const membership = requireMembership(group.members, ctx.params.membership_id ?? '', `group ${groupId}`);
  const cascade = ctx.req.query.get('cascade');
  if (cascade !== null && cascade !== 'true' && cascade !== 'false') {
    throw restFail(400, `cascade '${cascade}' must be true or false`, { source: { parameter: 'cascade' } });
  }
  group.members = group.members.filter((m) => m !== membership);
  if (cascade === 'true') {
    for (const org of group.orgs) org.members = org.members.filter((m) => m.userId !== membership.userId);
  }
  return { status: 204 };
}

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
  const data = page.items.map(({ org, m }) => orgMembership(ctx.state, group, org, m));
  return { status: 200, body: { jsonapi: JSONAPI, data, links: page.links } };
}
