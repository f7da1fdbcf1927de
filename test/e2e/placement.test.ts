// Project placement end to end (docs/configuration.md#project-placement), the CLI as a process
// against the emulator: a matching project in another org of the file is moved with one v1 move
// whose note says the history stays behind; a re-plan is empty; moves count for the mass-delete
// rail; two rules naming different orgs, or a rule naming an org the file does not list, are
// located errors and nothing is written; a project moved back by hand is drift.
import { afterEach, describe, expect, it } from 'vitest';
import { generateState } from '../../src/emulator/index.ts';
import type { EmulatorState } from '../../src/emulator/state-types.ts';
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

const generated = generateState({ orgs: 4, membersPerOrg: [1, 2], seed: 31, projectsPerOrg: 8 });
const GROUP = generated.groupId;

/** org-0001..3 are the file's; org-0004 is not, and its projects are never looked at. */
function config(placement: string, extra = ''): string {
  return `version: 1
group: { id: ${GROUP} }
orgs:
  - slug: org-0001
  - slug: org-0002
  - slug: org-0003
placement:
${placement}${extra}`;
}

/** Payments' own projects, plus one repository of org-0002 (4 manifests) that belongs there. */
const RULES = `  - match: { name: "acme/org-0001-*" }
    org: org-0001
  - match: { name: "acme/org-0002-svc-01*" }
    org: org-0001
`;

const namesIn = (state: EmulatorState, slug: string) =>
  state.groups[0]!.orgs.find((o) => o.slug === slug)!
    .projects!.map((p) => p.name)
    .sort();

async function start() {
  fx = await startFixture(generated.state, { token: generated.token });
  return fx;
}

describe('project placement (the CLI as a process)', () => {
  it('moves the matching projects of another org, noting the lost history; then plans nothing', async () => {
    const f = await start();
    const before = f.emu.getState();
    const path = await f.write('snyk.yaml', config(RULES, 'limits: { maxDeletePercent: 50 }\n'));
    f.emu.clearRequests();
    const planned = await runCliProcess(['plan', path, '--format', 'json'], { env: f.env });
    expect(planned.code, planned.stderr).toBe(0);
    const changes = (JSON.parse(planned.stdout) as { changes: Record<string, unknown>[] }).changes;
    const moving = before.groups[0]!.orgs[1]!.projects!.filter((p) =>
      p.name.startsWith('acme/org-0002-svc-01'),
    );
    expect(changes.map((c) => c.address).sort()).toEqual(moving.map((p) => `project[${p.id}].org`).sort());
    expect(changes[0]).toMatchObject({
      kind: 'placement',
      action: 'update',
      before: { org: 'org-0002' },
      after: { org: 'org-0001' },
    });
    expect(changes[0]!.note).toContain('reporting history stays with org[org-0002]');
    // The file's three orgs are listed; org-0004 is not the file's.
    const lists = apiCallsIn(f.emu.requests()).filter((r) => r.path.endsWith('/projects'));
    // (In reality mode a listing may end with one more, empty page: REALITY.md §7.)
    expect(new Set(lists.map((r) => r.path)).size).toBe(3);
    expect(lists.map((r) => r.path)).not.toContain(`/rest/orgs/${before.groups[0]!.orgs[3]!.id}/projects`);

    const text = await runCliProcess(['plan', path], { env: f.env });
    expect(text.stdout).toContain('reporting history stays with org[org-0002]');

    f.emu.clearRequests();
    const applied = await runCliProcess(['apply', path, '--auto-approve'], { env: f.env });
    expect(applied.code, applied.stderr).toBe(0);
    const writes = writesIn(f.emu.requests());
    expect(writes).toHaveLength(4);
    expect(writes.every((w) => w.method === 'PUT' && w.path.endsWith('/move'))).toBe(true);
    const after = f.emu.getState();
    expect(namesIn(after, 'org-0001')).toEqual(
      [...namesIn(before, 'org-0001'), ...moving.map((p) => p.name)].sort(),
    );
    expect(namesIn(after, 'org-0002')).toHaveLength(4);
    expect(namesIn(after, 'org-0004')).toEqual(namesIn(before, 'org-0004'));

    const again = await runCliProcess(['plan', path, '--detailed-exitcode'], { env: f.env });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('No changes');

    // Moved back by hand: drift names the project's placement.
    const state = f.emu.getState();
    const [payments, second] = [state.groups[0]!.orgs[0]!, state.groups[0]!.orgs[1]!];
    const back = payments.projects!.find((p) => p.id === moving[0]!.id)!;
    payments.projects = payments.projects!.filter((p) => p !== back);
    second.projects!.push(back);
    f.emu.setState(state);
    const drift = await runCliProcess(['drift', path, '--format', 'json'], { env: f.env });
    expect(drift.code).toBe(2);
    expect((JSON.parse(drift.stdout) as { items: { kind: string; address: string }[] }).items).toEqual([
      expect.objectContaining({ kind: 'placement', address: `project[${back.id}].org` }),
    ]);
  });

  it('counts moves as deletes for the mass-delete rail', async () => {
    const f = await start();
    const path = await f.write('snyk.yaml', config(RULES));
    f.emu.clearRequests();
    const applied = await runCliProcess(['apply', path, '--auto-approve'], { env: f.env });
    expect(applied.code).toBe(1);
    expect(applied.stderr).toContain('Refusing to delete 4 of 12 placed projects (33.3%');
    expect(writesIn(f.emu.requests())).toEqual([]);
  });

  it('refuses two rules naming different orgs for one project, naming both rules', async () => {
    const f = await start();
    const path = await f.write(
      'snyk.yaml',
      config(`${RULES}  - match: { type: npm }
    org: org-0003
`),
    );
    f.emu.clearRequests();
    const result = await runCliProcess(['apply', path, '--auto-approve'], { env: f.env });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /snyk\.yaml:8:\d+: Two placement rules put project '[^']+' \(and 1 more project\) in different orgs: \{ name: "acme\/org-0001-\*" \} in org\[org-0001\] \(placement\[0\]\) and \{ type: "npm" \} in org\[org-0003\] \(placement\[2\]\).*\(the other rule: .*snyk\.yaml:12:\d+\)/,
    );
    expect(writesIn(f.emu.requests())).toEqual([]);
  });

  it('refuses a rule naming an org the file does not list, located, before reading Snyk', async () => {
    const f = await start();
    const path = await f.write('snyk.yaml', config(`  - match: { name: "acme/*" }\n    org: org-0004\n`));
    const result = await runCliProcess(['plan', path], { env: f.env });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/snyk\.yaml:9:\d+: placement names org 'org-0004', which no file lists/);
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});
