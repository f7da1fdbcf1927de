// Desired configs derived from an emulator state, with seeded random edits (adds, role
// changes, removals, renames, settings), and what the edited file expects to exist afterwards.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EmulatorState } from '../../../src/emulator/index.ts';
import { createRandom } from '../../../src/util/prng.ts';

export interface ConfigMember {
  user: string;
  role: string;
}
export interface ConfigOrg {
  slug: string;
  name: string;
  settings?: { requestAccess: { enabled: boolean } };
  members: ConfigMember[];
}
export interface ChaosConfig {
  version: 1;
  group: { id: string; members: ConfigMember[] };
  orgs: ConfigOrg[];
  users: { unknown: 'error' };
  prune: { groupMembers: true; orgMembers: true; orgs: false };
  limits: { maxDeletePercent: 100 };
}

export interface EditCounts {
  addOrgs: number;
  addMembers: number;
  roleChanges: number;
  removals: number;
  renames: number;
  settings: number;
}

/** The config that describes `state` exactly (plan on it shows no changes). */
export function describeState(state: EmulatorState): ChaosConfig {
  const group = state.groups[0]!;
  const email = new Map(state.users.map((u) => [u.id, u.email]));
  const orgRole = new Map(group.orgRoles.map((r) => [r.id, r.name]));
  const groupRole = new Map(group.groupRoles.map((r) => [r.id, r.name]));
  return {
    version: 1,
    group: {
      id: group.id,
      members: group.members.map((m) => ({ user: email.get(m.userId)!, role: groupRole.get(m.roleId)! })),
    },
    orgs: group.orgs.map((o) => ({
      slug: o.slug,
      name: o.name,
      settings: { requestAccess: { enabled: o.settings.requestAccess.enabled } },
      members: o.members.map((m) => ({ user: email.get(m.userId)!, role: orgRole.get(m.roleId)! })),
    })),
    users: { unknown: 'error' },
    prune: { groupMembers: true, orgMembers: true, orgs: false },
    limits: { maxDeletePercent: 100 },
  };
}

/**
 * A seeded random edit of the config describing `state`. The token's own user (the first
 * group member, Group Admin) is never touched, so the lockout rail never trips.
 */
export function editConfig(
  state: EmulatorState,
  seed: number,
  options: { edits?: number; newOrgs?: number } = {},
): { config: ChaosConfig; counts: EditCounts } {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const config = describeState(state);
  const counts: EditCounts = {
    addOrgs: 0,
    addMembers: 0,
    roleChanges: 0,
    removals: 0,
    renames: 0,
    settings: 0,
  };
  const admin = config.group.members[0]!.user;
  const known = [...new Set(config.orgs.flatMap((o) => o.members.map((m) => m.user)))].filter(
    (u) => u !== admin,
  );
  const orgRoles = ['Org Admin', 'Org Collaborator'];
  const edits = options.edits ?? 12;
  for (let i = 0; i < edits; i++) {
    const org = pick(config.orgs);
    switch (Math.floor(random() * 5)) {
      case 0: {
        const candidates = known.filter((u) => !org.members.some((m) => m.user === u));
        if (candidates.length === 0) break;
        org.members.push({ user: pick(candidates), role: pick(orgRoles) });
        counts.addMembers++;
        break;
      }
      case 1: {
        const member = org.members.length > 0 ? pick(org.members) : undefined;
        if (!member) break;
        member.role = member.role === 'Org Admin' ? 'Org Collaborator' : 'Org Admin';
        counts.roleChanges++;
        break;
      }
      case 2: {
        if (org.members.length === 0) break;
        org.members.splice(Math.floor(random() * org.members.length), 1);
        counts.removals++;
        break;
      }
      case 3:
        org.name = `${org.name} R${seed}x${i}`.slice(0, 60);
        counts.renames++;
        break;
      default:
        org.settings = { requestAccess: { enabled: !(org.settings?.requestAccess.enabled ?? false) } };
        counts.settings++;
    }
  }
  // Group: one role change of a non-admin member.
  const groupMember = config.group.members.slice(1);
  if (groupMember.length > 0) {
    const member = pick(groupMember);
    member.role = member.role === 'Group Member' ? 'Group Viewer' : 'Group Member';
    counts.roleChanges++;
  }
  const newOrgs = options.newOrgs ?? 2;
  for (let k = 0; k < newOrgs; k++) {
    const name = `Chaos ${seed} Team ${k}`;
    const members: ConfigMember[] = [];
    const count = 1 + Math.floor(random() * 3);
    for (const user of known) {
      if (members.length >= count) break;
      if (random() < 0.3) members.push({ user, role: pick(orgRoles) });
    }
    config.orgs.push({
      slug: `chaos-${seed}-team-${k}`,
      name,
      settings: { requestAccess: { enabled: random() < 0.5 } },
      members,
    });
    counts.addOrgs++;
  }
  return { config, counts };
}

/** Writes the config as YAML (JSON is YAML) into a fresh temporary directory. */
export function writeConfig(config: unknown, name = 'snyk-gitops.yaml'): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sg-rel-'));
  const file = join(dir, name);
  writeFileSync(file, `${JSON.stringify(config, null, 1)}\n`);
  return { dir, file };
}
