// What must hold after any sequence of (faulty, interrupted) applies: nothing the file keeps
// was ever deleted, nothing was created twice, and the final live state is the desired one.
import type { EmulatorState, RequestLogEntry } from '../../../src/emulator/index.ts';
import type { ChaosConfig } from './desired.test-helpers.ts';

const key = (scope: string, user: string) => `${scope}\u0000${user.toLowerCase()}`;

/**
 * Ids of the objects of `initial` that `config` removes: the only ones a DELETE may target.
 * Every other DELETE (a kept membership, an org, one created during the run) is a violation.
 */
export function deletableIds(initial: EmulatorState, config: ChaosConfig): Set<string> {
  const group = initial.groups[0]!;
  const email = new Map(initial.users.map((u) => [u.id, u.email]));
  const keep = new Set<string>();
  for (const m of config.group.members) keep.add(key('group', m.user));
  for (const org of config.orgs) for (const m of org.members) keep.add(key(org.slug, m.user));
  const ids = new Set<string>();
  for (const m of group.members) if (!keep.has(key('group', email.get(m.userId)!))) ids.add(m.id);
  for (const org of group.orgs) {
    if (!config.orgs.some((o) => o.slug === org.slug)) continue;
    for (const m of org.members) if (!keep.has(key(org.slug, email.get(m.userId)!))) ids.add(m.id);
  }
  return ids;
}

/** DELETE requests (handled, failed or dropped) aimed at anything but `deletable`. */
export function forbiddenDeletes(log: RequestLogEntry[], deletable: Set<string>): string[] {
  return log
    .filter((e) => e.method === 'DELETE')
    .filter((e) => {
      const id = e.path.split('/').pop() ?? '';
      return !(/\/memberships\/[^/]+$/.test(e.path) && deletable.has(id));
    })
    .map((e) => `${e.method} ${e.path} -> ${e.status}${e.fault ? ` (${e.fault})` : ''}`);
}

/** Two orgs of one name, or two memberships of one user in one scope. */
export function duplicates(state: EmulatorState): string[] {
  const group = state.groups[0]!;
  const found: string[] = [];
  const seen = new Set<string>();
  const once = (k: string, what: string) => {
    if (seen.has(k)) found.push(what);
    seen.add(k);
  };
  for (const org of group.orgs) once(`org:${org.name}`, `two orgs named '${org.name}'`);
  for (const m of group.members) once(`g:${m.userId}`, `user ${m.userId} twice in the group`);
  for (const org of group.orgs)
    for (const m of org.members) once(`${org.id}:${m.userId}`, `user ${m.userId} twice in ${org.slug}`);
  return found;
}

/** Differences between the live state and the config (empty when they agree). */
export function differences(state: EmulatorState, config: ChaosConfig): string[] {
  const group = state.groups[0]!;
  const email = new Map(state.users.map((u) => [u.id, u.email.toLowerCase()]));
  const orgRole = new Map(group.orgRoles.map((r) => [r.id, r.name]));
  const groupRole = new Map(group.groupRoles.map((r) => [r.id, r.name]));
  const out: string[] = [];
  const members = (list: { userId: string; roleId: string }[], roles: Map<string, string>) =>
    list
      .map((m) => `${email.get(m.userId)}=${roles.get(m.roleId)}`)
      .sort()
      .join(',');
  const wanted = (list: { user: string; role: string }[]) =>
    list
      .map((m) => `${m.user.toLowerCase()}=${m.role}`)
      .sort()
      .join(',');
  if (members(group.members, groupRole) !== wanted(config.group.members)) out.push('group members differ');
  for (const org of config.orgs) {
    const live = group.orgs.find((o) => o.slug === org.slug);
    if (!live) {
      out.push(`org ${org.slug} missing`);
      continue;
    }
    if (live.name !== org.name) out.push(`org ${org.slug} is named '${live.name}', not '${org.name}'`);
    if (org.settings && live.settings.requestAccess.enabled !== org.settings.requestAccess.enabled)
      out.push(`org ${org.slug} requestAccess differs`);
    if (members(live.members, orgRole) !== wanted(org.members)) out.push(`org ${org.slug} members differ`);
  }
  return out;
}
