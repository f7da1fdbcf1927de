// Project rules end to end (docs/configuration.md#project-rules-tags-and-attributes), the CLI as a
// process against the emulator: plan, apply (one PATCH per differing project), plan again (empty),
// prune of unlisted tags on matched projects only, drift after a tag changed by hand, a stale saved
// plan refused, and conflicting rules refused with both rules located. Unmatched projects are never
// touched.
import { afterEach, describe, expect, it } from 'vitest';
import { generateState } from '../../src/emulator/index.ts';
import type { EmulatorState, EmuProject } from '../../src/emulator/state-types.ts';
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

const generated = generateState({ orgs: 3, membersPerOrg: [1, 2], seed: 21, projectsPerOrg: 16 });
const GROUP = generated.groupId;

/** org-0001 and org-0002 have rules (org-0002 only through defaults); org-0003 has none. */
function config(extra = ''): string {
  return `version: 1
group: { id: ${GROUP} }
defaults:
  org:
    projects:
      - match: { type: maven }
        attributes: { lifecycle: [production] }
orgs:
  - slug: org-0001
    projects:
      - match: { name: "acme/org-0001-svc-0*", type: npm, origin: github }
        tags: [{ key: team, value: payments }]
        attributes: { criticality: [high], environment: [backend, external] }
  - slug: org-0002
${extra}`;
}

const projectsOf = (state: EmulatorState, slug: string): EmuProject[] =>
  state.groups[0]!.orgs.find((o) => o.slug === slug)!.projects!;

const isPaymentsNpm = (p: EmuProject) =>
  p.name.startsWith('acme/org-0001-svc-0') && p.type === 'npm' && p.origin === 'github';

async function start(state: EmulatorState = generated.state) {
  // Counted against the documented API: in reality mode some listings end with one more,
  // empty page (REALITY.md §7), one more request per listing, so these counts pin it off.
  fx = await startFixture(state, { token: generated.token, reality: {} });
  return fx;
}

async function plan(f: EmulatorFixture, path: string, extra: string[] = []) {
  const result = await runCliProcess(['plan', path, '--format', 'json', ...extra], { env: f.env });
  expect(result.stderr).toBe('');
  return {
    ...result,
    plan: JSON.parse(result.stdout) as {
      changes: { kind: string; address: string; after: unknown }[];
      warnings: { code: string }[];
    },
  };
}

describe('project rules (the CLI as a process)', () => {
  it('plans, applies one PATCH per differing project, and plans nothing more; unmatched projects stay', async () => {
    const f = await start();
    const path = await f.write('snyk.yaml', config());
    const before = f.emu.getState();
    const expected = [
      ...projectsOf(before, 'org-0001').filter((p) => isPaymentsNpm(p) || p.type === 'maven'),
      ...projectsOf(before, 'org-0002').filter(
        (p) => p.type === 'maven' && p.lifecycle?.[0] !== 'production',
      ),
    ];
    f.emu.clearRequests();
    const first = await plan(f, path);
    expect(first.code).toBe(0);
    expect(first.plan.changes.map((c) => c.address).sort()).toEqual(
      expected.map((p) => `org[${p.name.split('-svc')[0]!.slice(5)}].project[${p.name}]`).sort(),
    );
    // Projects are read for the orgs with rules only, and the one with a name prefix is filtered by Snyk.
    const reads = apiCallsIn(f.emu.requests()).filter((r) => r.path.endsWith('/projects'));
    const orgIds = before.groups[0]!.orgs.map((o) => o.id);
    expect(reads.map((r) => r.path.split('/')[3]).sort()).toEqual([orgIds[0], orgIds[1]].sort());
    // Every rule of both orgs names a type, so Snyk is asked for those types only.
    expect(reads.map((r) => new URLSearchParams(r.query).get('types')).sort()).toEqual([
      'maven',
      'maven,npm',
    ]);

    f.emu.clearRequests();
    const applied = await runCliProcess(['apply', path, '--auto-approve'], { env: f.env });
    expect(applied.stderr).not.toContain('failed');
    expect(applied.code).toBe(0);
    const writes = writesIn(f.emu.requests());
    expect(writes).toHaveLength(expected.length);
    expect(writes.every((w) => w.method === 'PATCH' && w.path.includes('/projects/'))).toBe(true);

    const after = f.emu.getState();
    for (const p of projectsOf(after, 'org-0001').filter(isPaymentsNpm)) {
      expect(p.tags).toContainEqual({ key: 'team', value: 'payments' });
      expect(p).toMatchObject({ businessCriticality: ['high'], environment: ['backend', 'external'] });
    }
    for (const p of [...projectsOf(after, 'org-0001'), ...projectsOf(after, 'org-0002')].filter(
      (p) => p.type === 'maven',
    ))
      expect(p.lifecycle).toEqual(['production']);
    // Untouched: projects no rule matches, and every project of the org without rules.
    const untouched = (s: EmulatorState) => [
      ...projectsOf(s, 'org-0001').filter((p) => !isPaymentsNpm(p) && p.type !== 'maven'),
      ...projectsOf(s, 'org-0002').filter((p) => p.type !== 'maven'),
      ...projectsOf(s, 'org-0003'),
    ];
    expect(untouched(after)).toEqual(untouched(before));
    // Unlisted tags of matched projects stay (prune.projectTags defaults to false).
    const owned = projectsOf(before, 'org-0001').filter((p) => isPaymentsNpm(p) && p.tags.length > 0);
    for (const p of owned)
      expect(projectsOf(after, 'org-0001').find((q) => q.id === p.id)!.tags).toEqual([
        ...p.tags,
        { key: 'team', value: 'payments' },
      ]);

    const again = await runCliProcess(['plan', path, '--detailed-exitcode'], { env: f.env });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('No changes');
  });

  it('with prune.projectTags removes unlisted tags from matched projects only', async () => {
    const state = structuredClone(generated.state);
    for (const org of state.groups[0]!.orgs)
      for (const p of org.projects!) p.tags = [{ key: 'owner', value: 'someone' }];
    const f = await start(state);
    const path = await f.write('snyk.yaml', config('prune: { projectTags: true }\n'));
    const applied = await runCliProcess(['apply', path, '--auto-approve', '--quiet'], { env: f.env });
    expect(applied.code).toBe(0);
    const after = f.emu.getState();
    for (const p of projectsOf(after, 'org-0001'))
      expect(p.tags).toEqual(
        isPaymentsNpm(p)
          ? [{ key: 'team', value: 'payments' }]
          : p.type === 'maven'
            ? []
            : [{ key: 'owner', value: 'someone' }],
      );
    for (const p of projectsOf(after, 'org-0003'))
      expect(p.tags).toEqual([{ key: 'owner', value: 'someone' }]);
  });

  it('reports a tag changed by hand as drift, and refuses a saved plan made before it', async () => {
    const f = await start();
    const path = await f.write('snyk.yaml', config());
    expect((await runCliProcess(['apply', path, '--auto-approve', '--quiet'], { env: f.env })).code).toBe(0);
    const saved = `${f.dir}/plan.json`;
    const target = projectsOf(f.emu.getState(), 'org-0001').find(isPaymentsNpm)!;
    expect((await runCliProcess(['plan', path, '--out', saved], { env: f.env })).code).toBe(0);

    const orgId = f.emu.getState().groups[0]!.orgs[0]!.id;
    const res = await fetch(`${f.emu.url}/rest/orgs/${orgId}/projects/${target.id}?version=2024-10-15`, {
      method: 'PATCH',
      headers: { authorization: `token ${generated.token}`, 'content-type': 'application/vnd.api+json' },
      body: JSON.stringify({
        data: {
          id: target.id,
          type: 'project',
          attributes: { tags: [{ key: 'team', value: 'mobile' }] },
          relationships: {},
        },
      }),
    });
    expect(res.status).toBe(200);

    const drift = await runCliProcess(['drift', path, '--format', 'json'], { env: f.env });
    expect(drift.code).toBe(2);
    const report = JSON.parse(drift.stdout) as { items: { kind: string; address: string; change: string }[] };
    expect(report.items).toEqual([
      expect.objectContaining({
        kind: 'project',
        address: `org[org-0001].project[${target.name}]`,
        change: 'changed',
      }),
    ]);
    const stale = await runCliProcess(['apply', '--plan', saved, '--auto-approve'], { env: f.env });
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('the live state changed since this plan was made');
  });

  it('refuses rules that disagree on a project, naming both rules’ file:line, and writes nothing', async () => {
    const f = await start();
    const path = await f.write(
      'snyk.yaml',
      config(`    projects:
      - match: { name: "*" }
        attributes: { lifecycle: [development] }
`),
    );
    f.emu.clearRequests();
    const result = await runCliProcess(['apply', path, '--auto-approve'], { env: f.env });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /snyk\.yaml:6:\d+: Two rules set the attribute 'lifecycle' of project '[^']+' \(and \d+ more projects?\) in org\[org-0002\] to different values: '\[production\]' by this rule, '\[development\]' by another; .* \(the other rule: .*snyk\.yaml:16:\d+\)/,
    );
    expect(writesIn(f.emu.requests())).toEqual([]);
  });

  it('warns about a rule that matches no project', async () => {
    const f = await start();
    const path = await f.write(
      'snyk.yaml',
      config(`    projects:
      - match: { origin: bitbucket-cloud }
        tags: [{ key: team, value: nobody }]
`),
    );
    const result = await plan(f, path);
    expect(result.code).toBe(0);
    expect(result.plan.warnings.map((w) => w.code)).toContain('PROJECT_RULE_UNMATCHED');
  });
});
