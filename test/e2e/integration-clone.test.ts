// Integrations cloned from a template org end to end (the CLI as a process against the
// emulator): `defaults.org.integrations.github-cloud-app.from: golden` gives an org that lacks the
// GitHub Cloud App a clone of golden's, credentials included, and its listed settings in the
// same apply, also for an org the same plan creates; then: re-plan empty, export (no `from`) →
// plan empty, a clone removed by hand is drift, and a source that lacks the type or does not
// exist stops the plan at the line of the `from`. The credentials never show in any output.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
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

const APP = 'github-cloud-app';
const CREDENTIALS = { token: 'ghs-golden-app-credential-7d1f3b9e', brokerToken: 'brk-4c2a9e0f7b3d' };
const SECRETS = Object.values(CREDENTIALS);

let fx: EmulatorFixture;

function accountWithGoldenApp(state: EmulatorState): EmulatorState {
  lookup(state).org('golden').integrations = [
    {
      id: '5e7a9c10-0000-4000-8000-0000000000a1',
      type: APP,
      settings: { ...defaultIntegrationSettings(), pullRequestTestCodeEnabled: true },
      credentials: CREDENTIALS,
    },
  ];
  return state;
}

const config = (from = 'golden') =>
  [
    'version: 1',
    `group: { id: ${DEMO_GROUP} }`,
    'defaults:',
    '  org:',
    '    integrations:',
    `      ${APP}: { from: ${from} }`,
    'orgs:',
    '  - slug: golden',
    '  - slug: payments',
    '    integrations:',
    `      ${APP}:`,
    '        settings: { pullRequestTestEnabled: false, manualRemediationPrs: { usePatchRemediation: true } }',
    '  - slug: mobile',
    '    name: Mobile',
    '',
  ].join('\n');

/** Runs the CLI; no output may carry the source integration's credentials. */
async function cli(args: string[]) {
  const result = await runCliProcess(args, { env: fx.env });
  for (const secret of SECRETS) {
    expect(result.stdout, args.join(' ')).not.toContain(secret);
    expect(result.stderr, args.join(' ')).not.toContain(secret);
  }
  return result;
}

async function planOf(path: string) {
  const result = await cli(['plan', path, '--format', 'json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as {
    changes: { action: string; address: string; after: unknown; note?: string; dependsOn: string[] }[];
  };
}

const appOf = (slug: string) =>
  lookup(fx.emu.getState())
    .org(slug)
    .integrations?.find((i) => i.type === APP);

beforeAll(async () => {
  fx = await startFixture(accountWithGoldenApp(await loadDemoState()));
});
afterAll(() => fx.close());

describe('integrations cloned from another org', () => {
  it('plans a clone, with where it comes from, for each org that lacks the integration', async () => {
    fx.emu.clearRequests();
    const plan = await planOf(await fx.write('snyk.yaml', config()));
    // The source's list is read once, however many orgs clone from it.
    const golden = lookup(fx.emu.getState()).org('golden').id;
    const reads = fx.emu.requests().filter((r) => r.path === `/v1/org/${golden}/integrations`);
    expect(reads).toHaveLength(1);
    expect(plan.changes.map((c) => `${c.action} ${c.address}`)).toEqual([
      'create org[mobile]',
      `create org[mobile].integration[${APP}]`,
      `create org[payments].integration[${APP}]`,
    ]);
    expect(plan.changes[1]).toMatchObject({ after: { from: 'golden' }, dependsOn: ['org[mobile]'] });
    expect(plan.changes[2]).toMatchObject({
      after: {
        from: 'golden',
        settings: { pullRequestTestEnabled: false, manualRemediationPrs: { usePatchRemediation: true } },
      },
    });
    expect(plan.changes[2]!.note).toContain("Cloned from org 'golden'");
    const text = await cli(['plan', await fx.write('snyk.yaml', config())]);
    expect(text.stdout).toContain(
      `+ org[payments].integration[${APP}]  (from: golden, settings.pullRequestTestEnabled: false, settings.manualRemediationPrs.usePatchRemediation: true)`,
    );
    expect(text.stdout).toContain("# Cloned from org 'golden'");
  });

  it('plans the one clone a --target names, reading its source', async () => {
    const path = await fx.write('snyk.yaml', config());
    const address = `org[payments].integration[${APP}]`;
    const result = await cli(['plan', path, '--format', 'json', '--target', address]);
    expect(result.code, result.stderr).toBe(0);
    const plan = JSON.parse(result.stdout) as { changes: { action: string; address: string }[] };
    expect(plan.changes.map((c) => `${c.action} ${c.address}`)).toEqual([`create ${address}`]);
  });

  it('stops before any write, at the line of `from`, when the source lacks the type or does not exist', async () => {
    fx.emu.clearRequests();
    const lacks = await cli(['apply', await fx.write('lacks.yaml', config('platform')), '--auto-approve']);
    expect(lacks.code).toBe(1);
    expect(lacks.stderr).toContain('lacks.yaml:6:');
    expect(lacks.stderr).toContain(
      `Orgs 'payments', 'mobile' lack a ${APP} integration, to be cloned from 'platform', which has none either`,
    );
    const typo = await cli(['plan', await fx.write('typo.yaml', config('goldn'))]);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain('typo.yaml:6:');
    expect(typo.stderr).toContain("Did you mean 'golden'?");
    expect(typo.stderr).not.toMatch(/at \w+ \(|internal error/i);
    expect(writesIn(fx.emu.requests())).toEqual([]);
  });

  it('applies in one run: the clone has the credentials and the listed settings; then no changes', async () => {
    const path = await fx.write('snyk.yaml', config());
    fx.emu.clearRequests();
    const result = await cli(['apply', path, '--auto-approve']);
    expect(result.code, result.stderr).toBe(0);
    // One clone each, and a settings write only where the file lists settings.
    const writes = writesIn(fx.emu.requests()).map(
      (w) => `${w.method} ${w.path.replace(/[0-9a-f-]{36}/g, '{id}')}`,
    );
    expect(writes.sort()).toEqual([
      'POST /v1/org',
      'POST /v1/org/{id}/integrations/{id}/clone',
      'POST /v1/org/{id}/integrations/{id}/clone',
      'PUT /v1/org/{id}/integrations/{id}/settings',
    ]);
    for (const slug of ['payments', 'mobile']) {
      const app = appOf(slug);
      expect(app?.credentials).toEqual(CREDENTIALS);
      expect(app?.id).not.toBe(appOf('golden')?.id);
      expect(app?.settings.pullRequestTestCodeEnabled).toBe(true); // copied from golden
    }
    expect(appOf('payments')?.settings.pullRequestTestEnabled).toBe(false);
    expect(appOf('mobile')?.settings.pullRequestTestEnabled).toBe(true);
    expect(appOf('golden')?.settings.pullRequestTestEnabled).toBe(true);
    const again = await cli(['plan', path, '--detailed-exitcode']);
    expect(again.code, again.stdout).toBe(0);
    expect(again.stdout).toContain('No changes.');
  });

  it('exports the cloned integrations without `from`, and the export plans no changes', async () => {
    const out = `${fx.dir}/export.yaml`;
    const exported = await cli(['export', '--group', DEMO_GROUP, '--output', out]);
    expect(exported.code, exported.stderr).toBe(0);
    const text = await readFile(out, 'utf8');
    expect(text).toContain(APP);
    expect(text).not.toMatch(/\bfrom:/);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect((await planOf(out)).changes).toEqual([]);
  });

  it('reports a clone removed by hand as drift, and a saved plan clones it again without the credentials in the file', async () => {
    const state = fx.emu.getState();
    const payments = lookup(state).org('payments');
    payments.integrations = (payments.integrations ?? []).filter((i) => i.type !== APP);
    fx.emu.setState(state);
    const path = await fx.write('snyk.yaml', config());
    const drift = await cli(['drift', path, '--format', 'json']);
    expect(drift.code).toBe(2);
    const report = JSON.parse(drift.stdout) as { items: { kind: string; address: string; change: string }[] };
    expect(report.items.map((i) => `${i.change} ${i.kind} ${i.address}`)).toEqual([
      `removed integration_settings org[payments].integration[${APP}]`,
    ]);
    const saved = `${fx.dir}/plan.json`;
    expect((await cli(['plan', path, '--out', saved])).code).toBe(0);
    const file = await readFile(saved, 'utf8');
    for (const secret of SECRETS) expect(file).not.toContain(secret);
    const applied = await cli(['apply', '--plan', saved, '--auto-approve']);
    expect(applied.code, applied.stderr).toBe(0);
    expect(appOf('payments')?.credentials).toEqual(CREDENTIALS);
    expect((await cli(['plan', path, '--detailed-exitcode'])).code).toBe(0);
  });

  it('left the credentials in no file it wrote (plans, exports, configs)', async () => {
    const names = await readdir(fx.dir);
    expect(names).toEqual(expect.arrayContaining(['plan.json', 'export.yaml']));
    for (const name of names) {
      const text = await readFile(join(fx.dir, name), 'utf8');
      for (const secret of SECRETS) expect(text, name).not.toContain(secret);
    }
  });
});
