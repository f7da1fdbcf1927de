// Examples are tests: every example validates, points editors at the schema, and the
// multi-team demo's emulator state is consistent with its files (users and roles exist).
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { EmulatorState } from '../emulator/state-types.ts';
import { formatIssue } from './issue.ts';
import { loadConfig } from './load.ts';

const EXAMPLES = resolve(dirname(fileURLToPath(import.meta.url)), '../../examples');
const CONFIGS = [
  'minimal/snyk-gitops.yaml',
  'full/snyk-gitops.yaml',
  'multi-team',
  'delegated',
  'classes/snyk-gitops.yaml',
];

async function load(path: string) {
  const result = await loadConfig([path], { cwd: EXAMPLES });
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result;
}

describe('examples', () => {
  it('delegated: reads the team folders, and refuses a team file that oversteps its delegation', async () => {
    const { files, desired } = await load('delegated');
    expect(files).toEqual([
      'delegated/group.yaml',
      'delegated/teams/data/data.yaml',
      'delegated/teams/payments/payments.yaml',
    ]);
    expect(desired.orgs.map((o) => o.slug)).toEqual(['platform', 'golden', 'data', 'payments']);
    const dir = mkdtempSync(join(tmpdir(), 'delegated-'));
    try {
      cpSync(join(EXAMPLES, 'delegated'), dir, { recursive: true });
      const team = join(dir, 'teams/payments/payments.yaml');
      writeFileSync(team, readFileSync(team, 'utf8').replace('role: Org Admin', 'role: Group Admin'));
      const result = await loadConfig([dir], { cwd: dir });
      expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
        "teams/payments/payments.yaml:10:37: role 'Group Admin' may not be granted in org 'payments': delegate[0] (group.yaml:20:5) allows 'Org Admin', 'Org Collaborator'",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each(CONFIGS)('%s validates', async (path) => {
    const result = await load(path);
    expect(result.files.length).toBeGreaterThan(0);
  });

  it.each(CONFIGS)('%s points editors at the schema with the right relative path', (path) => {
    const full = join(EXAMPLES, path);
    const files = path.endsWith('.yaml')
      ? [full]
      : (readdirSync(full, { recursive: true }) as string[])
          .filter((f) => f.endsWith('.yaml'))
          .map((f) => join(full, f));
    for (const file of files) {
      const first = readFileSync(file, 'utf8').split('\n')[0] ?? '';
      const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
      expect(match, file).not.toBeNull();
      expect(existsSync(resolve(dirname(file), match?.[1] ?? '')), file).toBe(true);
    }
  });

  it('multi-team: the live state knows every user and role the files name, and differs as the demo says', async () => {
    const { desired } = await load('multi-team');
    const state = JSON.parse(
      readFileSync(join(EXAMPLES, 'multi-team/snyk-state.json'), 'utf8'),
    ) as EmulatorState;
    const group = state.groups.find((g) => g.id === desired.group.id);
    const tenant = state.tenants.find((t) => t.id === desired.tenant?.id);
    if (group === undefined || tenant === undefined)
      throw new Error('group or tenant missing from the state');
    const emails = new Set(state.users.map((u) => u.email));
    const names = (roles: { name: string }[]) => new Set(roles.map((r) => r.name));
    const newcomers = new Set<string>();
    const check = (members: { user: string; role: string }[] | undefined, roles: Set<string>) => {
      for (const m of members ?? []) {
        if (!emails.has(m.user)) newcomers.add(m.user);
        expect(roles.has(m.role), m.role).toBe(true);
      }
    };
    check(desired.group.members, names(group.groupRoles));
    check(desired.tenant?.members, names(tenant.roles));
    for (const org of desired.orgs) check(org.members, names(group.orgRoles));
    // One newcomer who never logged in, invited through users.unknown: invite.
    expect([...newcomers]).toEqual(['grace@acme.com']);
    expect(desired.users.unknown).toBe('invite');

    const token = state.tokens.find((t) => t.token === 'sgdemo-7f3c9a1e5b2d4c6f');
    const alice = state.users.find((u) => u.id === token?.userId);
    expect(alice?.email).toBe('alice@acme.com');
    const aliceRole = group.members.find((m) => m.userId === alice?.id)?.roleId;
    expect(group.groupRoles.find((r) => r.id === aliceRole)?.name).toBe('Group Admin');

    const liveSlugs = group.orgs.map((o) => o.slug);
    const fileSlugs = desired.orgs.map((o) => o.slug);
    expect(liveSlugs.filter((s) => !fileSlugs.includes(s))).toEqual(['legacy-tools']);
    expect(fileSlugs.filter((s) => !liveSlugs.includes(s))).toEqual(['mobile']);
    expect(desired.prune.orgs).toBe(false);
    expect(group.settings.sessionLength).not.toBe(desired.group.settings?.sessionLength);
  });
});
