// Shared by the drift end-to-end tests: the example account in the emulator, a baseline
// config (the account exported, pruning everything, so every out-of-band change is drift),
// and one out-of-band change of every kind.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Emulator, type EmulatorState, startEmulator } from '../../src/emulator/index.ts';
import { runCliInProcess } from '../support/cli.test-helpers.ts';

export const GROUP = '4a18d42f-0706-4ad0-b127-24078731fbed';
export const TENANT = '59d6d97e-3106-4ebb-b608-352fad9c5b34';
export const TOKEN = 'sgdemo-7f3c9a1e5b2d4c6f';
const EXAMPLE_STATE = new URL('../../examples/multi-team/snyk-state.json', import.meta.url);

export interface DriftFixture {
  emu: Emulator;
  dir: string;
  config: string;
  env: Record<string, string>;
  initial: EmulatorState;
}

export async function startDriftFixture(): Promise<DriftFixture> {
  const initial = JSON.parse(await readFile(EXAMPLE_STATE, 'utf8')) as EmulatorState;
  const emu = await startEmulator({ state: structuredClone(initial), rateLimit: false });
  const dir = await mkdtemp(join(tmpdir(), 'snyk-gitops-drift-'));
  const env = { SNYK_TOKEN: TOKEN, SNYK_API_URL: emu.url };
  const exported = await runCliInProcess(['export', '--group', GROUP, '--tenant', TENANT], { env });
  if (exported.code !== 0) throw new Error(`export failed: ${exported.stderr}`);
  const config = join(dir, 'snyk-gitops.yaml');
  // Prune every kind, so that anything added by hand is drift too.
  const text = exported.stdout
    .replace('tenantMembers: false', 'tenantMembers: true')
    .replace('groupTags: false', 'groupTags: true')
    .replace('  orgs: false', '  orgs: true');
  await writeFile(config, text);
  return { emu, dir, config, env, initial };
}

const userId = (state: EmulatorState, email: string) => {
  const user = state.users.find((u) => u.email === email);
  if (user === undefined) throw new Error(`no user ${email} in the fixture`);
  return user.id;
};

/** One out-of-band change of every kind and direction, made behind the config's back. */
export function changeEverythingByHand(base: EmulatorState): EmulatorState {
  const state = structuredClone(base);
  const group = state.groups[0]!;
  const tenant = state.tenants[0]!;
  const role = (list: { id: string; name: string }[], name: string) => list.find((r) => r.name === name)!.id;
  const now = '2025-06-01T00:00:00.000Z';
  state.users.push({
    id: '9e0e0000-0000-4000-8000-00000000beef',
    name: 'Zed',
    email: 'zed@acme.com',
    username: 'zed',
  });
  const zed = '9e0e0000-0000-4000-8000-00000000beef';

  group.settings.sessionLength = 60; // group_settings changed
  const bob = group.members.find((m) => m.userId === userId(state, 'bob@acme.com'))!;
  bob.roleId = role(group.groupRoles, 'Group Viewer'); // group_membership changed
  group.members = group.members.filter((m) => m.userId !== userId(state, 'frank@acme.com')); // removed
  group.members.push({
    id: '9e0e0000-0000-4000-8000-0000000000a1',
    userId: zed,
    roleId: role(group.groupRoles, 'Group Admin'),
    createdAt: now,
  }); // added

  group.tags = group.tags.filter((t) => t.key !== 'legacy'); // group_tag removed
  group.tags.push({ key: 'team', value: 'shadow', projectCount: 1 }); // group_tag added

  tenant.name = 'Acme Corp'; // tenant changed
  const secops = tenant.members.find((m) => m.userId === userId(state, 'secops@acme.com'))!;
  secops.roleId = role(tenant.roles, 'Tenant Admin'); // tenant_membership changed
  tenant.members = tenant.members.filter((m) => m.userId !== userId(state, 'alice@acme.com')); // removed
  tenant.members.push({
    id: '9e0e0000-0000-4000-8000-0000000000a2',
    userId: zed,
    roleId: role(tenant.roles, 'Tenant Member'),
    createdAt: now,
  }); // added

  const org = (slug: string) => group.orgs.find((o) => o.slug === slug)!;
  org('payments').name = 'Payments Team'; // org changed
  org('data').settings.requestAccess.enabled = !org('data').settings.requestAccess.enabled; // org_settings changed
  group.orgs = group.orgs.filter((o) => o.slug !== 'legacy-tools'); // org removed
  group.orgs.push({
    ...structuredClone(org('golden')),
    id: '5ad0e000-0000-4000-8000-000000000001',
    name: 'Shadow IT',
    slug: 'shadow-it',
    members: [],
  }); // org added

  const platform = org('platform');
  const [first, second] = platform.members;
  first!.roleId =
    first!.roleId === role(group.orgRoles, 'Org Admin')
      ? role(group.orgRoles, 'Org Collaborator')
      : role(group.orgRoles, 'Org Admin'); // org_membership changed
  platform.members = platform.members.filter((m) => m !== second); // removed
  platform.members.push({
    id: '9e0e0000-0000-4000-8000-0000000000a3',
    userId: zed,
    roleId: role(group.orgRoles, 'Org Auditor'),
    createdAt: now,
  }); // added
  return state;
}
