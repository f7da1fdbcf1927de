// The export being built from live state: plain data with the ids kept aside for comments.
// Each kind writes its part (kinds/*.ts `export`); src/export renders the YAML. Users and
// roles are named the one way every kind shares, so the exported file always validates.
import { TAG_VALUE_PATTERN } from './desired-parts.ts';
import type { ServiceAccountSpec } from './desired-service-accounts.ts';
import type { GroupSettingsPartValues } from './group-settings-parts.ts';
import type { SettingsPartValues } from './org-settings-parts.ts';
import { isServiceAccountUser } from './service-account-users.ts';
import type { GroupSettings, Json, LiveMembership, LiveState, LiveUser, Role, Tag } from './types.ts';

export interface ExportMember {
  user: string;
  role: string;
  userId: string;
  roleId: string;
}

export interface ExportOrg extends SettingsPartValues {
  slug: string;
  id: string;
  /** Absent when the live name is not a valid config name (kept out so the file validates). */
  name?: string;
  members?: ExportMember[];
  integrations?: Record<string, { settings: Record<string, Json> }>;
  /** `secretEnv` is a placeholder name: Snyk never returns a webhook's secret. */
  webhooks?: { url: string; secretEnv: string }[];
  serviceAccounts?: ServiceAccountSpec[];
}

export interface ExportModel {
  groupId: string;
  group: {
    settings?: GroupSettings;
    tags?: Tag[];
    members?: ExportMember[];
    serviceAccounts?: ServiceAccountSpec[];
  } & GroupSettingsPartValues;
  tenant?: { id: string; name?: string; members?: ExportMember[] };
  orgs: ExportOrg[];
  /** Live objects the config format cannot express, left out with a reason. */
  skipped: string[];
  /** Parts of the format an export never writes, and why (comments at the top of the file). */
  notes: string[];
}

export interface ExportDraft {
  model: ExportModel;
  /** The exported entry of a live org (written by the org kind, which runs first). */
  org(orgId: string): ExportOrg | undefined;
  /** Memberships as the file writes them, sorted; undefined when they were not read. */
  members(list: readonly LiveMembership[] | undefined, roles: readonly Role[]): ExportMember[] | undefined;
}

// The config schema's patterns: what does not fit them is referred to another way (a user by
// id) or left out (a tag, an org), so the exported file always validates.
const USER_REF = /^(?:[^@]+|[^@\s]+@[^@\s]+\.[^@\s]+)$/;
export const EXPORT_PATTERNS = {
  tagKey: /^[A-Za-z0-9_-]{1,30}$/,
  tagValue: new RegExp(TAG_VALUE_PATTERN),
  slug: /^[\w.-]{1,100}$/,
  name: (name: string) => name.length >= 1 && name.length <= 60,
  webhookUrl: /^https:\/\/[^\s/?#]+[^\s]*$/,
};

export function createExportDraft(live: LiveState): ExportDraft {
  const model: ExportModel = { groupId: live.groupId, group: {}, orgs: [], skipped: [], notes: [] };
  const userRef = createUserNamer(live.users);
  return {
    model,
    org: (orgId) => model.orgs.find((o) => o.id === orgId),
    members(list, roles) {
      if (list === undefined) return undefined;
      const roleRef = createRoleNamer(roles, list);
      // A service account is written in `serviceAccounts`, never as a member.
      return list
        .filter((m) => !isServiceAccountUser(live, m.userId))
        .map((m) => ({ user: userRef(m.userId), role: roleRef(m), userId: m.userId, roleId: m.roleId }))
        .sort((a, b) => compareText(a.user, b.user) || compareText(a.userId, b.userId));
    },
  };
}

export function compareText(a: string, b: string): number {
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
  const unique = (prefix: string, value: string | undefined) =>
    value !== undefined &&
    value !== '' &&
    counts.get(`${prefix}:${value.toLowerCase()}`) === 1 &&
    USER_REF.test(value);
  return (userId) => {
    const user = users[userId];
    if (unique('e', user?.email)) return user!.email!;
    if (unique('u', user?.username)) return user!.username!;
    return userId;
  };
}

/** Roles by name, unless two roles of the scope share it (case-insensitively): then by id. */
function createRoleNamer(
  roles: readonly Role[],
  memberships: readonly LiveMembership[],
): (m: LiveMembership) => string {
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
