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

function userData(user: EmuUser): Record<string, unknown> {
  const attributes: Record<string, unknown> = { email: user.email, name: user.name, username: user.username };
  if (user.loginMethod !== undefined) attributes.login_method = user.loginMethod;
  return { id: user.id, type: 'user', attributes };
}

export function orgMembership(state: EmulatorState, group: EmuGroup, org: EmuOrg, m: EmuMembership) {
  const role = roleOf(group.orgRoles, m.roleId);
  return {
    id: m.id,
    type: 'org_membership',
    attributes: { created_at: m.createdAt },
    relationships: {
      org: { data: { id: org.id, type: 'org', attributes: { name: org.name } } },
      role: { data: { id: role.id, type: 'org_role', attributes: { name: role.name } } },
      user: { data: userData(userOf(state, m.userId)) },
    },
  };
}

export function groupMembership(state: EmulatorState, group: EmuGroup, m: EmuMembership) {
  const role = roleOf(group.groupRoles, m.roleId);
  return {
    id: m.id,
    type: 'group_membership',
    attributes: { created_at: m.createdAt },
    relationships: {
      group: { data: { id: group.id, type: 'group', attributes: { name: group.name } } },
      role: { data: { id: role.id, type: 'group_role', attributes: { name: role.name } } },
      user: { data: userData(userOf(state, m.userId)) },
    },
  };
}

export function tenantMembership(state: EmulatorState, tenant: EmuTenant, m: EmuMembership) {
  const role = roleOf(tenant.roles, m.roleId);
  const user = userOf(state, m.userId);
  return {
    id: m.id,
    type: 'tenant_membership',
    attributes: { created_at: m.createdAt },
    relationships: {
      role: { data: { id: role.id, type: 'tenant_role', attributes: { name: role.name } } },
      tenant: { data: { id: tenant.id, type: 'tenant', attributes: { name: tenant.name } } },
      user: {
        data: {
          id: user.id,
          type: 'user',
          attributes: {
            email: user.email,
            name: user.name,
            username: user.username,
            login_method: user.loginMethod ?? 'saml',
            account_type: user.type ?? 'user',
            active: true,
          },
          meta: { tenant_owner: tenant.ownerId === user.id },
        },
      },
    },
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
      permissions: [],
    },
    relationships: { tenant: { data: { id: tenant.id, type: 'tenant' } } },
  };
}

/** Sort key for "insertion order": creation time, then id. */
export function createdKey(item: { createdAt: string; id: string }): string {
  return `${item.createdAt}\u0000${item.id}`;
}
