// The documented shapes of REST (JSON:API) resources, read into the client's types.

import type {
  LiveUser,
  Membership,
  OrgInvite,
  RestOrg,
  SelfInfo,
  UserOrgMembership,
} from '../core/port/snyk-shapes.ts';
import {
  readArray,
  readBoolean,
  readNonEmptyString,
  readObject,
  readOptionalBoolean,
  readOptionalString,
  readString,
  readUuid,
} from './shape.ts';

type Read<T> = (value: unknown, path: string) => T;

/**
 * A resource with a UUID id and required attributes: the object, its id, and a reader of one
 * attribute at its path. The attributes object is checked before the id, as the spec lists them.
 */
export function readResource(value: unknown, path: string) {
  const resource = readObject(value, path);
  const attrs = readObject(resource.attributes, `${path}.attributes`);
  const attr = <T>(read: Read<T>, key: string): T => read(attrs[key], `${path}.attributes.${key}`);
  return { resource, id: readUuid(resource.id, `${path}.id`), attr };
}

export function parseOrg(value: unknown, path: string): RestOrg {
  const { id, attr } = readResource(value, path);
  return {
    id,
    name: attr(readString, 'name'),
    slug: attr(readString, 'slug'),
    isPersonal: attr(readOptionalBoolean, 'is_personal') ?? false,
  };
}

/** An org with its `created_at` (only where it is needed: to tell namesakes apart by age). */
export function parseOrgWithAge(value: unknown, path: string): RestOrg {
  const org = parseOrg(value, path);
  const createdAt = readResource(value, path).attr(readOptionalString, 'created_at');
  return createdAt === undefined ? org : { ...org, createdAt };
}

/** `relationships.<name>.data`, required. */
function relationship(relationships: Record<string, unknown>, name: string, path: string) {
  const rel = readObject(relationships[name], `${path}.relationships.${name}`);
  return readObject(rel.data, `${path}.relationships.${name}.data`);
}

export function parseUser(value: Record<string, unknown>, path: string): LiveUser {
  const user: LiveUser = { id: readUuid(value.id, `${path}.id`) };
  const attrs = value.attributes === undefined ? {} : readObject(value.attributes, `${path}.attributes`);
  for (const key of ['email', 'username', 'name'] as const) {
    const text = readNonEmptyString(attrs[key], `${path}.attributes.${key}`);
    if (text !== undefined) user[key] = text;
  }
  if (value.type === 'service_account' || attrs.account_type === 'service_account')
    user.serviceAccount = true;
  return user;
}

/**
 * An org, group or tenant membership: `{ id, relationships: { role, user } }`. The ids are
 * UUIDs in the spec for all three; the shape is read before the ids, so a body of the wrong
 * shape is reported by the first missing field.
 */
export function parseMembership(value: unknown, path: string): Membership {
  const membership = readObject(value, path);
  const relationships = readObject(membership.relationships, `${path}.relationships`);
  const role = relationship(relationships, 'role', path);
  // A role object may come without attributes: its id is what identifies it, its name is
  // then '' (the role catalogue names it).
  const roleAttrs =
    role.attributes === undefined
      ? {}
      : readObject(role.attributes, `${path}.relationships.role.data.attributes`);
  const user = parseUser(relationship(relationships, 'user', path), `${path}.relationships.user.data`);
  return {
    id: readUuid(membership.id, `${path}.id`),
    userId: user.id,
    roleId: readUuid(role.id, `${path}.relationships.role.data.id`),
    roleName: readOptionalString(roleAttrs.name, `${path}.relationships.role.data.attributes.name`) ?? '',
    user,
  };
}

/** An org membership of one user across a group: a membership that also names its org. */
export function parseUserOrgMembership(value: unknown, path: string): UserOrgMembership {
  const membership = parseMembership(value, path);
  const relationships = readObject(readObject(value, path).relationships, `${path}.relationships`);
  const org = relationship(relationships, 'org', path);
  const attrs =
    org.attributes === undefined
      ? {}
      : readObject(org.attributes, `${path}.relationships.org.data.attributes`);
  const name = readOptionalString(attrs.name, `${path}.relationships.org.data.attributes.name`);
  return {
    ...membership,
    orgId: readString(org.id, `${path}.relationships.org.data.id`),
    ...(name !== undefined ? { orgName: name } : {}),
  };
}

export function parseInvite(value: unknown, path: string): OrgInvite {
  const { id, attr } = readResource(value, path);
  return {
    id,
    email: attr(readString, 'email'),
    roleId: attr(readString, 'role'),
    isActive: attr(readBoolean, 'is_active'),
  };
}

/** A tenant role: its permissions are listed (the last-admin rail compares them). */
export function parseTenantRole(
  value: unknown,
  path: string,
): { id: string; name: string; permissions?: string[] } {
  const { id, attr } = readResource(value, path);
  const listed = attr(
    (v, at) => (v === undefined || v === null ? undefined : readArray(v, at)),
    'permissions',
  );
  const role = { id, name: attr(readString, 'name') };
  if (listed === undefined) return role;
  return {
    ...role,
    permissions: listed.map((p, i) => readString(p, `${path}.attributes.permissions[${i}]`)),
  };
}

export function parseGroup(value: unknown, path: string): { id: string; name: string; tenantId?: string } {
  const { resource: group, id, attr } = readResource(value, path);
  const result: { id: string; name: string; tenantId?: string } = { id, name: attr(readString, 'name') };
  const relationships =
    group.relationships === undefined ? {} : readObject(group.relationships, `${path}.relationships`);
  const tenant =
    relationships.tenant === undefined
      ? {}
      : readObject(relationships.tenant, `${path}.relationships.tenant`);
  const data =
    tenant.data === undefined || tenant.data === null
      ? {}
      : readObject(tenant.data, `${path}.relationships.tenant.data`);
  const tenantId = readOptionalString(data.id, `${path}.relationships.tenant.data.id`);
  if (tenantId !== undefined) result.tenantId = tenantId;
  return result;
}

export function parseTenant(value: unknown, path: string): { id: string; name: string; slug?: string } {
  const { id, attr } = readResource(value, path);
  const result: { id: string; name: string; slug?: string } = { id, name: attr(readString, 'name') };
  const slug = attr(readOptionalString, 'slug');
  if (slug !== undefined) result.slug = slug;
  return result;
}

export function parseSelf(value: unknown, path: string): SelfInfo {
  const self = readObject(value, path);
  const attrs = self.attributes === undefined ? {} : readObject(self.attributes, `${path}.attributes`);
  const result: SelfInfo = {
    id: readString(self.id, `${path}.id`),
    type: readString(self.type, `${path}.type`),
  };
  for (const key of ['name', 'email', 'username'] as const) {
    const v = readOptionalString(attrs[key], `${path}.attributes.${key}`);
    if (v !== undefined) result[key] = v;
  }
  return result;
}
