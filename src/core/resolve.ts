// Name resolution against live state: users by email (case-insensitive), username or id; roles
// by name (case-insensitive) or id; and the `users.ignore` globs.
import picomatch from 'picomatch';
import { closestMatch, editDistance } from '../util/suggest.ts';
import type { LiveState, LiveUser, Role } from './types.ts';

export type RoleScope = 'org' | 'group' | 'tenant';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export interface Resolver {
  findUser(ref: string): LiveUser | undefined;
  /** The known user's email or username closest to an unknown `ref` (a typo), if any is close. */
  suggestUser(ref: string): string | undefined;
  userById(id: string): LiveUser | undefined;
  /** A role, or the message explaining why none matches (with the real ones and a hint). */
  findRole(scope: RoleScope, ref: string): { ok: true; role: Role } | { ok: false; message: string };
  roleName(scope: RoleScope, roleId: string, fallback?: string): string;
  /** Whether a user (by its reference in the file, or its live email/username) is ignored. */
  isIgnored(user: { ref?: string; email?: string | undefined; username?: string | undefined }): boolean;
}

const SCOPE_WORD: Record<RoleScope, string> = { org: 'org', group: 'group', tenant: 'tenant' };

export function createResolver(live: LiveState, ignoreGlobs: readonly string[]): Resolver {
  const byId = new Map<string, LiveUser>();
  const byEmail = new Map<string, LiveUser>();
  const byUsername = new Map<string, LiveUser>();
  for (const user of Object.values(live.users)) {
    byId.set(user.id, user);
    if (user.email !== undefined) byEmail.set(user.email.toLowerCase(), user);
    if (user.username !== undefined) byUsername.set(user.username.toLowerCase(), user);
  }
  // Built on the first unknown user only: a plan without typos never needs it.
  let knownNames: string[] | undefined;
  const ignore =
    ignoreGlobs.length === 0 ? () => false : picomatch([...ignoreGlobs], { nocase: true, dot: true });

  // Every member names a role, and a file names few: index each scope's roles once and resolve
  // each (scope, ref) once. Reading the live state replaces a scope's list: index it again then.
  const cache: Partial<Record<RoleScope, RoleCache>> = {};
  const cached = (scope: RoleScope): RoleCache => {
    const roles = live.roles[scope];
    let entry = cache[scope];
    if (entry?.roles !== roles) {
      entry = { roles, index: indexRoles(roles), found: new Map() };
      cache[scope] = entry;
    }
    return entry;
  };
  const findRole: Resolver['findRole'] = (scope, ref) => {
    const { roles, index, found } = cached(scope);
    let match = found.get(ref);
    if (match === undefined) {
      match = matchRole(scope, roles, index, ref);
      found.set(ref, match);
    }
    return match;
  };

  return {
    findUser: (ref) => byId.get(ref) ?? byEmail.get(ref.toLowerCase()) ?? byUsername.get(ref.toLowerCase()),
    userById: (id) => byId.get(id),
    suggestUser: (ref) => {
      knownNames ??= Object.values(live.users).flatMap((u) =>
        [u.email, u.username].filter((n) => n !== undefined),
      );
      const match = closestMatch(ref, knownNames);
      // Addresses at one domain share most of their letters: 'zed@acme.com' is not a typo of
      // 'bob@acme.com'. The edits allowed scale with the part before the @.
      const local = ref.split('@')[0] ?? ref;
      const allowed = Math.min(3, Math.max(1, Math.floor(local.length / 3)));
      return match !== undefined && editDistance(ref, match) <= allowed ? match : undefined;
    },
    findRole,
    roleName: (scope, roleId, fallback) =>
      cached(scope).index.byExactId.get(roleId)?.name ?? fallback ?? roleId,
    isIgnored: ({ ref, email, username }) =>
      ignoreGlobs.length > 0 &&
      ((ref !== undefined && ignore(ref)) ||
        (email !== undefined && ignore(email)) ||
        (username !== undefined && ignore(username))),
  };
}

type RoleMatch = ReturnType<Resolver['findRole']>;

interface RoleCache {
  roles: readonly Role[];
  index: RoleIndex;
  found: Map<string, RoleMatch>;
}

interface RoleIndex {
  /** The first role of each id, as `find` over the list would return it. */
  byExactId: Map<string, Role>;
  byLowerId: Map<string, Role>;
  byName: Map<string, Role[]>;
  byLowerName: Map<string, Role[]>;
}

function indexRoles(roles: readonly Role[]): RoleIndex {
  const index: RoleIndex = {
    byExactId: new Map(),
    byLowerId: new Map(),
    byName: new Map(),
    byLowerName: new Map(),
  };
  const add = (map: Map<string, Role[]>, key: string, role: Role) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [role]);
    else list.push(role);
  };
  for (const role of roles) {
    if (!index.byExactId.has(role.id)) index.byExactId.set(role.id, role);
    const lowerId = role.id.toLowerCase();
    if (!index.byLowerId.has(lowerId)) index.byLowerId.set(lowerId, role);
    add(index.byName, role.name, role);
    add(index.byLowerName, role.name.toLowerCase(), role);
  }
  return index;
}

function matchRole(scope: RoleScope, roles: readonly Role[], index: RoleIndex, ref: string): RoleMatch {
  const wanted = ref.toLowerCase();
  // By id, then by the exact name, then case-insensitively only when that is unambiguous: a
  // custom role named 'ORG ADMIN' must never take over `role: Org Admin`.
  const byId = index.byLowerId.get(wanted);
  if (byId !== undefined) return { ok: true, role: byId };
  const loose = index.byName.get(ref) ?? index.byLowerName.get(wanted) ?? [];
  if (loose.length === 1) return { ok: true, role: loose[0]! };
  if (loose.length > 1) {
    const candidates = loose.map((r) => `'${r.name}' (${r.id})`).join(', ');
    return {
      ok: false,
      message: `The ${SCOPE_WORD[scope]} role '${ref}' is ambiguous: ${candidates}. Write the role's id instead.`,
    };
  }
  // No endpoint lists group roles: names are learned from memberships, an id always works.
  if (scope === 'group' && isUuid(ref)) return { ok: true, role: { id: ref, name: ref } };
  const names = roles.map((r) => r.name);
  const hint = closestMatch(ref, names);
  const known = names.length === 0 ? 'none known' : names.map((n) => `'${n}'`).join(', ');
  const learned =
    scope === 'group'
      ? ' (group roles are learned from existing group memberships; a role id always works)'
      : '';
  return {
    ok: false,
    message: `Unknown ${SCOPE_WORD[scope]} role '${ref}'.${hint === undefined ? '' : ` Did you mean '${hint}'?`} Roles: ${known}${learned}.`,
  };
}
