// Service accounts end to end (docs/configuration.md#service-accounts): the CLI as a process
// against the emulator. Creates, renames, replacements and prunes; the secret written once to
// --secrets-dir (and apply refusing, before any write, without it); --rotate; the lock-out rail
// of the token's own account; and service-account users left alone by the membership kinds.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { EmulatorState } from '../../src/emulator/index.ts';
import { runCliProcess } from '../support/cli.test-helpers.ts';
import {
  DEMO_GROUP,
  type EmulatorFixture,
  loadDemoState,
  lookup,
  startFixture,
  writesIn,
} from '../support/emulator-fixture.test-helpers.ts';

let fx: EmulatorFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

const GROUP_CI = '{ name: ci-scanner, role: Group Viewer, auth: api_key }';
const ORG_CI =
  '{ name: payments-ci, role: Org Collaborator, auth: oauth_client_secret, accessTokenTtlSeconds: 7200 }';

function config(group: string[], org: string[] | undefined, extra = ''): string {
  const orgs =
    org === undefined
      ? 'orgs: []'
      : `orgs:\n  - slug: payments\n    serviceAccounts:\n${org.map((a) => `      - ${a}\n`).join('')}`;
  return `version: 1\ngroup:\n  id: ${DEMO_GROUP}\n  serviceAccounts:\n${group.map((a) => `    - ${a}\n`).join('')}${orgs}\n${extra}`;
}

async function cli(args: string[], env: Record<string, string> = {}) {
  return runCliProcess(args, { env: { ...fx!.env, ...env } });
}

async function applied(file: string, ...flags: string[]) {
  const result = await cli(['apply', file, '--auto-approve', ...flags]);
  expect(result.code, result.stdout + result.stderr).toBe(0);
  return result;
}

const accountsOf = (state: EmulatorState) => ({
  group: lookup(state).group.serviceAccounts ?? [],
  payments: lookup(state).org('payments').serviceAccounts ?? [],
});

async function secretFiles(dir: string): Promise<Record<string, string>> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return Object.fromEntries(
    await Promise.all(names.map(async (n) => [n, (await readFile(join(dir, n), 'utf8')).trim()] as const)),
  );
}

describe('service accounts', () => {
  it('creates them, writes each secret once to --secrets-dir (mode 0600), and plans nothing more', async () => {
    fx = await startFixture(await loadDemoState());
    const file = await fx.write('sa.yaml', config([GROUP_CI], [ORG_CI]));
    const dir = join(fx.dir, 'secrets');
    const plan = await cli(['plan', file]);
    expect(plan.stdout).toContain('+ group.service_account[ci-scanner]');
    expect(plan.stdout).toContain('+ org[payments].service_account[payments-ci]');
    const result = await applied(file, '--secrets-dir', dir);

    const live = accountsOf(fx.emu.getState());
    // The client id an OAuth secret is used with is said; the secret never is.
    expect(result.stdout).toContain(`client id ${live.payments[0]!.clientId}`);
    expect(live.group.map((a) => [a.name, a.authType])).toEqual([['ci-scanner', 'api_key']]);
    expect(live.payments.map((a) => [a.name, a.authType, a.accessTokenTtlSeconds])).toEqual([
      ['payments-ci', 'oauth_client_secret', 7200],
    ]);
    const files = await secretFiles(dir);
    expect(Object.values(files).sort()).toEqual(
      [live.group[0]!.secrets[0], live.payments[0]!.secrets[0]].sort(),
    );
    for (const name of Object.keys(files)) expect((await stat(join(dir, name))).mode & 0o777).toBe(0o600);
    // The API key is a working token of its own.
    const asAccount = await cli(['plan', file], { SNYK_TOKEN: live.group[0]!.secrets[0]! });
    expect(asAccount.stdout + asAccount.stderr).toContain('No changes');
    expect((await cli(['plan', file, '--detailed-exitcode'])).code).toBe(0);
  });

  it('refuses, before any write, to create an account with a secret without --secrets-dir', async () => {
    fx = await startFixture(await loadDemoState());
    const file = await fx.write(
      'sa.yaml',
      config(
        [
          "{ name: jwt, role: Group Viewer, auth: oauth_private_key_jwt, jwksUrl: 'https://ci.acme.com/jwks' }",
          GROUP_CI,
        ],
        undefined,
      ),
    );
    const before = fx.emu.requests().length;
    const result = await cli(['apply', file, '--auto-approve']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--secrets-dir');
    expect(result.stderr).toContain('group.service_account[ci-scanner]');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(writesIn(fx.emu.requests().slice(before))).toEqual([]);
    // An account without a secret needs no folder.
    const jwtOnly = await fx.write(
      'jwt.yaml',
      config(
        [
          "{ name: jwt, role: Group Viewer, auth: oauth_private_key_jwt, jwksUrl: 'https://ci.acme.com/jwks' }",
        ],
        undefined,
      ),
    );
    await applied(jwtOnly);
    expect(accountsOf(fx.emu.getState()).group.map((a) => a.name)).toEqual(['jwt']);
  });

  it('renames a pinned account, replaces one whose role changes (one -/+ entry), prunes only when asked', async () => {
    fx = await startFixture(await loadDemoState());
    const dir = join(fx.dir, 'secrets');
    const jwt =
      "{ name: jwt, role: Group Viewer, auth: oauth_private_key_jwt, jwksUrl: 'https://ci.acme.com/jwks' }";
    await applied(await fx.write('a.yaml', config([GROUP_CI, jwt], undefined)), '--secrets-dir', dir);
    const [ci, signer] = accountsOf(fx.emu.getState()).group;

    const renamed = `{ name: ci-scanner-2, id: ${ci!.id}, role: Group Viewer, auth: api_key }`;
    const promoted =
      "{ name: jwt, role: Group Member, auth: oauth_private_key_jwt, jwksUrl: 'https://ci.acme.com/jwks' }";
    const edited = await fx.write('b.yaml', config([renamed, promoted], undefined));
    const plan = await cli(['plan', edited]);
    expect(plan.stdout).toContain('~ group.service_account[ci-scanner-2]');
    expect(plan.stdout).toContain('-/+ group.service_account[jwt]');
    await applied(edited, '--secrets-dir', dir);
    const after = accountsOf(fx.emu.getState()).group;
    expect(after.find((a) => a.id === ci!.id)?.name).toBe('ci-scanner-2');
    const replaced = after.find((a) => a.name === 'jwt')!;
    expect(replaced.id).not.toBe(signer!.id);
    expect(replaced.roleId).toBe(lookup(fx.emu.getState()).groupRole('Group Member'));

    const onlyOne = await fx.write('c.yaml', config([renamed], undefined));
    expect((await cli(['plan', onlyOne, '--detailed-exitcode'])).code).toBe(0);
    const pruning = await fx.write(
      'd.yaml',
      config([renamed], undefined, 'prune: { serviceAccounts: true }\nlimits: { maxDeletePercent: 50 }\n'),
    );
    expect((await cli(['plan', pruning])).stdout).toContain('- group.service_account[jwt]');
    await applied(pruning);
    expect(accountsOf(fx.emu.getState()).group.map((a) => a.name)).toEqual(['ci-scanner-2']);
  });

  it('rotates a client secret and replaces an API key with --rotate, writing each new secret', async () => {
    fx = await startFixture(await loadDemoState());
    const dir = join(fx.dir, 'secrets');
    const file = await fx.write('sa.yaml', config([GROUP_CI], [ORG_CI]));
    await applied(file, '--secrets-dir', dir);
    const first = await secretFiles(dir);
    const before = accountsOf(fx.emu.getState());

    const org = 'org[payments].service_account[payments-ci]';
    const plan = await cli(['plan', file, '--rotate', org, '--rotate', 'group.service_account[ci-scanner]']);
    expect(plan.stdout).toContain(`~ ${org}`);
    expect(plan.stdout).toContain('-/+ group.service_account[ci-scanner]');
    const refused = await cli(['apply', file, '--auto-approve', '--rotate', org]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--secrets-dir');

    await applied(
      file,
      '--secrets-dir',
      dir,
      '--rotate',
      org,
      '--rotate',
      'group.service_account[ci-scanner]',
    );
    const after = accountsOf(fx.emu.getState());
    expect(after.payments[0]!.id).toBe(before.payments[0]!.id);
    expect(after.payments[0]!.secrets[0]).not.toBe(before.payments[0]!.secrets[0]);
    expect(after.group[0]!.id).not.toBe(before.group[0]!.id);
    const second = await secretFiles(dir);
    expect(Object.keys(second).sort()).toEqual(Object.keys(first).sort());
    expect(Object.values(second).sort()).toEqual(
      [after.group[0]!.secrets[0], after.payments[0]!.secrets[0]].sort(),
    );

    const jwt = await cli(['plan', file, '--rotate', 'group.service_account[nope]']);
    expect(jwt.code).toBe(1);
    expect(jwt.stderr).toContain('--rotate group.service_account[nope]');
  });

  it("refuses to delete or replace the token's own service account (the lock-out rail)", async () => {
    fx = await startFixture(await loadDemoState());
    const dir = join(fx.dir, 'secrets');
    const admin = '{ name: gitops, role: Group Admin, auth: api_key }';
    await applied(await fx.write('a.yaml', config([admin], undefined)), '--secrets-dir', dir);
    const own = Object.values(await secretFiles(dir))[0]!;
    const asOwn = { SNYK_TOKEN: own };

    const demoted = await fx.write(
      'b.yaml',
      config(['{ name: gitops, role: Group Viewer, auth: api_key }'], undefined),
    );
    const plan = await cli(['plan', demoted], asOwn);
    expect(plan.stdout).toContain("token's own service account (group.service_account[gitops])");
    const refused = await cli(['apply', demoted, '--auto-approve', '--secrets-dir', dir], asOwn);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('--allow-lockout');
    expect(accountsOf(fx.emu.getState()).group.map((a) => a.roleId)).toEqual([
      lookup(fx.emu.getState()).groupRole('Group Admin'),
    ]);
    const lifted = await cli(['plan', demoted, '--allow-lockout'], asOwn);
    expect(lifted.stdout).toContain('-/+ group.service_account[gitops]');
    expect(lifted.stdout).not.toContain("token's own service account");
    // Another token may replace it.
    await applied(demoted, '--secrets-dir', dir);
    expect(accountsOf(fx.emu.getState()).group[0]!.roleId).toBe(
      lookup(fx.emu.getState()).groupRole('Group Viewer'),
    );
  });

  it('leaves service-account users out of the membership kinds: never listed, changed or pruned', async () => {
    fx = await startFixture(await loadDemoState());
    const dir = join(fx.dir, 'secrets');
    await applied(await fx.write('a.yaml', config([GROUP_CI], undefined)), '--secrets-dir', dir);
    const exported = await cli(['export', '--group', DEMO_GROUP]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toContain('name: ci-scanner');
    const accountId = accountsOf(fx.emu.getState()).group[0]!.id;
    expect(exported.stdout).not.toContain(`user: ${accountId}`);
    // A file that manages the group's members (pruning) and lists no service accounts.
    const file = parse(exported.stdout);
    delete file.group.serviceAccounts;
    const members = await fx.write('m.yaml', stringify(file));
    const plan = await cli(['plan', members, '--detailed-exitcode']);
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    expect(lookup(fx.emu.getState()).group.members.some((m) => m.userId === accountId)).toBe(true);
  });

  it('reports entries it cannot plan at their place in the file', async () => {
    fx = await startFixture(await loadDemoState());
    const file = await fx.write(
      'bad.yaml',
      config(
        [
          '{ name: jwt, role: Group Viewer, auth: oauth_private_key_jwt }',
          '{ name: key, role: Group Viewer, auth: api_key, accessTokenTtlSeconds: 3600 }',
          '{ name: key, role: Group Viewer, auth: api_key }',
          '{ name: who, role: Group Wizard, auth: api_key }',
        ],
        undefined,
      ),
    );
    const result = await cli(['plan', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('bad.yaml:6:');
    expect(result.stderr).toContain('oauth_private_key_jwt needs a jwksUrl');
    expect(result.stderr).toContain('bad.yaml:7:');
    expect(result.stderr).toContain('accessTokenTtlSeconds is only for OAuth accounts');
    expect(result.stderr).toContain('group.service_account[key] is listed twice');
    expect(result.stderr).toContain('Group Wizard');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('shows names from Snyk inert when it prunes them', async () => {
    const state = await loadDemoState();
    lookup(state).group.serviceAccounts = [
      {
        id: '6b1d2f9e-0000-4000-8000-00000000aa02',
        name: 'evil\u001b[2J\u001b[31m\nFAKE: applied',
        roleId: lookup(state).groupRole('Group Viewer'),
        authType: 'api_key',
        secrets: ['never-shown-secret-0001'],
        createdAt: '2024-01-01T00:00:00.000Z',
      },
    ];
    fx = await startFixture(state);
    const file = await fx.write(
      'p.yaml',
      config([GROUP_CI], undefined, 'prune: { serviceAccounts: true }\nlimits: { maxDeletePercent: 100 }\n'),
    );
    const plan = await cli(['plan', file]);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain('- group.service_account[evil');
    expect(plan.stdout).not.toContain('\u001b');
    expect(plan.stdout).not.toMatch(/^FAKE: applied/m);
    expect(plan.stdout).not.toContain('never-shown-secret-0001');
  });
});
