// Org classes end to end (the CLI as a process against the emulator, also in reality mode):
// validation errors located with a "did you mean", a plan whose notes name the class and its
// file:line in every format, the same requests as the values written inline, a saved plan that
// applies, re-plan empty, drift after a hand-made change, export → plan empty.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliProcess } from '../support/cli.test-helpers.ts';
import {
  DEMO_GROUP,
  type EmulatorFixture,
  loadDemoState,
  lookup,
  membersOf,
  startFixture,
} from '../support/emulator-fixture.test-helpers.ts';

let fx: EmulatorFixture;

const HEAD = ['version: 1', `group: { id: ${DEMO_GROUP} }`, 'prune: { orgMembers: false }'];

// Line 8 sets production's settings, line 9 its member; line 13 sandbox's member.
const WITH_CLASSES = [
  ...HEAD,
  'defaults:',
  '  org: { settings: { ignores: { reasonRequired: false } } }',
  'classes:',
  '  production:',
  '    settings: { requestAccess: { enabled: false }, ignores: { reasonRequired: true } }',
  '    members: [{ user: secops@acme.com, role: Org Admin }]',
  '  sandbox:',
  '    match: { slug: "data*" }',
  '    settings: { requestAccess: { enabled: true } }',
  '    members: [{ user: frank@acme.com, role: Org Auditor }]',
  'orgs:',
  '  - slug: payments',
  '    classes: [production]',
  '    members: [{ user: carol@acme.com, role: Org Admin }]',
  '  - slug: golden',
  '    classes: [production]',
  '    settings: { ignores: { reasonRequired: false } }',
  '  - slug: data',
  '',
].join('\n');

// The same desired state with every value written on its org.
const INLINE = [
  ...HEAD,
  'orgs:',
  '  - slug: payments',
  '    settings: { requestAccess: { enabled: false }, ignores: { reasonRequired: true } }',
  '    members:',
  '      - { user: secops@acme.com, role: Org Admin }',
  '      - { user: carol@acme.com, role: Org Admin }',
  '  - slug: golden',
  '    settings: { requestAccess: { enabled: false }, ignores: { reasonRequired: false } }',
  '    members: [{ user: secops@acme.com, role: Org Admin }]',
  '  - slug: data',
  '    settings: { requestAccess: { enabled: true }, ignores: { reasonRequired: false } }',
  '    members: [{ user: frank@acme.com, role: Org Auditor }]',
  '',
].join('\n');

interface PlanJson {
  changes: { action: string; address: string; note?: string }[];
  stats: { requests: number };
}

// Run in the scratch directory, so that notes name the file as a user writes it.
const cli = (args: string[]) => runCliProcess(args, { env: fx.env, cwd: fx.dir });

/** Writes a config into the scratch directory and returns its name there. */
async function write(name: string, text: string): Promise<string> {
  await fx.write(name, text);
  return name;
}

async function planOf(path: string): Promise<PlanJson> {
  const result = await cli(['plan', path, '--format', 'json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as PlanJson;
}

beforeAll(async () => {
  fx = await startFixture(await loadDemoState());
});
afterAll(() => fx.close());

describe('org classes', () => {
  it('refuses an unknown class with its place and a did-you-mean, before any request', async () => {
    const path = await write(
      'typo.yaml',
      WITH_CLASSES.replace('classes: [production]', 'classes: [prodution]'),
    );
    fx.emu.clearRequests();
    const result = await cli(['plan', path]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "typo.yaml:16:15: org 'payments' uses class 'prodution', which no file defines. Did you mean 'production'?",
    );
    expect(result.stderr).not.toMatch(/ at .*\.(ts|js):\d+/);
    expect(fx.emu.requests().filter((r) => r.api !== 'control')).toEqual([]);
  });

  it('validate refuses a nested class list and a delegated file defining classes, each at its line', async () => {
    const { mkdir } = await import('node:fs/promises');
    await mkdir(`${fx.dir}/tree/teams`, { recursive: true });
    await write(
      'tree/group.yaml',
      [...HEAD, 'delegate: [{ files: "teams/**", orgs: [payments], roles: [Org Collaborator] }]', ''].join(
        '\n',
      ),
    );
    await write('tree/tiers.yaml', 'version: 1\nclasses:\n  production: { classes: [base] }\n');
    await write(
      'tree/teams/payments.yaml',
      ['version: 1', 'classes:', '  mine: {}', 'orgs: [{ slug: payments, classes: [mine] }]', ''].join('\n'),
    );
    fx.emu.clearRequests();
    const result = await cli(['validate', 'tree']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "tree/tiers.yaml:3:17: unknown key 'classes' in classes.production. A class may not list classes",
    );
    expect(result.stderr).toContain("tree/teams/payments.yaml:2:1: 'classes' may not be set here");
  });

  it('plans examples/classes against the demo account, naming the classes', async () => {
    const result = await runCliProcess(['plan', 'examples/classes', '--format', 'json'], { env: fx.env });
    expect(result.code, result.stderr).toBe(0);
    const plan = JSON.parse(result.stdout) as PlanJson;
    expect(plan.changes.map((c) => [c.address, c.note])).toEqual([
      ['org[golden].settings', 'from class production (examples/classes/snyk-gitops.yaml:19)'],
      ['org[payments].settings', 'from class production (examples/classes/snyk-gitops.yaml:19)'],
      ['org[payments].member[carol@acme.com]', undefined],
      ['org[payments].member[frank@acme.com]', 'from class regulated (examples/classes/snyk-gitops.yaml:24)'],
    ]);
  });

  it('plans what the classes decide, each note naming the class and its file:line', async () => {
    const path = await write('classes.yaml', WITH_CLASSES);
    const plan = await planOf(path);
    expect(plan.changes.map((c) => [c.action, c.address, c.note])).toEqual([
      ['update', 'org[payments].settings', 'from class production (classes.yaml:8)'],
      ['create', 'org[data].member[frank@acme.com]', 'from class sandbox (classes.yaml:13)'],
      ['update', 'org[payments].member[carol@acme.com]', undefined],
    ]);
    const text = await cli(['plan', path]);
    expect(text.stdout).toContain('# from class production (classes.yaml:8)');
    const markdown = await cli(['plan', path, '--format', 'markdown']);
    expect(markdown.stdout).toContain('from class sandbox (classes.yaml:13)');
  });

  it('costs the same requests as the values written inline', async () => {
    const classes = await planOf(await write('classes.yaml', WITH_CLASSES));
    const inline = await planOf(await write('inline.yaml', INLINE));
    expect(classes.stats.requests).toBe(inline.stats.requests);
    expect(inline.changes.map((c) => c.address)).toEqual(classes.changes.map((c) => c.address));
  });

  it('applies a saved plan, then plans no changes', async () => {
    const path = await write('classes.yaml', WITH_CLASSES);
    const saved = 'classes-plan.json';
    expect((await cli(['plan', path, '--out', saved])).code).toBe(0);
    const applied = await cli(['apply', '--plan', saved]);
    expect(applied.code, applied.stderr).toBe(0);
    const state = fx.emu.getState();
    const at = lookup(state);
    expect(at.org('payments').settings.ignores?.reasonRequired).toBe(true);
    expect(at.org('golden').settings.ignores?.reasonRequired).toBe(false);
    expect(membersOf(state, at.org('data').members, at.group.orgRoles)).toContain(
      'frank@acme.com=Org Auditor',
    );
    const again = await cli(['plan', path, '--detailed-exitcode']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('No changes.');
  });

  it('reports a hand-made change to a value a class decides as drift', async () => {
    const state = fx.emu.getState();
    lookup(state).org('payments').settings.ignores = {
      reasonRequired: false,
      autoApproveIgnores: false,
      approvalWorkflowEnabled: false,
    };
    fx.emu.setState(state);
    const path = await write('classes.yaml', WITH_CLASSES);
    const drift = await cli(['drift', path, '--format', 'json']);
    expect(drift.code).toBe(2);
    const report = JSON.parse(drift.stdout) as { items: { kind: string; address: string; change: string }[] };
    expect(report.items.map((i) => `${i.change} ${i.kind} ${i.address}`)).toEqual([
      'changed org_settings org[payments].settings',
    ]);
    expect((await cli(['apply', path, '--auto-approve'])).code).toBe(0);
  });

  it('exports values, not classes, and the export plans no changes', async () => {
    const out = 'export.yaml';
    const exported = await cli(['export', '--group', DEMO_GROUP, '--output', out]);
    expect(exported.code, exported.stderr).toBe(0);
    const text = await readFile(`${fx.dir}/${out}`, 'utf8');
    expect(text).not.toMatch(/^classes:/m);
    expect((await planOf(out)).changes).toEqual([]);
  });
});
