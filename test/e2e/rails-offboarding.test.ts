// The README's offboarding recipe, end to end against the emulator, as a user runs it: a
// leaver who is an Org Admin where another admin stays is removed without any refusal; a leaver
// who is an org's last admin is refused by plan and by apply alike, with the same text; a plan
// made with --allow-lockout records it and `apply --plan` honours it. And the race: Snyk changes
// while the confirmation prompt waits, and apply refuses instead of writing against what it read
// before the prompt.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI_PATH, REPO_ROOT, runCliProcess } from '../support/cli.test-helpers.ts';
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

/** The demo account; secops is Org Admin of golden, platform and data (each with another admin) and payments (alone). */
async function demoFixture() {
  fx = await startFixture(await loadDemoState());
  return fx;
}

const ORGS: Record<string, string> = {
  golden: 'name: Golden Template\n    members:\n      - { user: alice@acme.com, role: Org Admin }',
  platform:
    'name: Platform Eng\n    members:\n      - { user: dave@acme.com, role: Org Admin }\n      - { user: mallory@acme.com, role: Org Collaborator }',
  data: 'name: Data\n    members:\n      - { user: erin@acme.com, role: Org Admin }',
  payments:
    'name: Payments\n    members:\n      - { user: bob@acme.com, role: Org Collaborator }\n      - { user: carol@acme.com, role: Org Collaborator }',
};

/** The file after the recipe's first step: secops removed from every org it lists. */
function withoutSecops(slugs: string[]): string {
  return `version: 1
group:
  id: ${DEMO_GROUP}
users: { ignore: ["*@serviceaccount.acme.com"] }
prune: { orgMembers: true }
orgs:
${slugs.map((slug) => `  - slug: ${slug}\n    ${ORGS[slug]}`).join('\n')}
`;
}

const cli = (f: EmulatorFixture, args: string[]) => runCliProcess(args, { env: f.env });
const LEAVER = 'user[secops@acme.com]';

function orgMembers(f: EmulatorFixture, slug: string): string[] {
  const state = f.emu.getState();
  return membersOf(state, lookup(state).org(slug).members, lookup(state).group.orgRoles);
}

describe('the offboarding recipe of docs/partial-plans.md', () => {
  it('removes a leaver who leaves another admin in every org: no refusal, apply succeeds', async () => {
    const f = await demoFixture();
    const config = await f.write('snyk.yaml', withoutSecops(['golden', 'platform', 'data']));
    const planned = await cli(f, ['plan', config, '--target', LEAVER, '--no-color']);
    expect(planned.code, planned.stderr).toBe(0);
    expect(planned.stdout).toContain('Plan: 0 to add, 0 to change, 3 to destroy.');
    expect(planned.stdout).not.toContain('Apply will refuse');
    const json = JSON.parse((await cli(f, ['plan', config, '--target', LEAVER, '--format', 'json'])).stdout);
    expect(json.refusals).toEqual([]);
    expect(json.changes.map((c: { address: string }) => c.address)).toEqual([
      'org[data].member[secops@acme.com]',
      'org[golden].member[secops@acme.com]',
      'org[platform].member[secops@acme.com]',
    ]);

    const applied = await cli(f, ['apply', config, '--target', LEAVER, '--auto-approve', '--no-color']);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain('Applied 3, failed 0, skipped 0.');
    expect(orgMembers(f, 'golden')).toEqual(['alice@acme.com=Org Admin']);
    expect(orgMembers(f, 'data')).toEqual(['erin@acme.com=Org Admin']);
  });

  it("refuses removing an org's last admin in plan and apply alike, with the same text, writing nothing", async () => {
    const f = await demoFixture();
    const config = await f.write('snyk.yaml', withoutSecops(['golden', 'platform', 'data', 'payments']));
    const message =
      'Refusing to leave org[payments] without any Org Admin: org[payments].member[secops@acme.com]. Re-run with --allow-lockout if this is intended.';

    const planned = await cli(f, ['plan', config, '--target', LEAVER, '--no-color']);
    expect(planned.code, planned.stderr).toBe(0);
    expect(planned.stdout).toContain('Plan: 0 to add, 0 to change, 4 to destroy.');
    expect(planned.stdout).toContain(`Apply will refuse this plan:\n  ✗ ${message}`);
    const json = JSON.parse((await cli(f, ['plan', config, '--target', LEAVER, '--format', 'json'])).stdout);
    expect(json.refusals).toEqual([
      {
        rail: 'lockout',
        message,
        override: '--allow-lockout',
        addresses: ['org[payments].member[secops@acme.com]'],
      },
    ]);

    const before = f.emu.getState();
    f.emu.clearRequests();
    const refused = await cli(f, ['apply', config, '--target', LEAVER, '--auto-approve', '--no-color']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `refusing to apply (nothing was written):\n  - ${message} (override: --allow-lockout)`,
    );
    // The plan apply showed said the same before refusing.
    expect(refused.stdout).toContain(message);
    expect(writesIn(f.emu.requests())).toEqual([]);
    expect(f.emu.getState()).toEqual(before);
  });

  it('a plan saved with --allow-lockout records it: apply --plan honours it; one saved without it is refused', async () => {
    const f = await demoFixture();
    const config = await f.write('snyk.yaml', withoutSecops(['data', 'payments']));
    const strict = `${f.dir}/strict.json`;
    const lifted = `${f.dir}/lifted.json`;
    expect((await cli(f, ['plan', config, '--target', LEAVER, '--out', strict])).code).toBe(0);
    const made = await cli(f, ['plan', config, '--target', LEAVER, '--allow-lockout', '--out', lifted]);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).not.toContain('Apply will refuse');
    const saved = JSON.parse(await readFile(lifted, 'utf8'));
    expect([saved.lifted, saved.refusals]).toEqual([['lockout'], []]);

    f.emu.clearRequests();
    const refused = await cli(f, ['apply', '--plan', strict]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Refusing to leave org[payments] without any Org Admin');
    expect(writesIn(f.emu.requests())).toEqual([]);

    const applied = await cli(f, ['apply', '--plan', lifted, '--no-color']);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain('Applied 2, failed 0, skipped 0.');
    expect(orgMembers(f, 'payments')).not.toContain('secops@acme.com=Org Admin');
  });
});

// `script -qec CMD /dev/null` runs CMD on a fresh pseudo-terminal: the CLI sees a TTY.
const hasScript = existsSync('/usr/bin/script');
describe.skipIf(!hasScript)('Snyk changing while the confirmation prompt waits', () => {
  /** Runs apply on a pseudo-terminal; once the prompt shows, runs `meanwhile`, then answers yes. */
  function applyOnTty(f: EmulatorFixture, config: string, meanwhile: () => void) {
    const command = `node ${CLI_PATH} apply ${config} --no-color`;
    return new Promise<{ code: number; output: string }>((resolve, reject) => {
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
          meanwhile();
          child.stdin.write('yes\n');
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

  it('another admin demoted in Snyk meanwhile: refused after the yes, nothing written', async () => {
    const f = await demoFixture();
    // golden has two Org Admins, alice and secops; the file removes secops.
    const config = await f.write('snyk.yaml', withoutSecops(['golden']));
    let changed: ReturnType<typeof f.emu.getState> | undefined;
    const result = await applyOnTty(f, config, () => {
      const state = f.emu.getState();
      const at = lookup(state);
      const alice = at.org('golden').members.find((m) => m.userId === at.userId('alice@acme.com'))!;
      alice.roleId = at.orgRole('Org Collaborator');
      f.emu.setState(state);
      changed = f.emu.getState();
      f.emu.clearRequests();
    });
    expect(result.output).toContain('Apply these 1 change?');
    expect(result.output).toContain(
      'the live state changed since the plan was shown (while the confirmation prompt waited); plan again',
    );
    expect(result.code).toBe(1);
    expect(writesIn(f.emu.requests())).toEqual([]);
    expect(f.emu.getState()).toEqual(changed);
    expect(orgMembers(f, 'golden')).toContain('secops@acme.com=Org Admin');
  });
});
