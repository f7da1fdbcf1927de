// Desired-state files for the benchmark, written from an emulator state: a config that matches
// the state exactly (no changes), one with a share of its objects changed, and one with an exact
// number of changes that `apply` can carry out without tripping a safety rail.
import type { EmulatorState } from '../src/emulator/state-types.ts';

export interface BenchMember {
  email: string;
  role: string;
}
export interface BenchOrg {
  slug: string;
  name: string;
  requestAccess: boolean;
  members: BenchMember[];
  /** Lists the org's notification settings (as Snyk has them): one more v1 read for this org. */
  notifications?: boolean;
}

const ADMIN = 'Org Admin';
const COLLABORATOR = 'Org Collaborator';

/** Every org of the state's first group, with its settings and members, as the file lists them. */
export function orgsFromState(state: EmulatorState): BenchOrg[] {
  const group = state.groups[0];
  if (!group) throw new Error('the generated state has no group');
  const emails = new Map(state.users.map((u) => [u.id, u.email]));
  const roles = new Map(group.orgRoles.map((r) => [r.id, r.name]));
  return group.orgs.map((org, i) => ({
    slug: org.slug,
    name: org.name,
    requestAccess: org.settings.requestAccess.enabled,
    // One org in ten manages its notification defaults
    // (docs/configuration.md#integrations-notifications-and-webhooks), as they are in Snyk.
    ...(i % 10 === 0 ? { notifications: true } : {}),
    members: org.members.map((m) => ({
      email: emails.get(m.userId) ?? m.userId,
      role: roles.get(m.roleId) ?? m.roleId,
    })),
  }));
}

/**
 * The config managing `orgs` (settings and members of each) in `groupId`, as a directory the way
 * large companies keep it: `group.yaml`, then one file per `perFile` orgs (a team's file).
 */
export function renderConfigFiles(
  groupId: string,
  orgs: readonly BenchOrg[],
  perFile = 500,
): Map<string, string> {
  const files = new Map<string, string>([['group.yaml', `version: 1\ngroup:\n  id: ${groupId}\n`]]);
  for (let start = 0; start < orgs.length; start += perFile) {
    const lines = ['version: 1', 'orgs:'];
    for (const org of orgs.slice(start, start + perFile)) {
      lines.push(
        `  - slug: ${org.slug}`,
        `    name: ${org.name}`,
        `    settings: { requestAccess: { enabled: ${org.requestAccess} } }`,
        ...(org.notifications ? ['    notifications: { weekly-report: { enabled: true } }'] : []),
        '    members:',
      );
      for (const m of org.members) lines.push(`      - { user: ${m.email}, role: ${m.role} }`);
    }
    files.set(`team-${String(start / perFile + 1).padStart(3, '0')}.yaml`, `${lines.join('\n')}\n`);
  }
  return files;
}

function copy(orgs: readonly BenchOrg[]): BenchOrg[] {
  return orgs.map((o) => ({ ...o, members: o.members.map((m) => ({ ...m })) }));
}

/**
 * Changes one in `every` of the managed objects: the role of every `every`-th membership and the
 * setting of every `every`-th org (5% with every = 20). Returns the edited orgs and the count.
 */
export function withShareChanged(
  orgs: readonly BenchOrg[],
  every: number,
): { orgs: BenchOrg[]; changes: number } {
  const out = copy(orgs);
  let changes = 0;
  let n = 0;
  out.forEach((org, i) => {
    if (i % every === every - 1) {
      org.requestAccess = !org.requestAccess;
      changes++;
    }
    for (const m of org.members) {
      if (n++ % every === every - 1) {
        m.role = m.role === ADMIN ? COLLABORATOR : ADMIN;
        changes++;
      }
    }
  });
  return { orgs: out, changes };
}

/**
 * Exactly `count` changes, one per org in turn (count ≤ orgs), cycling through the four writes
 * the executor makes: a setting (v1 PUT), a role (PATCH), a removal (DELETE), an addition (POST).
 * Only collaborators are demoted or removed, so no org loses its last admin (a safety rail).
 */
export function withExactChanges(
  orgs: readonly BenchOrg[],
  count: number,
): { orgs: BenchOrg[]; changes: number } {
  if (count > orgs.length)
    throw new Error(`${count} changes need at least ${count} orgs, got ${orgs.length}`);
  const out = copy(orgs);
  const everyone = [...new Set(orgs.flatMap((o) => o.members.map((m) => m.email)))];
  let changes = 0;
  for (let i = 0; i < count; i++) {
    const org = out[i] as BenchOrg;
    const collaborator = org.members.findIndex((m) => m.role === COLLABORATOR);
    const kind = i % 4;
    if (kind === 0 || (collaborator < 0 && kind !== 3)) {
      org.requestAccess = !org.requestAccess;
    } else if (kind === 1) {
      (org.members[collaborator] as BenchMember).role = ADMIN;
    } else if (kind === 2) {
      org.members.splice(collaborator, 1);
    } else {
      const present = new Set(org.members.map((m) => m.email));
      const email = everyone.find((e) => !present.has(e));
      if (email === undefined) throw new Error(`every known user is already a member of ${org.slug}`);
      org.members.push({ email, role: COLLABORATOR });
    }
    changes++;
  }
  return { orgs: out, changes };
}
