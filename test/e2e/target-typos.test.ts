// `--target` and `--replace` addresses that match nothing are an error with the closest existing
// addresses, never an empty plan that reads "No changes"
// (docs/partial-plans.md#partial-plans---target), and what a user types there is bounded and shown
// inert. The built CLI as a process against the emulator (reality mode too with
// SNYK_EMULATOR_REALITY=all).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmulatorState, generateState } from '../../src/emulator/index.ts';
import { runCliProcess } from '../support/cli.test-helpers.ts';
import {
  type EmulatorFixture,
  lookup,
  startFixture,
  writesIn,
} from '../support/emulator-fixture.test-helpers.ts';

let fx: EmulatorFixture;
let state: EmulatorState;
let path: string;

beforeAll(async () => {
  const generated = generateState({ orgs: 30, membersPerOrg: [1, 4], groupMembers: 10, seed: 34 });
  state = generated.state;
  fx = await startFixture(state, { token: generated.token });
  const group = state.groups[0]!;
  const at = lookup(state);
  const role = (id: string) => group.orgRoles.find((r) => r.id === id)!.name;
  const lines = ['version: 1', `group: { id: ${group.id} }`, 'prune: { orgMembers: true }', 'orgs:'];
  for (const org of group.orgs) {
    const members = org.members.map((m) => `{ user: ${at.emailOf(m.userId)}, role: ${role(m.roleId)} }`);
    lines.push(`  - { slug: ${org.slug}, members: [${members.join(', ')}] }`);
  }
  path = await fx.write('snyk.yaml', `${lines.join('\n')}\n`);
}, 60_000);
afterAll(() => fx.close());

async function run(...args: string[]) {
  fx.emu.clearRequests();
  const result = await runCliProcess(args, { env: fx.env });
  return { ...result, writes: writesIn(fx.emu.requests()) };
}

function expectUsageError(result: { code: number; stdout: string; stderr: string }) {
  expect(result.code).toBe(1);
  expect(result.stdout).not.toContain('No changes');
  expect(result.stderr).not.toContain('Internal error');
  expect(result.stderr).not.toContain('    at ');
}

describe('a --target that matches nothing', () => {
  it('is an error naming the closest orgs, in plan and in apply, and nothing is written', async () => {
    const plan = await run('plan', path, '--target', 'org[org-02]');
    expectUsageError(plan);
    expect(plan.stderr).toContain("--target 'org[org-02]' matches nothing in the file or in Snyk");
    expect(plan.stderr).toContain("Did you mean 'org[org-0002]', 'org[org-0012]' or 'org[org-0020]'?");

    const apply = await run('apply', path, '--target', 'org[org-02]', '--auto-approve');
    expectUsageError(apply);
    expect(apply.stderr).toContain('matches nothing');
    expect(apply.writes).toEqual([]);
  }, 60_000);

  it('is an error for a member nobody is, with the closest member of that org', async () => {
    const org = state.groups[0]!.orgs[4]!;
    const email = lookup(state).emailOf(org.members[0]!.userId);
    const typo = email.replace('@example.com', '@exmaple.com');
    const result = await run('plan', path, '--target', `org[${org.slug}].member[${typo}]`);
    expectUsageError(result);
    expect(result.stderr).toContain(`Did you mean 'org[${org.slug}].member[${email}]'`);
    expect(result.stderr).not.toMatch(/Did you mean .*org\[org-(?!0005)/);
  }, 60_000);

  it('still plans an existing object with nothing to change as "No changes"', async () => {
    const org = state.groups[0]!.orgs[4]!;
    const email = lookup(state).emailOf(org.members[0]!.userId);
    for (const target of [`org[${org.slug}]`, `org[${org.slug}].member[${email}]`, 'org[org-000*]']) {
      const result = await run('plan', path, '--target', target);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('No changes');
    }
  }, 60_000);

  it('is an error for a tenant target when the file has no tenant', async () => {
    const result = await run('plan', path, '--target', 'tenant');
    expectUsageError(result);
    expect(result.stderr).toContain("--target 'tenant': the file has no tenant section");
  }, 60_000);
});

describe('a --replace that matches nothing', () => {
  it('is an error, alone or outside the targets', async () => {
    const alone = await run('plan', path, '--replace', 'org[org-02].webhook[https://hooks.example.com/x]');
    expectUsageError(alone);
    expect(alone.stderr).toContain('no object at this address');

    const org = state.groups[0]!.orgs.find((o) => o.members.length >= 2)!;
    const [a, b] = org.members.map((m) => lookup(state).emailOf(m.userId));
    const outside = await run(
      'plan',
      path,
      '--target',
      `org[${org.slug}].member[${a}]`,
      '--replace',
      `org[${org.slug}].member[${b}]`,
    );
    expectUsageError(outside);
    expect(outside.stderr).toContain('is outside every --target');
  }, 60_000);
});

describe('--target and --replace input', () => {
  it('is bounded: a 100,000-character value is a usage error before any request', async () => {
    for (const flag of ['--target', '--replace']) {
      const result = await run('plan', path, flag, `org[${'a'.repeat(100_000)}]`);
      expectUsageError(result);
      expect(result.stderr).toContain(`${flag} 'org[aaaa`);
      expect(result.stderr).toContain('is 100,005 characters long; an address has at most 2,048');
      expect(result.stderr.length).toBeLessThan(1000);
      expect(fx.emu.requests()).toEqual([]);
    }
  }, 60_000);

  it('is inert: control and bidi characters are escaped where echoed', async () => {
    for (const target of ['org[pay\u202ements]', 'org[pay\u001b[2Jments]', 'user[a\u202e@example.com]']) {
      const result = await run('plan', path, '--target', target);
      expectUsageError(result);
      expect(result.stderr).not.toMatch(/[\u001b\u202e]/);
      expect(result.stderr).toMatch(/\\u202e|\\u001b/);
    }
  }, 60_000);
});
