// The documented shapes of REST (JSON:API) resources, read into the client's types.
import type { LiveUser } from '../core/types.ts';
import {
  readBoolean,
  readObject,
  readOptionalBoolean,
  readOptionalString,
  readString,
  readUuid,
} from './shape.ts';
import type { Membership, OrgInvite, RestOrg, SelfInfo } from './types.ts';

export function parseOrg(value: unknown, path: string): RestOrg {
  const org = readObject(value, path);
  const attrs = readObject(org.attributes, `${path}.attributes`);
  return {
    id: readUuid(org.id, `${path}.id`),
    name: readString(attrs.name, `${path}.attributes.name`),
    slug: readString(attrs.slug, `${path}.attributes.slug`),
    isPersonal: readOptionalBoolean(attrs.is_personal, `${path}.attributes.is_personal`) ?? false,
  };
}

/** `relationships.<name>.data`, required. */
function relationship(relationships: Record<string, unknown>, name: string, path: string) {
  const rel = readObject(relationships[name], `${path}.relationships.${name}`);
  return readObject(rel.data, `${path}.relationships.${name}.data`);
}

export function parseUser(value: Record<string, unknown>, path: string): LiveUser {
  const user: LiveUser = { id: readUuid(value.id, `${path}.id`) };
  const attrs = value.attributes === undefined ? {} : readObject(value.attributes, `${path}.attributes`);
  const email = readOptionalString(attrs.email, `${path}.attributes.email`);
  const username = readOptionalString(attrs.username, `${path}.attributes.username`);
  const name = readOptionalString(attrs.name, `${path}.attributes.name`);
  if (email !== undefined && email !== '') user.email = email;
  if (username !== undefined && username !== '') user.username = username;
  if (name !== undefined && name !== '') user.name = name;
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
  const roleAttrs = readObject(role.attributes, `${path}.relationships.role.data.attributes`);
  const user = parseUser(relationship(relationships, 'user', path), `${path}.relationships.user.data`);
  return {
    id: readUuid(membership.id, `${path}.id`),
    userId: user.id,
    roleId: readUuid(role.id, `${path}.relationships.role.data.id`),
    roleName: readString(roleAttrs.name, `${path}.relationships.role.data.attributes.name`),
    user,
  };
}

export function parseInvite(value: unknown, path: string): OrgInvite {
  const invite = readObject(value, path);
  const attrs = readObject(invite.attributes, `${path}.attributes`);
  return {
    id: readUuid(invite.id, `${path}.id`),
    email: readString(attrs.email, `${path}.attributes.email`),
    roleId: readString(attrs.role, `${path}.attributes.role`),
    isActive: readBoolean(attrs.is_active, `${path}.attributes.is_active`),
  };
}

export function parseNamedResource(value: unknown, path: string): { id: string; name: string } {
  const resource = readObject(value, path);
  const attrs = readObject(resource.attributes, `${path}.attributes`);
  return {
    id: readUuid(resource.id, `${path}.id`),
    name: readString(attrs.name, `${path}.attributes.name`),
  };
}

export function parseGroup(value: unknown, path: string): { id: string; name: string; tenantId?: string } {
  const group = readObject(value, path);
  const attrs = readObject(group.attributes, `${path}.attributes`);
  const result: { id: string; name: string; tenantId?: string } = {
    id: readUuid(group.id, `${path}.id`),
    name: readString(attrs.name, `${path}.attributes.name`),
  };
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
  const tenant = readObject(value, path);
  const attrs = readObject(tenant.attributes, `${path}.attributes`);
  const result: { id: string; name: string; slug?: string } = {
    id: readUuid(tenant.id, `${path}.id`),
    name: readString(attrs.name, `${path}.attributes.name`),
  };
  const slug = readOptionalString(attrs.slug, `${path}.attributes.slug`);
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
