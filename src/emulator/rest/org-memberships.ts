// REST org memberships: list (filters, sort), create (409 when already a member), role update, delete.
import type { EmuResponse, HandlerContext } from '../request.ts';
import type { EmuMembership } from '../state-types.ts';
import { JSONAPI, requireData, requireOrg, requireRelationshipId, restFail, single } from './jsonapi.ts';
import { filterMemberships, orderMemberships } from './list-order.ts';
import { paginate } from './pagination.ts';
import { orgMembership } from './serialize.ts';

export function listOrgMemberships(ctx: HandlerContext): EmuResponse {
  const { group, org } = requireOrg(ctx, ctx.params.org_id ?? '');
  const filtered = filterMemberships(
    ctx,
    org.members.map((m) => ({ m })),
    group.orgRoles,
  );
  const ordered = orderMemberships(ctx, filtered, group.orgRoles);
  const page = paginate(ctx, ordered.items, ordered.key, ordered.descending);
  const data = page.items.map(({ m }) => orgMembership(ctx.state, group, org, m));
  return { status: 200, body: { jsonapi: JSONAPI, data, links: page.links } };
}

function expectType(data: Record<string, unknown>, type: string): void {
  if (data.type !== type) {
    throw restFail(400, `data.type '${String(data.type)}' must be '${type}'`, {
      source: { pointer: '/data/type' },
    });
  }
}

export function createOrgMembership(ctx: HandlerContext): EmuResponse {
  const orgId = ctx.params.org_id ?? '';
  const { group, org } = requireOrg(ctx, orgId);
  const data = requireData(ctx);
  expectType(data, 'org_membership');
  const relOrg = requireRelationshipId(data, 'org');
  const roleId = requireRelationshipId(data, 'role');
  const userId = requireRelationshipId(data, 'user');
  if (relOrg !== orgId) {
    throw restFail(
      400,
      `relationships.org.data.id '${relOrg}' does not match the org in the path (${orgId})`,
      {
        source: { pointer: '/data/relationships/org/data/id' },
      },
    );
  }
  if (!group.orgRoles.some((r) => r.id === roleId)) {
    throw restFail(404, `Org role ${roleId} not found in group ${group.id}`, { code: 'entity-not-found' });
  }
  if (!ctx.state.users.some((u) => u.id === userId)) {
    throw restFail(404, `User ${userId} not found`, { code: 'entity-not-found' });
  }
  if (org.members.some((m) => m.userId === userId)) {
    throw restFail(409, `User ${userId} is already a member of org ${orgId}`, { code: 'conflict' });
  }
  const membership: EmuMembership = { id: ctx.newId(), userId, roleId, createdAt: ctx.now.toISOString() };
  org.members.push(membership);
  return single(ctx, orgMembership(ctx.state, group, org, membership), 201);
}

function requireMembership(members: EmuMembership[], id: string, where: string): EmuMembership {
  const membership = members.find((m) => m.id === id);
  if (membership === undefined) {
    throw restFail(404, `Membership ${id} not found in ${where}`, { code: 'entity-not-found' });
  }
  return membership;
}

export function updateOrgMembership(ctx: HandlerContext): EmuResponse {
  const orgId = ctx.params.org_id ?? '';
  const { group, org } = requireOrg(ctx, orgId);
  const membership = requireMembership(org.members, ctx.params.membership_id ?? '', `org ${orgId}`);
  const data = requireData(ctx);
  expectType(data, 'org_membership');
  if (data.id !== undefined && data.id !== membership.id) {
    throw restFail(409, `data.id '${String(data.id)}' does not match the membership in the path`, {
      source: { pointer: '/data/id' },
    });
  }
  const roleId = requireRelationshipId(data, 'role');
  if (!group.orgRoles.some((r) => r.id === roleId)) {
    throw restFail(404, `Org role ${roleId} not found in group ${group.id}`, { code: 'entity-not-found' });
  }
  membership.roleId = roleId;
  return { status: 204 };
}

export function deleteOrgMembership(ctx: HandlerContext): EmuResponse {
  const orgId = ctx.params.org_id ?? '';
  const { org } = requireOrg(ctx, orgId);
  const membership = requireMembership(org.members, ctx.params.membership_id ?? '', `org ${orgId}`);
  org.members = org.members.filter((m) => m !== membership);
  return { status: 204 };
}

export { expectType, requireMembership };
