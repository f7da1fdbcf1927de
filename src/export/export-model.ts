// From live state to the config that describes it, as plain data with the ids kept aside for
// comments. Pure. Everything is sorted so that exporting twice gives the same bytes.
import type {
  GroupSettings,
  LiveMembership,
  LiveState,
  LiveUser,
  OrgSettings,
  Role,
  Tag,
} from '../core/types.ts';

export interface ExportMember {
  user: string;
  role: string;
  userId: string;
  roleId: string;
}

export interface ExportOrg {
  slug: string;
  id: string;
  /** Absent when the live name is not a valid config name (kept out so the file validates). */
  name?: string;
  settings?: OrgSettings;
  members?: ExportMember[];
}

export interface ExportModel {
  groupId: string;
  group: { settings?: GroupSettings; tags?: Tag[]; members?: ExportMember[] };
  tenant?: { id: string; name?: string; members?: ExportMember[] };
  orgs: ExportOrg[];
  /** Live objects the config format cannot express, left out with a reason. */
  skipped: string[];
}

// The config schema's patterns (src/config/schema.ts): what does not fit them is referred to
// another way (a user by id) or left out (a tag), so the exported file always validates.
const USER_REF = /^(?:[^@]+|[^@\s]+@[^@\s]+\.[^@\s]+)$/;
const TAG_PART = { key: /^[A-Za-z0-9_-]{1,30}$/, value: /^[A-Za-z0-9_-]{1,50}$/ };
const SLUG = /^[\w.-]{1,100}$/;

export function buildExportModel(live: LiveState): ExportModel {
  const userRef = createUserNamer(live.users);
  const skipped: string[] = [];
  const members = (list: LiveMembership[] | undefined, roles: Role[]) => {
    if (list === undefined) return undefined;
    const roleRef = createRoleNamer(roles, list);
    return list
      .map((m) => ({ user: userRef(m.userId), role: roleRef(m), userId: m.userId, roleId: m.roleId }))
      .sort((a, b) => compareText(a.user, b.user) || compareText(a.userId, b.userId));
  };
  const model: ExportModel = { groupId: live.groupId, group: {}, orgs: [], skipped };
  if (live.group.settings !== undefined) model.group.settings = pickGroupSettings(live.group.settings);
  if (live.group.tags !== undefined) {
    model.group.tags = live.group.tags
      .filter((tag) => {
        const ok = TAG_PART.key.test(tag.key) && TAG_PART.value.test(tag.value);
        if (!ok) skipped.push(`group tag ${tag.key}:${tag.value} (not a valid tag in the config format)`);
        return ok;
      })
      .map((tag) => ({ key: tag.key, value: tag.value }))
      .sort((a, b) => compareText(a.key, b.key) || compareText(a.value, b.value));
  }
  const groupMembers = members(live.group.members, live.roles.group);
  if (groupMembers !== undefined) model.group.members = groupMembers;
  if (live.tenant !== undefined) {
    const tenant: NonNullable<ExportModel['tenant']> = { id: live.tenant.id };
    if (live.tenant.name.length >= 1 && live.tenant.name.length <= 60) tenant.name = live.tenant.name;
    const tenantMembers = members(live.tenant.members, live.roles.tenant);
    if (tenantMembers !== undefined) tenant.members = tenantMembers;
    model.tenant = tenant;
  }
  for (const org of [...live.orgs].sort((a, b) => compareText(a.slug, b.slug))) {
    if (!SLUG.test(org.slug)) {
      skipped.push(`org ${org.id} (its slug '${org.slug}' is not a valid slug in the config format)`);
      continue;
    }
    const out: ExportOrg = { slug: org.slug, id: org.id };
    if (org.name.length >= 1 && org.name.length <= 60) out.name = org.name;
    if (org.settings !== undefined) out.settings = pickOrgSettings(org.settings);
    const orgMembers = members(org.members, live.roles.org);
    if (orgMembers !== undefined) out.members = orgMembers;
    model.orgs.push(out);
  }
  return model;
}

function compareText(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Users are written by email, else username, else id: whichever is unambiguous in the
 * directory (emails compare case-insensitively) and valid in the config format.
 */
function createUserNamer(users: Record<string, LiveUser>): (userId: string) => string {
  const counts = new Map<string, number>();
  const bump = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const user of Object.values(users)) {
    if (user.email) bump(`e:${user.email.toLowerCase()}`);
    if (user.username) bump(`u:${user.username.toLowerCase()}`);
  }
  return (userId) => {
    const user = users[userId];
    if (user?.email && counts.get(`e:${user.email.toLowerCase()}`) === 1 && USER_REF.test(user.email)) {
      return user.email;
    }
    if (
      user?.username &&
      counts.get(`u:${user.username.toLowerCase()}`) === 1 &&
      USER_REF.test(user.username)
    ) {
      return user.username;
    }
    return userId;
  };
}

/** Roles by name, unless two roles of the scope share it (case-insensitively): then by id. */
function createRoleNamer(roles: Role[], memberships: LiveMembership[]): (m: LiveMembership) => string {
  const ids = new Map<string, Set<string>>();
  const add = (name: string, id: string) => {
    const key = name.toLowerCase();
    const set = ids.get(key) ?? new Set<string>();
    set.add(id);
    ids.set(key, set);
  };
  for (const role of roles) add(role.name, role.id);
  for (const m of memberships) if (m.roleName) add(m.roleName, m.roleId);
  return (m) => (m.roleName && ids.get(m.roleName.toLowerCase())?.size === 1 ? m.roleName : m.roleId);
}

function pickOrgSettings(settings: OrgSettings): OrgSettings {
  const out: OrgSettings = {};
  if (settings.requestAccess !== undefined) out.requestAccess = { enabled: settings.requestAccess.enabled };
  if (settings.ignores !== undefined) {
    const ignores: NonNullable<OrgSettings['ignores']> = {};
    for (const key of ['approvalWorkflowEnabled', 'autoApproveIgnores', 'reasonRequired'] as const) {
      const value = settings.ignores[key];
      if (typeof value === 'boolean') ignores[key] = value;
    }
    out.ignores = ignores;
  }
  return out;
}

function pickGroupSettings(settings: GroupSettings): GroupSettings {
  const out: GroupSettings = {};
  if (settings.sessionLength !== undefined) out.sessionLength = settings.sessionLength;
  if (settings.requestAccess !== undefined) out.requestAccess = { enabled: settings.requestAccess.enabled };
  return out;
}
