// What stands between a plan and the writes: saved plans and their freshness check, every
// safety rail and its override flag, prune/ignore, and the confirmation prompt on a real
// pseudo-terminal (util-linux `script`). Every refusal exits 1 and writes nothing.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI_PATH, REPO_ROOT, runCliInProcess, runCliProcess } from '../support/cli.test-helpers.ts';
import {
  DEMO_GROUP,
  type EmulatorFixture,
  loadDemoState,
  lookup,
  membersOf,
  startFixture,
  writesIn,
} from '../support/emulator-fixture.test-helpers.ts';

let fx: EmulatorFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

async function demoFixture() {
  fx = await startFixture(await loadDemoState());
  return fx;
}

const apply = (f: EmulatorFixture, args: string[]) => runCliInProcess(['apply', ...args], { env: f.env });

describe('saved plans', () => {
  it('plan --out then apply --plan executes exactly the saved plan', async () => {
    const f = await demoFixture();
    const saved = `${f.dir}/p.json`;
    const planned = await runCliProcess(['plan', 'examples/multi-team', '--out', saved], { env: f.env });
    expect(planned.code).toBe(0);
    expect(planned.stdout).toContain(`apply it with: snyk-gitops apply --plan ${saved}`);
    f.emu.clearRequests();
    const result = await runCliProcess(['apply', '--plan', saved], { env: f.env });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Applied 12, failed 0, skipped 0.');
    expect(writesIn(f.emu.requests())).toHaveLength(12);
    expect(lookup(f.emu.getState()).org('mobile').name).toBe('Mobile');
    expect(
      (await runCliInProcess(['plan', 'examples/multi-team', '--detailed-exitcode'], { env: f.env })).code,
    ).toBe(0);
  });

  it('refuses a stale plan: exit 1, the message, and nothing written', async () => {
    const f = await demoFixture();
    const saved = `${f.dir}/p.json`;
    expect(
      (await runCliInProcess(['plan', 'examples/multi-team', '--out', saved], { env: f.env })).code,
    ).toBe(0);
    // Someone renames an org in Snyk between plan and apply.
    const changed = f.emu.getState();
    lookup(changed).org('payments').name = 'Payments (renamed by hand)';
    f.emu.setState(changed);
    f.emu.clearRequests();
    const result = await apply(f, ['--plan', saved]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the live state changed since this plan was made; plan again');
    expect(writesIn(f.emu.requests())).toEqual([]);
    expect(f.emu.getState()).toEqual(changed);
  });

  it.each([
    ['address', (c: SavedChange) => ({ ...c, address: `${c.address}.x` })],
    ['dependsOn', (c: SavedChange) => ({ ...c, dependsOn: [...c.dependsOn, 'org[payments]'] })],
  ])('refuses a saved plan whose change %s was edited by hand: exit 1, nothing written', async (_, edit) => {
    const f = await demoFixture();
    const saved = `${f.dir}/p.json`;
    expect(
      (await runCliInProcess(['plan', 'examples/multi-team', '--out', saved], { env: f.env })).code,
    ).toBe(0);
    const plan = JSON.parse(await readFile(saved, 'utf8')) as { changes: SavedChange[] };
    const last = plan.changes.length - 1;
    plan.changes[last] = edit(plan.changes[last]!);
    await writeFile(saved, JSON.stringify(plan));
    f.emu.clearRequests();
    const result = await apply(f, ['--plan', saved]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`changes[${last}] (`);
    expect(result.stderr).toContain('is not what its desired state plans');
    expect(writesIn(f.emu.requests())).toEqual([]);
  });
});

interface SavedChange {
  address: string;
  dependsOn: string[];
}

const membersYaml = (lines: string[]) => lines.map((l) => `      - ${l}`).join('\n');

/** A config managing the group members and payments' members, with the given limits/prune. */
function railConfig(opts: { groupMembers: string[]; paymentsMembers: string[]; extra?: string }) {
  return `version: 1
group:
  id: ${DEMO_GROUP}
  members:
${membersYaml(opts.groupMembers).replace(/^ {2}/gm, '')}
users: { ignore: ["*@serviceaccount.acme.com"] }
orgs:
  - slug: payments
    name: Payments
    members:
${membersYaml(opts.paymentsMembers)}
${opts.extra ?? ''}
`;
}

const ALL_GROUP = [
  '{ user: alice@acme.com, role: Group Admin }',
  '{ user: bob@acme.com, role: Group Member }',
  '{ user: carol@acme.com, role: Group Member }',
  '{ user: dave@acme.com, role: Group Member }',
  '{ user: erin@acme.com, role: Group Member }',
  '{ user: frank@acme.com, role: Group Viewer }',
  '{ user: mallory@acme.com, role: Group Member }',
  '{ user: secops@acme.com, role: Group Viewer }',
];
const PAYMENTS = [
  '{ user: bob@acme.com, role: Org Collaborator }',
  '{ user: carol@acme.com, role: Org Collaborator }',
  '{ user: secops@acme.com, role: Org Admin }',
];

/** Runs a refused apply, checks exit 1, the rail and flag in the message, and that nothing was written. */
async function expectRefused(f: EmulatorFixture, config: string, rail: RegExp, flag: string) {
  const before = f.emu.getState();
  f.emu.clearRequests();
  const result = await apply(f, [config, '--auto-approve']);
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(rail);
  expect(result.stderr).toContain(flag);
  expect(result.stderr).toContain('nothing was written');
  expect(writesIn(f.emu.requests())).toEqual([]);
  expect(f.emu.getState()).toEqual(before);
  return result;
}

describe('safety rails', () => {
  it('limits.maxDeletePercent: refused without --allow-mass-delete, applied with it', async () => {
    const f = await demoFixture();
    // Removing 5 of 8 group members (the ignored service account does not count as managed).
    const config = await f.write(
      'mass.yaml',
      railConfig({ groupMembers: ALL_GROUP.slice(0, 3), paymentsMembers: PAYMENTS }),
    );
    await expectRefused(f, config, /above limits\.maxDeletePercent 25%/, '--allow-mass-delete');
    const result = await apply(f, [config, '--auto-approve', '--allow-mass-delete']);
    expect(result.code).toBe(0);
    const state = f.emu.getState();
    const at = lookup(state);
    expect(membersOf(state, at.group.members, at.group.groupRoles)).toEqual([
      'alice@acme.com=Group Admin',
      'bob@acme.com=Group Member',
      'carol@acme.com=Group Member',
      'ci-bot@serviceaccount.acme.com=Group Member',
    ]);
  });

  it("lock-out: demoting the token's own user from Group Admin needs --allow-lockout", async () => {
    const f = await demoFixture();
    const group = ALL_GROUP.map((l) =>
      l
        .replace('alice@acme.com, role: Group Admin', 'alice@acme.com, role: Group Member')
        .replace('bob@acme.com, role: Group Member', 'bob@acme.com, role: Group Admin'),
    );
    const config = await f.write(
      'demote.yaml',
      railConfig({ groupMembers: group, paymentsMembers: PAYMENTS }),
    );
    await expectRefused(
      f,
      config,
      /demote the token's own user .*alice@acme\.com.* from Group Admin/,
      '--allow-lockout',
    );
    expect((await apply(f, [config, '--auto-approve', '--allow-lockout'])).code).toBe(0);
    const state = f.emu.getState();
    const at = lookup(state);
    expect(membersOf(state, at.group.members, at.group.groupRoles)).toContain('alice@acme.com=Group Member');
  });

  it('lock-out: leaving an org without an admin needs --allow-lockout', async () => {
    const f = await demoFixture();
    const payments = PAYMENTS.map((l) =>
      l.replace('secops@acme.com, role: Org Admin', 'secops@acme.com, role: Org Collaborator'),
    );
    const config = await f.write(
      'no-admin.yaml',
      railConfig({ groupMembers: ALL_GROUP, paymentsMembers: payments }),
    );
    await expectRefused(f, config, /leave .*payments.* without any/, '--allow-lockout');
    expect((await apply(f, [config, '--auto-approve', '--allow-lockout'])).code).toBe(0);
  });

  it('lock-out: leaving the group without an admin needs --allow-lockout, which lifts it', async () => {
    // A token of bob (not an admin), so that only the last-admin rail can refuse: the token's
    // own rail must not be what catches alice's removal.
    const state = await loadDemoState();
    const bob = state.users.find((u) => u.email === 'bob@acme.com')!;
    state.tokens.push({ token: 'bob-demo-token', userId: bob.id });
    fx = await startFixture(state, { token: 'bob-demo-token' });
    const f = fx;
    const group = ALL_GROUP.filter((l) => !l.includes('alice'));
    const config = await f.write(
      'no-group-admin.yaml',
      railConfig({
        groupMembers: group,
        paymentsMembers: PAYMENTS,
        extra: 'limits: { maxDeletePercent: 100 }',
      }),
    );
    const refused = await expectRefused(
      f,
      config,
      /Refusing to leave the group without any Group Admin: group\.member\[alice@acme\.com\]/,
      '--allow-lockout',
    );
    expect(refused.stderr).not.toContain("the token's own user");
    const lifted = await apply(f, [config, '--auto-approve', '--allow-lockout']);
    expect(lifted.code).toBe(0);
    const alice = lookup(f.emu.getState()).userId('alice@acme.com');
    expect(lookup(f.emu.getState()).group.members.some((m) => m.userId === alice)).toBe(false);
  });

  it('prune off keeps unlisted members; users.ignore members are never touched', async () => {
    const f = await demoFixture();
    const config = await f.write(
      'prune-off.yaml',
      railConfig({
        groupMembers: ALL_GROUP,
        paymentsMembers: ['{ user: bob@acme.com, role: Org Admin }'],
        extra: 'prune: { orgMembers: false }',
      }),
    );
    const before = lookup(f.emu.getState()).org('payments').members;
    const result = await apply(f, [config, '--auto-approve']);
    expect(result.code).toBe(0);
    const state = f.emu.getState();
    const payments = lookup(state).org('payments');
    expect(payments.members.map((m) => m.userId).sort()).toEqual(before.map((m) => m.userId).sort());
    expect(membersOf(state, payments.members, lookup(state).group.orgRoles)).toContain(
      'bob@acme.com=Org Admin',
    );
    // The ignored service account keeps its group and org memberships under prune on as well.
    const ignored = lookup(state).userId('ci-bot@serviceaccount.acme.com');
    expect(lookup(state).group.members.some((m) => m.userId === ignored)).toBe(true);
    expect(payments.members.some((m) => m.userId === ignored)).toBe(true);
  });
});

// `script -qec CMD /dev/null` runs CMD on a fresh pseudo-terminal: the CLI sees a TTY.
const hasScript = existsSync('/usr/bin/script');
describe.skipIf(!hasScript)('the confirmation prompt on a terminal', () => {
  /** Runs apply on a pseudo-terminal and types `answer` once the prompt shows. */
  function applyOnTty(f: EmulatorFixture, answer: string): Promise<{ code: number; output: string }> {
    const command = `node ${CLI_PATH} apply examples/multi-team --no-color`;
    return new Promise((resolve, reject) => {
      const child = spawn('/usr/bin/script', ['-qec', command, '/dev/null'], {
        cwd: REPO_ROOT,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...f.env, TERM: 'dumb' },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let output = '';
      let answered = false;
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        output += d;
        if (!answered && output.includes('(yes/no)')) {
          answered = true;
          child.stdin.write(`${answer}\n`);
        }
      });
      child.stderr.setEncoding('utf8').on('data', (d: string) => (output += d));
      child.on('error', reject);
      child.on('close', (code) => {
        clearTimeout(timer);
        child.stdin.destroy();
        resolve({ code: code ?? -1, output });
      });
    });
  }

  it("'no' writes nothing and exits 1", async () => {
    const f = await demoFixture();
    f.emu.clearRequests();
    const result = await applyOnTty(f, 'no');
    expect(result.output).toContain('Apply these 12 changes?');
    expect(result.output).toContain('Apply cancelled; nothing was written.');
    expect(result.code).toBe(1);
    expect(writesIn(f.emu.requests())).toEqual([]);
  });

  it("'yes' applies and exits 0", async () => {
    const f = await demoFixture();
    const result = await applyOnTty(f, 'yes');
    expect(result.output).toContain('Apply these 12 changes?');
    expect(result.output).toContain('Applied 12, failed 0, skipped 0.');
    expect(result.code).toBe(0);
    expect(lookup(f.emu.getState()).org('mobile').name).toBe('Mobile');
  });

  it('without a terminal and without --auto-approve, refuses: exit 1, nothing written', async () => {
    const f = await demoFixture();
    f.emu.clearRequests();
    const result = await runCliProcess(['apply', 'examples/multi-team'], { env: f.env, input: 'yes\n' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('not a terminal');
    expect(result.stderr).toContain('--auto-approve');
    expect(writesIn(f.emu.requests())).toEqual([]);
  });
});
