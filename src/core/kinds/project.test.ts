import { describe, expect, it } from 'vitest';
import { Address } from '../addresses.ts';
import { desiredOrg, desiredState, liveOrg, liveState } from '../builders.test-helpers.ts';
import { buildPlan } from '../plan.ts';
import { applyChangesToLive } from '../simulate.ts';
import type { DesiredState, LiveProject, LiveState, Plan, ProjectRule } from '../types.ts';

function project(name: string, overrides: Partial<LiveProject> = {}): LiveProject {
  return { id: `p-${name}`, name, type: 'npm', origin: 'github', tags: [], attributes: {}, ...overrides };
}

function setup(rules: ProjectRule[], projects: LiveProject[], extra: Partial<DesiredState> = {}) {
  const desired = desiredState({ orgs: [desiredOrg('payments', { projects: rules })], ...extra });
  const live = liveState({ orgs: [liveOrg('payments', { projects })] });
  return { desired, live };
}

function plan(desired: DesiredState, live: LiveState): Plan {
  const result = buildPlan(desired, live);
  if (!result.ok) throw new Error(`unexpected issues: ${JSON.stringify(result.issues)}`);
  return result.plan;
}

const team = (value: string) => ({ key: 'team', value });

describe('project rules', () => {
  it('plans one update per project whose tags or attributes differ, with the whole tag list', () => {
    const { desired, live } = setup(
      [
        {
          match: { name: 'acme/payments-*' },
          tags: [team('payments')],
          attributes: { criticality: ['high'] },
        },
      ],
      [
        project('acme/payments-api:package.json', { tags: [{ key: 'owner', value: 'ann' }] }),
        project('acme/payments-web:package.json', {
          tags: [team('payments')],
          attributes: { criticality: ['high'] },
        }),
        project('acme/mobile:package.json'),
      ],
    );
    const p = plan(desired, live);
    expect(p.changes).toEqual([
      {
        action: 'update',
        kind: 'project',
        address: Address.of('org[payments].project[acme/payments-api:package.json]'),
        before: { tags: [{ key: 'owner', value: 'ann' }], attributes: { criticality: [] } },
        after: {
          tags: [{ key: 'owner', value: 'ann' }, team('payments')],
          attributes: { criticality: ['high'] },
        },
        patch: expect.any(Array),
        dependsOn: [],
        target: { orgId: 'org-payments', projectId: 'p-acme/payments-api:package.json' },
      },
    ]);
    expect(p.warnings).toEqual([]);
  });

  it('sets a managed key to the rule’s value and keeps unlisted keys unless prune.projectTags', () => {
    const projects = [project('api', { tags: [team('old'), { key: 'owner', value: 'ann' }] })];
    const rules = [{ match: { name: '*' }, tags: [team('payments')] }];
    const kept = plan(...(Object.values(setup(rules, projects)) as [DesiredState, LiveState]));
    expect(kept.changes[0]?.after).toEqual({ tags: [{ key: 'owner', value: 'ann' }, team('payments')] });
    const pruneOn = setup(rules, projects);
    pruneOn.desired.prune.projectTags = true;
    expect(plan(pruneOn.desired, pruneOn.live).changes[0]?.after).toEqual({ tags: [team('payments')] });
  });

  it('never touches a project no rule matches, even with prune.projectTags', () => {
    const { desired, live } = setup(
      [{ match: { type: 'maven' }, tags: [team('java')] }],
      [project('web', { tags: [{ key: 'owner', value: 'ann' }] })],
    );
    desired.prune.projectTags = true;
    const p = plan(desired, live);
    expect(p.changes).toEqual([]);
    expect(p.warnings.map((w) => w.code)).toEqual(['PROJECT_RULE_UNMATCHED']);
    expect(p.warnings[0]?.message).toBe(
      'The project rule { type: "maven" } matches no project of org[payments].',
    );
  });

  it('replaces a named attribute, compares it as a set, and keeps unnamed attributes', () => {
    const { desired, live } = setup(
      [{ match: { name: '*' }, attributes: { environment: ['backend', 'external'] } }],
      [
        project('a', { attributes: { environment: ['external', 'backend'], lifecycle: ['sandbox'] } }),
        project('b', { attributes: { environment: ['frontend'], lifecycle: ['sandbox'] } }),
      ],
    );
    const p = plan(desired, live);
    expect(p.changes.map((c) => [c.address.text, c.after])).toEqual([
      ['org[payments].project[b]', { attributes: { environment: ['backend', 'external'] } }],
    ]);
  });

  it('applies every matching rule: the defaults’ and the org’s own', () => {
    const { desired, live } = setup(
      [
        { match: { name: '*' }, attributes: { lifecycle: ['production'] } },
        { match: { name: 'acme/*', type: 'npm' }, tags: [team('payments')] },
      ],
      [project('acme/api'), project('other', { type: 'pip' })],
    );
    const p = plan(desired, live);
    expect(p.changes.map((c) => [c.address.text, c.after])).toEqual([
      [
        'org[payments].project[acme/api]',
        { tags: [team('payments')], attributes: { lifecycle: ['production'] } },
      ],
      ['org[payments].project[other]', { attributes: { lifecycle: ['production'] } }],
    ]);
  });

  it('gives two projects of one name distinct addresses', () => {
    const { desired, live } = setup(
      [{ match: { name: 'dup' }, tags: [team('x')] }],
      [project('dup', { id: 'p1' }), project('dup', { id: 'p2' })],
    );
    expect(plan(desired, live).changes.map((c) => c.address.text)).toEqual([
      'org[payments].project[dup#p1]',
      'org[payments].project[dup#p2]',
    ]);
  });

  it('plans nothing again once its changes are applied', () => {
    const { desired, live } = setup(
      [{ match: { name: '*' }, tags: [team('payments')], attributes: { lifecycle: ['production'] } }],
      [project('a', { tags: [team('old')] }), project('b')],
    );
    const first = plan(desired, live);
    expect(first.changes).toHaveLength(2);
    expect(plan(desired, applyChangesToLive(live, first)).changes).toEqual([]);
  });
});

describe('rule conflicts', () => {
  it('are one issue per pair of rules and subject, naming the project, the count and both rules', () => {
    const { desired, live } = setup(
      [
        { match: { name: 'acme/*' }, tags: [team('payments')] },
        { match: { type: 'npm' }, tags: [team('web')], attributes: { lifecycle: ['production'] } },
        { match: { name: 'acme/*' }, attributes: { lifecycle: ['sandbox'] } },
      ],
      [project('acme/a'), project('acme/b'), project('acme/c', { type: 'pip' })],
    );
    const result = buildPlan(desired, live);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      {
        code: 'PROJECT_RULE_CONFLICT',
        message:
          "Two rules set the tag 'team' of project 'acme/a' (and 1 more project) in org[payments] to different values: 'payments' by this rule, 'web' by another; make them agree or narrow their matches",
        address: Address.of('org[payments]'),
        path: ['orgs', 0, 'projects', 0],
        related: [{ what: 'the other rule', path: ['orgs', 0, 'projects', 1] }],
      },
      expect.objectContaining({
        message: expect.stringContaining("the attribute 'lifecycle' of project 'acme/a'"),
        path: ['orgs', 0, 'projects', 1],
        related: [{ what: 'the other rule', path: ['orgs', 0, 'projects', 2] }],
      }),
    ]);
  });

  it('are no conflict when two rules agree (attributes as sets)', () => {
    const { desired, live } = setup(
      [
        { match: { name: '*' }, tags: [team('a')], attributes: { environment: ['backend', 'external'] } },
        { match: { type: 'npm' }, tags: [team('a')], attributes: { environment: ['external', 'backend'] } },
      ],
      [project('x')],
    );
    expect(buildPlan(desired, live).ok).toBe(true);
  });
});

describe('group tags and project rules', () => {
  it('a listed group tag that a rule puts on a project is no warning, nor pruned', () => {
    const { desired, live } = setup([{ match: { name: '*' }, tags: [team('payments')] }], [project('a')]);
    desired.group.tags = [team('payments'), { key: 'env', value: 'prod' }];
    desired.prune.groupTags = true;
    live.group.tags = [{ key: 'team', value: 'payments-old' }];
    const withRule = plan(desired, live);
    expect(withRule.warnings.map((w) => w.address?.text)).toEqual(['group.tag[env:prod]']);
    // The project is tagged before the unlisted tag is deleted.
    expect(withRule.changes.map((c) => c.address.text)).toEqual([
      'org[payments].project[a]',
      'group.tag[team:payments-old]',
    ]);
    const unlisted = setup([{ match: { name: '*' }, tags: [{ key: 'cost', value: 'c1' }] }], [project('a')]);
    unlisted.desired.group.tags = [];
    unlisted.desired.prune.groupTags = true;
    unlisted.live.group.tags = [{ key: 'cost', value: 'c1' }];
    // The project gets the tag; the group tag it implies is not deleted.
    expect(plan(unlisted.desired, unlisted.live).changes.map((c) => c.kind)).toEqual(['project']);
  });
});
