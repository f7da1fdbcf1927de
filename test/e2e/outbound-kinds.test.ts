// Integration settings, notification settings and webhooks end to end (the CLI as a process
// against the emulator): "disable all PR checks" in defaults.org is one update per org that
// has the integration (a warning for one that lacks it), a new org from a template converges in
// one apply, the secret is read at apply only and never shown, then: re-plan empty, drift
// after hand-made changes, export → plan empty, --replace rotates a webhook's secret.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmulatorState } from '../../src/emulator/index.ts';
import { defaultIntegrationSettings } from '../../src/emulator/v1/integrations.ts';
import { runCliProcess } from '../support/cli.test-helpers.ts';
import {
  DEMO_GROUP,
  type EmulatorFixture,
  loadDemoState,
  lookup,
  startFixture,
  writesIn,
} from '../support/emulator-fixture.test-helpers.ts';

const PAYMENTS_HOOK = 'https://hooks.acme.com/snyk/payments';
const AUDIT_HOOK = 'https://hooks.acme.com/snyk/audit';
const OLD_SECRET = 'whsec-old-0000aaaa';
const AUDIT_SECRET = 'whsec-audit-7f3e9c1d';
const ROTATED = 'whsec-rotated-5b2a8e4f';

let fx: EmulatorFixture;

function accountWithIntegrations(state: EmulatorState): EmulatorState {
  const at = lookup(state);
  const github = (id: string, extra: Record<string, unknown> = {}) => ({
    id,
    type: 'github',
    settings: { ...defaultIntegrationSettings(), ...extra },
  });
  at.org('golden').integrations = [
    github('1b3e3d90-0000-4000-8000-000000000001', { pullRequestTestCodeEnabled: true }),
  ];
  at.org('payments').integrations = [github('1b3e3d90-0000-4000-8000-000000000002')];
  at.org('platform').integrations = [
    { id: '1b3e3d90-0000-4000-8000-000000000003', type: 'gitlab', settings: defaultIntegrationSettings() },
  ];
  at.org('data').integrations = [github('1b3e3d90-0000-4000-8000-000000000004')];
  at.org('payments').webhooks = [
    { id: '2c4e6a80-0000-4000-8000-000000000001', url: PAYMENTS_HOOK, secret: OLD_SECRET },
  ];
  return state;
}

const config = (prTests: boolean) =>
  [
    'version: 1',
    `group: { id: ${DEMO_GROUP} }`,
    'defaults:',
    '  org:',
    '    integrations:',
    `      github: { settings: { pullRequestTestEnabled: ${prTests} } }`,
    'orgs:',
    '  - slug: golden',
    '  - slug: payments',
    '    notifications: { weekly-report: { enabled: false } }',
    '    webhooks:',
    `      - { url: "${PAYMENTS_HOOK}", secret: { env: PAYMENTS_WEBHOOK_SECRET } }`,
    `      - { url: "${AUDIT_HOOK}", secret: { env: AUDIT_WEBHOOK_SECRET } }`,
    '  - slug: platform',
    '  - slug: data',
    '    integrations: { github: { settings: { autoDepUpgradeEnabled: true } } }',
    '  - slug: mobile',
    '    name: Mobile',
    '    template: golden',
    '',
  ].join('\n');

const secrets = { PAYMENTS_WEBHOOK_SECRET: ROTATED, AUDIT_WEBHOOK_SECRET: AUDIT_SECRET };

async function cli(args: string[], env: Record<string, string> = {}) {
  const result = await runCliProcess(args, { env: { ...fx.env, ...env } });
  for (const secret of [OLD_SECRET, AUDIT_SECRET, ROTATED]) {
    expect(result.stdout, args.join(' ')).not.toContain(secret);
    expect(result.stderr, args.join(' ')).not.toContain(secret);
  }
  return result;
}

async function planOf(path: string, extra: string[] = []) {
  const result = await cli(['plan', path, '--format', 'json', ...extra]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as {
    changes: { action: string; address: string; before: unknown; after: unknown }[];
    warnings: { code: string; address?: string }[];
  };
}

const summary = (plan: Awaited<ReturnType<typeof planOf>>) =>
  plan.changes.map((c) => `${c.action} ${c.address}`);
const githubOf = (slug: string) =>
  lookup(fx.emu.getState())
    .org(slug)
    .integrations?.find((i) => i.type === 'github')?.settings ?? {};

beforeAll(async () => {
  fx = await startFixture(accountWithIntegrations(await loadDemoState()));
});
afterAll(() => fx.close());

describe('integrations, notifications and webhooks as code', () => {
  it('plans one update per org with the integration, a warning for the one without, and the new org from its template', async () => {
    const path = await fx.write('disable.yaml', config(false));
    const plan = await planOf(path);
    expect(summary(plan)).toEqual([
      'create org[mobile]',
      'update org[data].integration[github]',
      'update org[golden].integration[github]',
      'update org[mobile].integration[github]',
      'update org[payments].integration[github]',
      'update org[payments].notifications',
      `create org[payments].webhook[${AUDIT_HOOK}]`,
    ]);
    expect(plan.warnings).toContainEqual(
      expect.objectContaining({ code: 'INTEGRATION_MISSING', address: 'org[platform].integration[github]' }),
    );
    expect(plan.changes[1]).toMatchObject({
      before: { pullRequestTestEnabled: true, autoDepUpgradeEnabled: false },
      after: { pullRequestTestEnabled: false, autoDepUpgradeEnabled: true },
    });
  });

  it('refuses to apply, before any write, when a secret variable is missing, naming it', async () => {
    const path = await fx.write('disable.yaml', config(false));
    fx.emu.clearRequests();
    const result = await cli(['apply', path, '--auto-approve'], { PAYMENTS_WEBHOOK_SECRET: ROTATED });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('AUDIT_WEBHOOK_SECRET');
    expect(result.stderr).toContain('Nothing was written');
    expect(result.stderr).not.toContain('PAYMENTS_WEBHOOK_SECRET');
    expect(writesIn(fx.emu.requests())).toEqual([]);
  });

  it('applies in one run (unlisted keys kept), then plans no changes', async () => {
    const path = await fx.write('disable.yaml', config(false));
    const result = await cli(['apply', path, '--auto-approve'], secrets);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Snyk now matches the configuration.');
    for (const slug of ['golden', 'payments', 'data', 'mobile'])
      expect(githubOf(slug).pullRequestTestEnabled).toBe(false);
    expect(githubOf('golden').pullRequestTestCodeEnabled).toBe(true); // not listed: kept
    expect(githubOf('mobile').pullRequestTestCodeEnabled).toBe(true); // copied from golden
    expect(githubOf('data')).toMatchObject({ autoDepUpgradeEnabled: true, autoDepUpgradeLimit: 2 });
    const payments = lookup(fx.emu.getState()).org('payments');
    expect(payments.notifications?.['weekly-report']).toEqual({ enabled: false });
    expect(payments.webhooks?.find((h) => h.url === AUDIT_HOOK)?.secret).toBe(AUDIT_SECRET);
    expect(payments.webhooks?.find((h) => h.url === PAYMENTS_HOOK)?.secret).toBe(OLD_SECRET);
    const again = await cli(['plan', path, '--detailed-exitcode']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('No changes.');
  });

  it('reverts by writing the old value back: one update per org with the integration', async () => {
    const path = await fx.write('revert.yaml', config(true));
    const plan = await planOf(path);
    expect(summary(plan)).toEqual([
      'update org[data].integration[github]',
      'update org[golden].integration[github]',
      'update org[mobile].integration[github]',
      'update org[payments].integration[github]',
    ]);
    expect((await cli(['apply', path, '--auto-approve'])).code).toBe(0);
    expect(githubOf('payments').pullRequestTestEnabled).toBe(true);
    await cli(['apply', await fx.write('disable.yaml', config(false)), '--auto-approve']);
  });

  it('reports hand-made changes as drift', async () => {
    const state = fx.emu.getState();
    const payments = lookup(state).org('payments');
    payments.integrations![0]!.settings.pullRequestTestEnabled = true;
    payments.notifications = { 'weekly-report': { enabled: true } };
    payments.webhooks = payments.webhooks!.filter((h) => h.url !== AUDIT_HOOK);
    fx.emu.setState(state);
    const path = await fx.write('disable.yaml', config(false));
    const result = await cli(['drift', path, '--format', 'json']);
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout) as {
      items: { kind: string; address: string; change: string; message: string }[];
    };
    expect(report.items.map((i) => `${i.change} ${i.kind} ${i.address}`)).toEqual([
      'changed integration_settings org[payments].integration[github]',
      'changed notification_settings org[payments].notifications',
      `removed webhook org[payments].webhook[${AUDIT_HOOK}]`,
    ]);
    expect(report.items[2]!.message).toContain('The webhook');
    expect((await cli(['apply', path, '--auto-approve'], secrets)).code).toBe(0);
  });

  it('exports the outbound parts with secret placeholders, and the export plans no changes', async () => {
    const out = `${fx.dir}/export.yaml`;
    const exported = await cli(['export', '--group', DEMO_GROUP, '--output', out]);
    expect(exported.code, exported.stderr).toBe(0);
    const text = await import('node:fs/promises').then((fs) => fs.readFile(out, 'utf8'));
    expect(text).toContain('pullRequestTestEnabled: false');
    expect(text).toContain('weekly-report: { enabled: false }');
    expect(text).toMatch(
      /secret: \{ env: SNYK_WEBHOOK_SECRET_PAYMENTS_\d \} # placeholder: Snyk cannot return the secret/,
    );
    const plan = await planOf(out);
    expect(plan.changes).toEqual([]);
  });

  it('--replace deletes and creates a webhook: one DELETE, one POST, the new secret', async () => {
    const path = await fx.write('disable.yaml', config(false));
    const address = `org[payments].webhook[${PAYMENTS_HOOK}]`;
    const before = lookup(fx.emu.getState())
      .org('payments')
      .webhooks!.find((h) => h.url === PAYMENTS_HOOK)!;
    fx.emu.clearRequests();
    const result = await cli(['apply', path, '--auto-approve', '--replace', address], secrets);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Plan: 1 to add, 0 to change, 1 to destroy.');
    // One entry for the replacement, as Terraform shows one, not a separate - and +.
    expect(result.stdout).toContain(`-/+ ${address} must be replaced`);
    expect(result.stdout).not.toMatch(/^\s+[-+] org\[payments\]\.webhook/m);
    expect(
      writesIn(fx.emu.requests()).map((w) => `${w.method} ${w.path.replace(/[0-9a-f-]{36}/g, '{id}')}`),
    ).toEqual(['DELETE /v1/org/{id}/webhooks/{id}', 'POST /v1/org/{id}/webhooks']);
    const after = lookup(fx.emu.getState())
      .org('payments')
      .webhooks!.find((h) => h.url === PAYMENTS_HOOK)!;
    expect(after.id).not.toBe(before.id);
    expect(after.secret).toBe(ROTATED);
    const unknown = await cli(['plan', path, '--replace', `org[payments].webhook[${PAYMENTS_HOOK}/x]`]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(`Did you mean '${address}'?`);
  });
});
