// REST tenants (GA) and tenant memberships and roles (beta: the API cannot create memberships).
import { canSeeTenant } from '../access.ts';
import type { EmuResponse, HandlerContext } from '../request.ts';
import type { EmuTenant } from '../state-types.ts';
import { JSONAPI, requireData, requireRelationshipId, requireTenant, restFail, single } from './jsonapi.ts';
import { filterMemberships, orderMemberships } from './list-order.ts';
import { expectType, requireMembership } from './org-memberships.ts';
import { paginate } from './pagination.ts';
import { tenantMembership, tenantResource, tenantRole } from './serialize.ts';

export function listTenants(ctx: HandlerContext): EmuResponse {
  const key = (t: EmuTenant) => `${t.createdAt}\u0000${t.id}`;
  const tenants = ctx.state.tenants
    .filter((t) => canSeeTenant(ctx.state, t, ctx.user.id))
    .sort((a, b) => (key(a) < key(b) ? -1 : 1));
  const page = paginate(ctx, tenants, key);
  return { status: 200, body: { jsonapi: JSONAPI, data: page.items.map(tenantResource), links: page.links } };
}

export function getTenant(ctx: HandlerContext): EmuResponse {
  return single(ctx, tenantResource(requireTenant(ctx, ctx.params.tenant_id ?? '')));
}

export function updateTenant(ctx: HandlerContext): EmuResponse {
  const tenant = requireTenant(ctx, ctx.params.tenant_id ?? '');
  const data = requireData(ctx);
  if (data.id !== undefined && data.id !== tenant.id) {
    throw restFail(409, `data.id '${String(data.id)}' does not match the tenant in the path`, {
      source: { pointer: '/data/id' },
    });
  }
  const name = (data.attributes as { name?: unknown } | undefined)?.name;
  if (name !== undefined) {
    if (typeof name !== 'string' || name.length < 1 || name.length > 60) {
      throw restFail(400, 'name must be a string of 1 to 60 characters', {
        source: { pointer: '/data/attributes/name' },
      });
    }
    tenant.name = name;
    tenant.updatedAt = ctx.now.toISOString();
  }
  // The PATCH response's tenant object has no relationships (spec: additionalProperties false).
  const { relationships: _omitted, ...resource } = tenantResource(tenant);
  return single(ctx, resource);
}

export function listTenantMemberships(ctx: HandlerContext): EmuResponse {
  const tenant = requireTenant(ctx, ctx.params.tenant_id ?? '');
  const filtered = filterMemberships(
    ctx,
    tenant.members.map((m) => ({ m })),
    tenant.roles,
  );
  const ordered = orderMemberships(ctx, filtered, tenant.roles);
  const page = paginate(ctx, ordered.items, ordered.key, ordered.descending);
  const data = page.items.map(({ m }) => tenantMembership(ctx.state, tenant, m));
  return { status: 200, body: { jsonapi: JSONAPI, data, links: page.links } };
}

export function updateTenantMembership(ctx: HandlerContext): EmuResponse {
  const tenant = requireTenant(ctx, ctx.params.tenant_id ?? '');
  const membership = requireMembership(tenant.members, ctx.params.membership_id ?? '', `tenant ${tenant.id}`);
  const data = requireData(ctx);
  expectType(data, 'tenant_membership');
  const roleId = requireRelationshipId(data, 'role');
  if (!tenant.roles.some((r) => r.id === roleId)) {
    throw restFail(404, `Tenant role ${roleId} not found`, { code: 'entity-not-found' });
  }
  membership.roleId = roleId;
  return { status: 204 };
}

export function deleteTenantMembership(ctx: HandlerContext): EmuResponse {
  const tenant = requireTenant(ctx, ctx.params.tenant_id ?? '');
  const membership = requireMembership(tenant.members, ctx.params.membership_id ?? '', `tenant ${tenant.id}`);
  if (tenant.ownerId === membership.userId) {
    throw restFail(409, 'The tenant owner cannot be removed from the tenant', { code: 'conflict' });
  }
  tenant.members = tenant.members.filter((m) => m !== membership);
  return { status: 204 };
}

export function listTenantRoles(ctx: HandlerContext): EmuResponse {
  const tenant = requireTenant(ctx, ctx.params.tenant_id ?? '');
  const name = ctx.req.query.get('name')?.toLowerCase();
  const custom = ctx.req.query.get('custom');
  const roles = tenant.roles.filter(
    (r) =>
      (name === undefined || r.name.toLowerCase().includes(name)) &&
      (custom === null || (r.custom === true) === (custom === 'true')),
  );
  const page = paginate(
    ctx,
    roles,
    (r) => `${String(tenant.roles.indexOf(r)).padStart(8, '0')}\u0000${r.id}`,
  );
  const data = page.items.map((r) => tenantRole(tenant, r));
  return { status: 200, body: { jsonapi: JSONAPI, data, links: page.links } };
}
