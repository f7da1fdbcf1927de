// REST tenants (GA) and tenant memberships and roles (beta: the API cannot create memberships).
import { canSeeTenant } from '../access.ts';
import type { EmuResponse, HandlerContext } from '../request.ts';
import type { EmuTenant } from '../state-types.ts';
import { applyName, expectPathId, JSONAPI, requireData, requireTenant, restFail, single } from './jsonapi.ts';
import type { MembershipScope } from './memberships.ts';
import { paginate } from './pagination.ts';
import { createdKey, tenantResource, tenantRole } from './serialize.ts';

export function listTenants(ctx: HandlerContext): EmuResponse {
  const tenants = ctx.state.tenants
    .filter((t) => canSeeTenant(ctx.state, t, ctx.user.id))
    .sort((a, b) => (createdKey(a) < createdKey(b) ? -1 : 1));
  const page = paginate(ctx, tenants, createdKey);
  return { status: 200, body: { jsonapi: JSONAPI, data: page.items.map(tenantResource), links: page.links } };
}

export function getTenant(ctx: HandlerContext): EmuResponse {
  return single(ctx, tenantResource(requireTenant(ctx, ctx.params.tenant_id ?? '')));
}

export function updateTenant(ctx: HandlerContext): EmuResponse {
  const tenant = requireTenant(ctx, ctx.params.tenant_id ?? '');
  const data = requireData(ctx);
  expectPathId(data, tenant.id, 'tenant');
  applyName(ctx, tenant, (data.attributes as { name?: unknown } | undefined)?.name);
  // The PATCH response's tenant object has no relationships (spec: additionalProperties false).
  const { relationships: _omitted, ...resource } = tenantResource(tenant);
  return single(ctx, resource);
}

/** Tenant memberships (beta: the API cannot create them); the tenant's owner cannot be removed. */
export const TENANT_MEMBERSHIPS: MembershipScope<EmuTenant> = {
  name: 'tenant',
  locate(ctx, tenantId) {
    const tenant = requireTenant(ctx, tenantId);
    return { holder: tenant, roles: tenant.roles };
  },
  beforeDelete(_ctx, { holder }, membership) {
    if (holder.ownerId === membership.userId) {
      throw restFail(409, 'The tenant owner cannot be removed from the tenant', { code: 'conflict' });
    }
  },
};

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
