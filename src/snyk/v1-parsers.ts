// The documented shapes of the v1 API bodies the tool reads.

import type { GroupSettings, OrgRole, OrgSettings, Provision } from '../core/port/snyk-shapes.ts';
import {
  readArray,
  readBoolean,
  readNonEmptyString,
  readNumber,
  readObject,
  readOptionalBoolean,
  readString,
  readUuid,
} from './shape.ts';

/** Org settings, keeping only the keys the file format knows (others are not ours to manage). */
export function parseOrgSettings(body: unknown): OrgSettings {
  const raw = readObject(body, 'body');
  const settings: OrgSettings = {};
  if (raw.requestAccess !== undefined && raw.requestAccess !== null) {
    const ra = readObject(raw.requestAccess, 'requestAccess');
    settings.requestAccess = { enabled: readBoolean(ra.enabled, 'requestAccess.enabled') };
  }
  if (raw.ignores !== undefined && raw.ignores !== null) {
    const ig = readObject(raw.ignores, 'ignores');
    const ignores: NonNullable<OrgSettings['ignores']> = {};
    for (const key of ['reasonRequired', 'autoApproveIgnores', 'approvalWorkflowEnabled'] as const) {
      const v = readOptionalBoolean(ig[key], `ignores.${key}`);
      if (v !== undefined) ignores[key] = v;
    }
    settings.ignores = ignores;
  }
  return settings;
}

export function parseGroupSettings(body: unknown): GroupSettings {
  const raw = readObject(body, 'body');
  const settings: GroupSettings = {};
  if (raw.sessionLength === null) settings.sessionLength = null;
  else if (raw.sessionLength !== undefined)
    settings.sessionLength = readNumber(raw.sessionLength, 'sessionLength');
  if (raw.requestAccess !== undefined && raw.requestAccess !== null) {
    const ra = readObject(raw.requestAccess, 'requestAccess');
    settings.requestAccess = { enabled: readBoolean(ra.enabled, 'requestAccess.enabled') };
  }
  return settings;
}

export function parseTagPage(body: unknown): { key: string; value: string }[] {
  return readArray(readObject(body, 'body').tags, 'tags').map((item, i) => {
    const tag = readObject(item, `tags[${i}]`);
    return { key: readString(tag.key, `tags[${i}].key`), value: readString(tag.value, `tags[${i}].value`) };
  });
}

export function parseOrgRoles(body: unknown): OrgRole[] {
  return readArray(body, 'body').map((item, i) => {
    const role = readObject(item, `[${i}]`);
    const result: OrgRole = {
      id: readString(role.publicId, `[${i}].publicId`),
      name: readString(role.name, `[${i}].name`),
    };
    const custom = readOptionalBoolean(role.customRole ?? role.custom, `[${i}].customRole`);
    if (custom !== undefined) result.custom = custom;
    return result;
  });
}

export function parseProvisions(body: unknown): Provision[] {
  return readArray(body, 'body').map((item, i) => {
    const p = readObject(item, `[${i}]`);
    return {
      email: readString(p.email, `[${i}].email`),
      roleId: readString(p.rolePublicId, `[${i}].rolePublicId`),
    };
  });
}

/**
 * `POST /v1/org`: only the id is required. snyk-api-import types the answer `{ id, name, created }`
 * while the spec adds `slug` (REALITY.md §3); a missing slug is read back by the caller.
 */
export function parseCreatedOrg(body: unknown): { id: string; name?: string; slug?: string } {
  const org = readObject(body, 'body');
  const result: { id: string; name?: string; slug?: string } = { id: readUuid(org.id, 'id') };
  const name = readNonEmptyString(org.name, 'name');
  const slug = readNonEmptyString(org.slug, 'slug');
  if (name !== undefined) result.name = name;
  if (slug !== undefined) result.slug = slug;
  return result;
}
