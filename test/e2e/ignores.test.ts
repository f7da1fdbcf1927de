// Ignores as code end to end (docs/configuration.md#ignores-as-code), the CLI as a process against
// the emulator: ignores set on the projects a rule covers with the prefixed reason and the
// expiry; a re-plan is empty; only orgs a rule covers are read; someone else's ignore (or one
// without the prefix) is never touched and is a warning; a changed reason is one PUT; an expired
// rule deletes this tool's ignore even without pruning; `ignores: []` removes this tool's ignores
// under the mass-delete rail; a project changed by hand is drift.
import { afterEach, describe, expect, it } from 'vitest';
import { generateState } from '../../src/emulator/index.ts';
import type { EmuIgnore, EmulatorState, EmuProject } from '../../src/emulator/state-types.ts';
import { runCliProcess } from '../support/cli.test-helpers.ts';
import {
  apiCallsIn,
  type EmulatorFixture,
  startFixture,
  writesIn,
} from '../support/emulator-fixture.test-helpers.ts';

let fx: EmulatorFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

const generated = generateState({ orgs: 3, membersPerOrg: [1, 2], seed: 41, projectsPerOrg: 8 });
const GROUP = generated.groupId;
const ISSUE = 'SNYK-JS-LODASH-567746';
const SELF = generated.state.tokens.find((t) => t.token === generated.token)!.userId;
const OTHER = generated.state.users.find((u) => u.id !== SELF)!;

/** npm projects of org-0001's first repository (1) and of org-0002 (2 of them). */
function config(ignores: string, extra = ''): string {
  return `version: 1
group: { id: ${GROUP} }
orgs:
  - slug: org-0001
  - slug: org-0002
  - slug: org-0003
ignores:
${ignores}${extra}`;
}

/** The same ignore for the npm projects of org-0001 and org-0002 (org-0003 is not covered). */
const RULE = ['org-0001', 'org-*2']
  .map(
    (org) => `  - issue: ${ISSUE}
    projects: { org: "${org}", match: { type: npm } }
    type: temporary-ignore
    reason: "not reachable: only used in tests"
    expires: 2099-03-31
`,
  )
  .join('');

const projectsOf = (state: EmulatorState, slug: string): EmuProject[] =>
  state.groups[0]!.orgs.find((o) => o.slug === slug)!.projects!;
const npmOf = (state: EmulatorState, slug: string) => projectsOf(state, slug).filter((p) => p.type === 'npm');

function foreign(by = OTHER, reason = 'accepted by security'): EmuIgnore {
  return {
    issueId: ISSUE,
    path: '*',
    reason,
    reasonType: 'wont-fix',
    disregardIfFixable: false,
    created: '2026-01-01T00:00:00.000Z',
    ignoredBy: { id: by.id, name: by.name, email: by.email },
  };
}

async function start(state: EmulatorState = generated.state) {
  fx = await startFixture(state, { token: generated.token });
  return fx;
}

async function planJson(f: EmulatorFixture, path: string) {
  const result = await runCliProcess(['plan', path, '--format', 'json'], { env: f.env });
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as {
    changes: {
      kind: string;
      action: string;
      address: string;
      after: unknown;
      note?: string;
      expiredAt?: string;
    }[];
    warnings: { code: string; message: string; address?: string }[];
  };
}

const apply = (f: EmulatorFixture, path: string, extra: string[] = []) =>
  runCliProcess(['apply', path, '--auto-approve', ...extra], { env: f.env });

describe('ignores as code (the CLI as a process)', () => {
  it('sets the ignore on every covered project, owned by this tool; then plans nothing', async () => {
    const f = await start();
    const before = f.emu.getState();
    const path = await f.write('snyk.yaml', config(RULE, 'prune: { ignores: false }\n'));
    f.emu.clearRequests();
    const plan = await planJson(f, path);
    const covered = [...npmOf(before, 'org-0001'), ...npmOf(before, 'org-0002')];
    expect(plan.changes.map((c) => `${c.action} ${c.address}`).sort()).toEqual(
      covered
        .map((p) => `create org[${p.name.split('-svc')[0]!.slice(5)}].project[${p.name}].ignore[${ISSUE}]`)
        .sort(),
    );
    expect(plan.changes[0]!.after).toEqual({
      type: 'temporary-ignore',
      reason: '[snyk-gitops] not reachable: only used in tests',
      expires: '2099-04-01T00:00:00.000Z',
    });
    // Only the covered orgs are listed, and only the covered projects' ignores are read.
    const calls = apiCallsIn(f.emu.requests());
    const org3 = before.groups[0]!.orgs[2]!.id;
    expect(calls.filter((r) => r.path.includes(org3))).toEqual([]);
    expect(
      calls
        .filter((r) => r.path.endsWith('/ignores'))
        .map((r) => r.path.split('/')[5])
        .sort(),
    ).toEqual(covered.map((p) => p.id).sort());

    f.emu.clearRequests();
    const applied = await apply(f, path);
    expect(applied.code, applied.stderr).toBe(0);
    const writes = writesIn(f.emu.requests());
    expect(writes.map((w) => w.method)).toEqual(covered.map(() => 'POST'));
    const after = f.emu.getState();
    for (const p of [...npmOf(after, 'org-0001'), ...npmOf(after, 'org-0002')])
      expect(p.ignores).toEqual([
        expect.objectContaining({
          issueId: ISSUE,
          reason: '[snyk-gitops] not reachable: only used in tests',
          reasonType: 'temporary-ignore',
          expires: '2099-04-01T00:00:00.000Z',
          ignoredBy: expect.objectContaining({ id: SELF }),
        }),
      ]);
    expect(projectsOf(after, 'org-0003').every((p) => p.ignores === undefined)).toBe(true);
    expect((await planJson(f, path)).changes).toEqual([]);

    // Removed by hand: drift names the ignore.
    const state = f.emu.getState();
    const gone = npmOf(state, 'org-0001')[0]!;
    gone.ignores = [];
    f.emu.setState(state);
    const drift = await runCliProcess(['drift', path, '--format', 'json'], { env: f.env });
    expect(drift.code).toBe(2);
    expect((JSON.parse(drift.stdout) as { items: { kind: string; address: string }[] }).items).toEqual([
      expect.objectContaining({
        kind: 'ignore',
        address: `org[org-0001].project[${gone.name}].ignore[${ISSUE}]`,
      }),
    ]);
  });

  it("never touches someone else's ignore, nor one of the token's user without the prefix, and warns", async () => {
    const state = structuredClone(generated.state);
    const self = state.users.find((u) => u.id === SELF)!;
    const [theirs, unmarked] = npmOf(state, 'org-0001');
    theirs!.ignores = [foreign()];
    unmarked!.ignores = [foreign(self, 'triaged by hand')];
    const f = await start(state);
    const path = await f.write('snyk.yaml', config(RULE));
    const plan = await planJson(f, path);
    expect(plan.changes.map((c) => c.address)).not.toContain(
      `org[org-0001].project[${theirs!.name}].ignore[${ISSUE}]`,
    );
    expect(plan.warnings.filter((w) => w.code === 'IGNORE_NOT_OURS').map((w) => w.address)).toEqual([
      `org[org-0001].project[${theirs!.name}].ignore[${ISSUE}]`,
      `org[org-0001].project[${unmarked!.name}].ignore[${ISSUE}]`,
    ]);
    expect((await apply(f, path)).code).toBe(0);
    const after = f.emu.getState();
    expect(npmOf(after, 'org-0001')[0]!.ignores).toEqual([foreign()]);
    expect(npmOf(after, 'org-0001')[1]!.ignores).toEqual([foreign(self, 'triaged by hand')]);
    // Pruning leaves them too: `ignores: []` deletes only this tool's.
    const none = await f.write('none.yaml', config('  []\n'));
    const planNone = await planJson(f, none);
    expect(planNone.changes.every((c) => c.action === 'delete')).toBe(true);
    expect(planNone.changes.map((c) => c.address).join('\n')).not.toContain(theirs!.name);
    expect(planNone.changes.map((c) => c.address).join('\n')).not.toContain(`${unmarked!.name}]`);
  });

  it('updates a changed reason with one PUT; an expired rule deletes without pruning', async () => {
    const f = await start();
    const path = await f.write('snyk.yaml', config(RULE, 'prune: { ignores: false }\n'));
    expect((await apply(f, path)).code).toBe(0);
    await f.write(
      'snyk.yaml',
      config(RULE.replaceAll('only used in tests', 'only in tests'), 'prune: { ignores: false }\n'),
    );
    f.emu.clearRequests();
    expect((await apply(f, path)).code).toBe(0);
    const puts = writesIn(f.emu.requests());
    expect(puts.length).toBeGreaterThan(0);
    expect(puts.every((w) => w.method === 'PUT')).toBe(true);
    expect(npmOf(f.emu.getState(), 'org-0002')[0]!.ignores![0]!.reason).toBe(
      '[snyk-gitops] not reachable: only in tests',
    );

    await f.write(
      'snyk.yaml',
      config(
        RULE.replaceAll('2099-03-31', '2020-01-31'),
        'prune: { ignores: false }\nlimits: { maxDeletePercent: 100 }\n',
      ),
    );
    const expired = await planJson(f, path);
    expect(expired.changes.length).toBe(puts.length);
    expect(
      expired.changes.every((c) => c.action === 'delete' && c.expiredAt === '2020-02-01T00:00:00.000Z'),
    ).toBe(true);
    expect(expired.changes[0]!.note).toContain('the ignore ends');
  });

  it('removes this tool’s ignores for `ignores: []` only past the mass-delete rail', async () => {
    const f = await start();
    const path = await f.write('snyk.yaml', config(RULE));
    expect((await apply(f, path)).code).toBe(0);
    await f.write('snyk.yaml', config('  []\n'));
    f.emu.clearRequests();
    const refused = await apply(f, path);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Refusing to delete \d+ of \d+ ignores \(100%/);
    expect(writesIn(f.emu.requests())).toEqual([]);
    expect((await apply(f, path, ['--allow-mass-delete'])).code).toBe(0);
    const after = f.emu.getState();
    for (const slug of ['org-0001', 'org-0002'])
      expect(npmOf(after, slug).every((p) => p.ignores?.length === 0)).toBe(true);
  });
});
