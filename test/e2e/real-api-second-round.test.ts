// The real Snyk API's second round (REALITY.md §11-16), end to end: the CLI as a process
// against the emulator with every reality switch on. Real integration bodies export and plan
// clean; real keys and app types apply and converge; a short webhook secret is refused at
// plan and before any write at apply (never shown); a group tag projects carry is reported as
// such; notification settings converge though the PUT echoes; tag values with / . @ : apply.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmulatorState } from '../../src/emulator/index.ts';
import {
  BULK_ACTION_GITLAB,
  CX_TOOLS_GITHUB,
  CX_TOOLS_GITLAB,
  settingsOf,
} from '../../src/emulator/testing/real-bodies.test-helpers.ts';
import { runCliProcess } from '../support/cli.test-helpers.ts';
import {
  DEMO_GROUP,
  type EmulatorFixture,
  loadDemoState,
  lookup,
  startFixture,
  writesIn,
} from '../support/emulator-fixture.test-helpers.ts';

const HOOK = 'https://hooks.acme.com/snyk/real';
const SHORT = 'whsec-15-chars!';
const LONG = 'whsec-long-enough-7f3e9c1d';
const TAG_VALUE = 'acme/payments-api@1.2:prod';

let fx: EmulatorFixture;

function realAccount(state: EmulatorState): EmulatorState {
  const at = lookup(state);
  const id = (n: number) => `5e1c0a70-0000-4000-8000-00000000000${n}`;
  at.org('payments').integrations = [
    { id: id(1), type: 'github-cloud-app', settings: settingsOf(CX_TOOLS_GITHUB) },
    { id: id(2), type: 'ecr', settings: {} },
  ];
  at.org('platform').integrations = [{ id: id(3), type: 'gitlab', settings: settingsOf(BULK_ACTION_GITLAB) }];
  at.org('data').integrations = [{ id: id(4), type: 'gitlab', settings: settingsOf(CX_TOOLS_GITLAB) }];
  at.org('payments').projects = [
    {
      id: id(5),
      name: 'acme/payments-api',
      type: 'npm',
      origin: 'github',
      targetFile: 'package.json',
      targetReference: 'main',
      targetId: id(6),
      createdAt: '2026-01-05T10:00:00.000Z',
      status: 'active',
      tags: [{ key: 'team', value: 'payments' }],
    },
  ];
  return state;
}

async function cli(args: string[], env: Record<string, string> = {}) {
  const result = await runCliProcess(args, { env: { ...fx.env, ...env } });
  for (const secret of [SHORT, LONG]) {
    expect(result.stdout, args.join(' ')).not.toContain(secret);
    expect(result.stderr, args.join(' ')).not.toContain(secret);
  }
  return result;
}

const header = ['version: 1', `group: { id: ${DEMO_GROUP} }`];
const settingsOfOrg = (slug: string, type: string) =>
  lookup(fx.emu.getState())
    .org(slug)
    .integrations?.find((i) => i.type === type)?.settings;

/** Exports the account and plans the export: what real GETs answered must plan no changes. */
async function exportPlansClean() {
  const out = `${fx.dir}/export.yaml`;
  const exported = await cli(['export', '--group', DEMO_GROUP, '--output', out]);
  expect(exported.code, exported.stderr).toBe(0);
  const text = await readFile(out, 'utf8');
  expect(text).toContain('useManualPatchRemediation: false');
  expect(text).toContain('pullRequestFailOnlyForIssuesWithFix: true');
  expect(text).toMatch(/pullRequestAssignment:\n\s+type: auto\n\s+enabled: true\n/);
  const plan = await cli(['plan', out, '--detailed-exitcode']);
  expect(plan.stdout + plan.stderr).toContain('No changes.');
  expect(plan.code).toBe(0);
  return text;
}

describe('real integration bodies (cx-tools, snyk-bulk-action-scripts), documented API', () => {
  it('export and plan no changes', async () => {
    const documented = fx;
    fx = await startFixture(realAccount(await loadDemoState()), { reality: {} });
    try {
      expect(await exportPlansClean()).toContain('github-cloud-app:');
    } finally {
      await fx.close();
      fx = documented;
    }
  });
});

beforeAll(async () => {
  fx = await startFixture(realAccount(await loadDemoState()), { reality: 'all' });
});
afterAll(() => fx.close());

describe('the real API, second round, with every reality switch on', () => {
  it('exports real integration bodies and plans no changes', async () => {
    expect(await exportPlansClean()).toContain('github-cloud-app:');
  });

  it('applies real keys under an app type, the unlisted ones kept, and converges', async () => {
    const path = await fx.write(
      'keys.yaml',
      [
        ...header,
        'orgs:',
        '  - slug: payments',
        '    integrations:',
        '      github-cloud-app:',
        '        settings:',
        '          manualRemediationPrs: { usePatchRemediation: true }   # the spec name',
        '          pullRequestAssignment: { enabled: true, type: manual, assignees: [octocat] }',
        '      ecr: { settings: {} }',
        '  - slug: data',
        '    integrations: { gitlab: { settings: { reachableVulns: { enabled: true } } } }',
        '',
      ].join('\n'),
    );
    const applied = await cli(['apply', path, '--auto-approve']);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain('Snyk now matches the configuration.');
    expect(settingsOfOrg('payments', 'github-cloud-app')).toMatchObject({
      manualRemediationPrs: { useManualPatchRemediation: true },
      pullRequestAssignment: { enabled: true, type: 'manual', assignees: ['octocat'] },
      isMajorUpgradeEnabled: true,
      pullRequestFailOnlyForIssuesWithFix: true,
    });
    expect(settingsOfOrg('data', 'gitlab')).toMatchObject({
      reachableVulns: { enabled: true },
      autoDepUpgradeEnabled: true,
    });
    expect((await cli(['plan', path, '--detailed-exitcode'])).code).toBe(0);
  });

  const webhookConfig = () =>
    fx.write(
      'hook.yaml',
      [
        ...header,
        'orgs:',
        '  - slug: payments',
        '    webhooks:',
        `      - { url: "${HOOK}", secret: { env: REAL_HOOK_SECRET } }`,
        '',
      ].join('\n'),
    );

  it('refuses a webhook secret under 16 characters at plan and, before any write, at apply', async () => {
    const path = await webhookConfig();
    const plan = await cli(['plan', path], { REAL_HOOK_SECRET: SHORT });
    expect(plan.code).toBe(1);
    expect(plan.stderr).toContain('REAL_HOOK_SECRET');
    expect(plan.stderr).toContain('shorter than 16 characters');
    expect(plan.stderr).toContain(`org[payments].webhook[${HOOK}]`);
    expect((await cli(['plan', path])).code).toBe(0); // not set: needed only at apply
    fx.emu.clearRequests();
    const apply = await cli(['apply', path, '--auto-approve'], { REAL_HOOK_SECRET: SHORT });
    expect(apply.code).toBe(1);
    expect(apply.stderr).toContain('REAL_HOOK_SECRET');
    expect(apply.stderr).toContain('Nothing was written');
    expect(writesIn(fx.emu.requests())).toEqual([]);
  });

  it('creates a webhook whose create answers without a body, then plans no changes', async () => {
    const path = await webhookConfig();
    const apply = await cli(['apply', path, '--auto-approve'], { REAL_HOOK_SECRET: LONG });
    expect(apply.code, apply.stderr).toBe(0);
    const hooks = lookup(fx.emu.getState()).org('payments').webhooks ?? [];
    expect(hooks.find((h) => h.url === HOOK)?.secret).toBe(LONG);
    expect((await cli(['plan', path, '--detailed-exitcode'])).code).toBe(0);
  });

  it('converges notification settings though the PUT answers only the events sent', async () => {
    const path = await fx.write(
      'notify.yaml',
      [
        ...header,
        'orgs:',
        '  - slug: platform',
        '    notifications: { weekly-report: { enabled: false }, test-limit: { enabled: false } }',
        '',
      ].join('\n'),
    );
    expect((await cli(['apply', path, '--auto-approve'])).code).toBe(0);
    expect(lookup(fx.emu.getState()).org('platform').notifications).toEqual({
      'weekly-report': { enabled: false },
      'test-limit': { enabled: false },
    });
    expect((await cli(['plan', path, '--detailed-exitcode'])).code).toBe(0);
  });

  it('puts a tag value with / . @ : on a project, and plans no changes after', async () => {
    const path = await fx.write(
      'tags.yaml',
      [
        ...header,
        'orgs:',
        '  - slug: payments',
        '    projects:',
        '      - match: { name: "acme/*" }',
        `        tags: [{ key: release, value: "${TAG_VALUE}" }]`,
        '',
      ].join('\n'),
    );
    const apply = await cli(['apply', path, '--auto-approve']);
    expect(apply.code, apply.stderr).toBe(0);
    expect(lookup(fx.emu.getState()).org('payments').projects?.[0]?.tags).toContainEqual({
      key: 'release',
      value: TAG_VALUE,
    });
    expect((await cli(['plan', path, '--detailed-exitcode'])).code).toBe(0);
  });

  it('reports a group tag delete Snyk answers 403 as a tag projects still carry, with the force option', async () => {
    const path = await fx.write(
      'prune-tags.yaml',
      [
        ...header,
        'group:',
        `  id: ${DEMO_GROUP}`,
        '  tags: [{ key: env, value: prod }]',
        'prune: { groupTags: true }',
        '',
      ]
        .join('\n')
        .replace(`group: { id: ${DEMO_GROUP} }\n`, ''),
    );
    const apply = await cli(['apply', path, '--auto-approve', '--allow-mass-delete']);
    expect(apply.code).not.toBe(0);
    const out = apply.stdout + apply.stderr;
    expect(out).toContain('failed group.tag[team:payments]: projects still carry this tag');
    expect(out).toContain('prune.groupTags: force');
    expect(out).not.toMatch(/permission|forbidden/i);
  });
});
