// State objects → JSON:API resources, in the shapes of the official REST spec.
import type {
  EmuGroup,
  EmulatorState,
  EmuMembership,
  EmuOrg,
  EmuRole,
  EmuTenant,
  EmuUser,
} from '../state-types.ts';

export function userOf(state: EmulatorState, userId: string): EmuUser {
  return (
    state.users.find((u) => u.id === userId) ?? { id: userId, name: 'Unknown user', email: '', username: '' }
  );
}

export function roleOf(roles: readonly EmuRole[], roleId: string): EmuRole {
  return roles.find((r) => r.id === roleId) ?? { id: roleId, name: 'Unknown role' };
}

export function orgAttributes(group: EmuGroup, org: EmuOrg): Record<string, unknown> {
  const attributes: Record<string, unknown> = {
    name: org.name,
    slug: org.slug,
    is_personal: org.isPersonal === true,
    group_id: group.id,
    created_at: org.createdAt,
  };
  if (org.updatedAt !== undefined) attributes.updated_at = org.updatedAt;
  return attributes;
}

/** An org as list endpoints (and PATCH) return it: with `access_requests_enabled`. */
export function listedOrg(group: EmuGroup, org: EmuOrg): Record<string, unknown> {
  return {
    id: org.id,
    type: 'org',
    attributes: { ...orgAttributes(group, org), access_requests_enabled: org.settings.requestAccess.enabled },
  };
}

function userData(user: EmuUser, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const attributes: Record<string, unknown> = { email: user.email, name: user.name, username: user.username };
  if (user.loginMethod !== undefined) attributes.login_method = user.loginMethod;
  // A service account's user says so (the spec's `type` is a free string).
  return { id: user.id, type: user.type ?? 'user', attributes: { ...attributes, ...extra } };
}

export type MembershipScopeName = 'org' | 'group' | 'tenant';

/** A tenant membership shows more of its user: login method, account type, whether it owns the tenant. */
function tenantUser(user: EmuUser, owner: boolean): Record<string, unknown> {
  const data = userData(user, {
    login_method: user.loginMethod ?? 'saml',
    account_type: user.type ?? 'user',
    active: true,
  });
  return { ...data, meta: { tenant_owner: owner } };
}

/**
 * An org, group or tenant membership (`<scope>_membership`): the org, group or tenant holding
 * it, its role (one of `roles`) and its user as relationships, in the spec's (alphabetical) order.
 */
export function membershipResource(
  state: EmulatorState,
  scope: MembershipScopeName,
  holder: { id: string; name: string; ownerId?: string },
  roles: readonly EmuRole[],
  m: EmuMembership,
) {
  const role = roleOf(roles, m.roleId);
  const user = userOf(state, m.userId);
  const relationships: Record<string, unknown> = {
    [scope]: { data: { id: holder.id, type: scope, attributes: { name: holder.name } } },
    role: { data: { id: role.id, type: `${scope}_role`, attributes: { name: role.name } } },
    user: { data: scope === 'tenant' ? tenantUser(user, holder.ownerId === user.id) : userData(user) },
  };
  return {
    id: m.id,
    type: `${scope}_membership`,
    attributes: { created_at: m.createdAt },
    relationships: Object.fromEntries(Object.entries(relationships).sort(([a], [b]) => (a < b ? -1 : 1))),
  };
}

export function tenantResource(tenant: EmuTenant) {
  const resource: Record<string, unknown> = {
    id: tenant.id,
    type: 'tenant',
    attributes: {
      name: tenant.name,
      slug: tenant.slug,
      created_at: tenant.createdAt,
      updated_at: tenant.updatedAt ?? tenant.createdAt,
    },
  };
  if (tenant.ownerId !== undefined) {
    resource.relationships = { owner: { data: { id: tenant.ownerId, type: 'user' } } };
  }
  return resource;
}

export function tenantRole(tenant: EmuTenant, role: EmuRole) {
  return {
    id: role.id,
    type: 'tenant_role',
    attributes: {
      name: role.name,
      description: role.description ?? role.name,
      custom: role.custom === true,
      permissions: role.permissions ?? [],
    },
    relationships: { tenant: { data: { id: tenant.id, type: 'tenant' } } },
  };
}

/** Sort key for "insertion order": creation time, then id. */
export function createdKey(item: { createdAt: string; id: string }): string {
  return `${item.createdAt}\u0000${item.id}`;
}
