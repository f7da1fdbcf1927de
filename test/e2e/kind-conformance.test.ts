// The kind conformance suite: every registered kind goes through the same life against the
// emulator (and, in CI, again with SNYK_EMULATOR_REALITY=all): the account exported, the file
// edited so the plan changes this kind → apply → re-plan empty → export → plan on the export
// empty → a change made by hand in Snyk → drift reports an item of this kind. The table is
// typed by the registry, so a kind without a scenario does not compile (README "Adding a
// resource kind").
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { Kind } from '../../src/core/kinds/index.ts';
import { KIND_NAMES } from '../../src/core/kinds/index.ts';
import type { EmulatorState } from '../../src/emulator/index.ts';
import { defaultIntegrationSettings } from '../../src/emulator/v1/integrations.ts';
import { runCliInProcess } from '../support/cli.test-helpers.ts';
import {
  DEMO_GROUP,
  DEMO_TENANT,
  type EmulatorFixture,
  loadDemoState,
  lookup,
  startFixture,
} from '../support/emulator-fixture.test-helpers.ts';

// biome-ignore lint/suspicious/noExplicitAny: the exported YAML, edited as plain data
type Config = any;
type Entry = { user: string; role: string };

interface Scenario {
  /** Edits the exported file so that the plan has a change of this kind. */
  edit(config: Config): void;
  /** Changes the emulator's account by hand so that drift has an item of this kind. */
  byHand(state: EmulatorState, config: Config): void;
}

const HOOK = 'https://hooks.acme.com/snyk/conformance';
const ENV = { CONFORMANCE_WEBHOOK_SECRET: 'whsec-conformance-5b2a8e4f' };
const NEWCOMER = 'newcomer@acme.com';

/** The demo account with an integration and a project, so that every kind has something to manage. */
function account(demo: EmulatorState): EmulatorState {
  const payments = lookup(demo).org('payments');
  payments.integrations = [
    { id: '1b3e3d90-0000-4000-8000-0000000000c1', type: 'github', settings: defaultIntegrationSettings() },
  ];
  payments.projects = [
    {
      id: '3d5f7b90-0000-4000-8000-0000000000c1',
      name: 'acme/payments-api:package.json',
      type: 'npm',
      origin: 'github',
      targetFile: 'package.json',
      targetReference: 'main',
      targetId: '4e6a8c00-0000-4000-8000-0000000000c1',
      createdAt: '2024-03-01T09:00:00.000Z',
      status: 'active',
      tags: [],
    },
  ];
  payments.projectCount = 1;
  return demo;
}

const orgIn = (config: Config, slug: string) => config.orgs.find((o: { slug: string }) => o.slug === slug);
const liveOrg = (state: EmulatorState, slug: string) => lookup(state).org(slug);
const findUser = (state: EmulatorState, ref: string) => lookup(state).userId(ref);

/** The first group member the org does not list (not a service account): a membership to add. */
function outsider(config: Config, slug: string): string {
  const listed = new Set((orgIn(config, slug).members as Entry[]).map((m) => m.user));
  const user = (config.group.members as Entry[])
    .map((m) => m.user)
    .find((u) => !listed.has(u) && !u.includes('serviceaccount'));
  if (user === undefined) throw new Error('fixture: every group member is in the org');
  return user;
}

const SCENARIOS: { [K in Kind]: Scenario } = {
  org: {
    edit: (c) => (orgIn(c, 'payments').name = 'Payments Conformance'),
    byHand: (s) => (liveOrg(s, 'payments').name = 'Renamed By Hand'),
  },
  org_settings: {
    edit: (c) => {
      const access = orgIn(c, 'payments').settings.requestAccess;
      access.enabled = !access.enabled;
    },
    byHand: (s) => {
      const access = liveOrg(s, 'payments').settings.requestAccess;
      access.enabled = !access.enabled;
    },
  },
  sast_settings: {
    edit: (c) => (orgIn(c, 'payments').sast = { enabled: true }),
    byHand: (s) => {
      const org = liveOrg(s, 'payments');
      org.restSettings = { ...org.restSettings, sast: { sast_enabled: false } };
    },
  },
  iac_settings: {
    edit: (c) => {
      c.group.iac = { customRules: { isEnabled: true, ociRegistryUrl: 'https://registry.acme.com/rules' } };
      orgIn(c, 'payments').iac = { customRules: { inheritFromParent: 'group' } };
    },
    byHand: (s) => {
      const org = liveOrg(s, 'payments');
      org.restSettings = { ...org.restSettings, iac: { custom_rules: { is_enabled: false } } };
    },
  },
  org_membership: {
    edit: (c) =>
      orgIn(c, 'payments').members.push({ user: outsider(c, 'payments'), role: 'Org Collaborator' }),
    byHand: (s, c) => {
      const added = findUser(s, (orgIn(c, 'payments').members as Entry[]).at(-1)!.user);
      const org = liveOrg(s, 'payments');
      org.members = org.members.filter((m) => m.userId !== added);
    },
  },
  group_settings: {
    edit: (c) => (c.group.settings = { ...c.group.settings, sessionLength: 77 }),
    byHand: (s) => (lookup(s).group.settings.sessionLength = 99),
  },
  group_membership: {
    edit: (c) => {
      const viewer = (c.group.members as Entry[]).find((m) => m.role === 'Group Viewer')!;
      viewer.role = 'Group Member';
    },
    byHand: (s, c) => {
      const at = lookup(s);
      const changed = (c.group.members as Entry[]).find((m) => m.role === 'Group Member')!;
      const member = at.group.members.find((m) => m.userId === findUser(s, changed.user))!;
      member.roleId = at.groupRole('Group Admin');
    },
  },
  group_tag: {
    edit: (c) => {
      c.prune.groupTags = 'force';
      c.group.tags.shift();
    },
    byHand: (s) => lookup(s).group.tags.push({ key: 'hand', value: 'made' }),
  },
  pull_request_template: {
    edit: (c) =>
      (c.group.pullRequestTemplate = {
        title: '[Snyk] Upgrade {{ package_name }} from {{ package_from }} to {{ package_to }}',
        commitMessage: 'fix: upgrade {{ package_name }}',
      }),
    byHand: (s) => {
      const group = lookup(s).group;
      group.restSettings = { ...group.restSettings, pull_request_template: { title: 'Changed by hand' } };
    },
  },
  tenant: {
    edit: (c) => (c.tenant.name = 'Acme Conformance'),
    byHand: (s) => (lookup(s).tenant.name = 'Renamed By Hand'),
  },
  tenant_membership: {
    edit: (c) => {
      const member = (c.tenant.members as Entry[]).find((m) => m.role === 'Tenant Member')!;
      member.role = 'Tenant Admin';
    },
    byHand: (s) => {
      const at = lookup(s);
      const admin = at.tenantRole('Tenant Admin');
      const member = at.tenant.members.filter((m) => m.roleId === admin).at(-1)!;
      member.roleId = at.tenantRole('Tenant Member');
    },
  },
  pending_user: {
    edit: (c) => {
      c.users.unknown = 'invite';
      orgIn(c, 'payments').members.push({ user: NEWCOMER, role: 'Org Collaborator' });
    },
    byHand: (s) => (liveOrg(s, 'payments').invites = []),
  },
  project: {
    edit: (c) =>
      (orgIn(c, 'payments').projects = [{ match: { name: '*' }, tags: [{ key: 'tier', value: 'gold' }] }]),
    byHand: (s) => (liveOrg(s, 'payments').projects![0]!.tags = []),
  },
  integration_settings: {
    edit: (c) =>
      (orgIn(c, 'payments').integrations = { github: { settings: { pullRequestTestEnabled: false } } }),
    byHand: (s) => (liveOrg(s, 'payments').integrations![0]!.settings.pullRequestTestEnabled = true),
  },
  notification_settings: {
    edit: (c) => (orgIn(c, 'payments').notifications = { 'weekly-report': { enabled: false } }),
    byHand: (s) => {
      const org = liveOrg(s, 'payments');
      org.notifications = { ...org.notifications, 'weekly-report': { enabled: true } };
    },
  },
  webhook: {
    edit: (c) =>
      (orgIn(c, 'payments').webhooks = [{ url: HOOK, secret: { env: 'CONFORMANCE_WEBHOOK_SECRET' } }]),
    byHand: (s) => (liveOrg(s, 'payments').webhooks = []),
  },
  placement: {
    edit: (c) => {
      c.placement = [{ match: { name: 'acme/payments-api*' }, org: 'platform' }];
      // Moving the account's one project is all of them: the mass-delete rail's business.
      c.limits = { ...c.limits, maxDeletePercent: 100 };
    },
    byHand: (s) => {
      const project = liveOrg(s, 'platform').projects!.pop()!;
      liveOrg(s, 'payments').projects!.push(project);
    },
  },
  ignore: {
    edit: (c) =>
      (c.ignores = [
        {
          issue: 'SNYK-JS-LODASH-567746',
          projects: { org: 'pay*', match: { name: 'acme/payments-*' } },
          type: 'temporary-ignore',
          reason: 'not reachable: only used in tests',
          expires: '2099-03-31',
        },
      ]),
    byHand: (s) => (liveOrg(s, 'payments').projects![0]!.ignores = []),
  },
  import: {
    edit: (c) =>
      (orgIn(c, 'payments').imports = [{ integration: 'github', repos: ['acme/ledger'], branch: 'main' }]),
    byHand: (s) => (liveOrg(s, 'payments').targets = []),
  },
  service_account: {
    edit: (c) =>
      (c.group.serviceAccounts = [
        ...(c.group.serviceAccounts ?? []),
        {
          name: 'ci-scanner',
          role: 'Group Viewer',
          auth: 'oauth_private_key_jwt',
          jwksUrl: 'https://ci.acme.com/.well-known/jwks.json',
        },
      ]),
    byHand: (s) => {
      const account = lookup(s).group.serviceAccounts!.find((a) => a.name === 'ci-scanner')!;
      account.name = 'renamed-by-hand';
    },
  },
};

let fx: EmulatorFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

async function cli(args: string[], expectCode = 0) {
  const result = await runCliInProcess(args, { env: { ...fx!.env, ...ENV } });
  expect(result.code, `${args.join(' ')}\n${result.stderr}`).toBe(expectCode);
  return result;
}

async function exported(): Promise<string> {
  return (await cli(['export', '--group', DEMO_GROUP, '--tenant', DEMO_TENANT])).stdout;
}

async function plannedKinds(path: string): Promise<string[]> {
  const { stdout } = await cli(['plan', path, '--format', 'json']);
  return (JSON.parse(stdout) as { changes: { kind: string; action: string; address: string }[] }).changes.map(
    (c) => `${c.action} ${c.kind} ${c.address}`,
  );
}

describe('kind conformance', () => {
  it('has a scenario for every registered kind', () => {
    expect(Object.keys(SCENARIOS).sort()).toEqual([...KIND_NAMES].sort());
  });

  it.each(KIND_NAMES)('%s: plan, apply, re-plan empty, export, plan empty, drift', async (kind) => {
    const scenario = SCENARIOS[kind];
    fx = await startFixture(account(await loadDemoState()));
    const config: Config = parse(await exported());
    scenario.edit(config);
    const file = await fx.write('edited.yaml', stringify(config));

    const planned = await plannedKinds(file);
    expect(
      planned.some((c) => c.split(' ')[1] === kind),
      planned.join('\n'),
    ).toBe(true);
    await cli(['apply', file, '--auto-approve']);
    expect(await plannedKinds(file)).toEqual([]);

    const again = await fx.write('exported.yaml', await exported());
    expect(await plannedKinds(again)).toEqual([]);

    const state = fx.emu.getState();
    scenario.byHand(state, config);
    fx.emu.setState(state);
    const drift = await cli(['drift', file, '--format', 'json'], 2);
    const items = (JSON.parse(drift.stdout) as { items: { kind: string; address: string }[] }).items;
    expect(
      items.map((i) => i.kind),
      drift.stdout,
    ).toContain(kind);
  });
});
