import { describe, expect, it } from 'vitest';
import { Address } from '../addresses.ts';
import { desiredOrg, desiredState, liveOrg, liveState, membership } from '../builders.test-helpers.ts';
import { everyone, GROUP_ID, people, ROLES } from '../fixtures.test-helpers.ts';
import { buildPlan } from '../plan.ts';
import { plan, planLines } from '../planning.test-helpers.ts';

describe('orgs', () => {
  it('creates an org that the file lists and Snyk lacks, from its name', () => {
    const p = plan(desiredState({ orgs: [desiredOrg('mobile', { name: 'Mobile' })] }), liveState());
    expect(p.changes).toEqual([
      {
        action: 'create',
        kind: 'org',
        address: Address.of('org[mobile]'),
        before: null,
        after: { name: 'Mobile', slug: 'mobile' },
        patch: [],
        dependsOn: [],
        target: { groupId: GROUP_ID, name: 'Mobile', orgSlug: 'mobile' },
      },
    ]);
    expect(p.warnings).toEqual([]);
  });

  it('warns when the slug in the file is not the one Snyk derives from the name', () => {
    const p = plan(desiredState({ orgs: [desiredOrg('mobile', { name: 'Mobile Apps!' })] }), liveState());
    expect(p.warnings).toEqual([
      expect.objectContaining({ code: 'ORG_SLUG_MISMATCH', address: Address.of('org[mobile]') }),
    ]);
    expect(p.warnings[0]?.message).toContain("'mobile-apps'");
  });

  it('warns of a namesake under the file slug plus a suffix: the copy of a stopped racing apply', () => {
    const live = liveState({
      orgs: [
        liveOrg('mobile', { name: 'Mobile' }),
        liveOrg('mobile-4f2a', { name: 'Mobile' }),
        liveOrg('other', { name: 'Mobile' }),
      ],
    });
    const p = plan(desiredState({ orgs: [desiredOrg('mobile', { name: 'Mobile' })] }), live);
    expect(p.changes).toEqual([]);
    expect(p.warnings.map((w) => [w.code, w.address?.text])).toEqual([
      ['ORG_DUPLICATE_SUSPECTED', 'org[mobile]'],
    ]);
    expect(p.warnings[0]?.message).toContain("the slug 'mobile-4f2a' (id org-mobile-4f2a)");
    // Listed in the file, or pruned by the plan, it is no suspect.
    const listed = plan(
      desiredState({ orgs: [desiredOrg('mobile', { name: 'Mobile' }), desiredOrg('mobile-4f2a')] }),
      live,
    );
    expect(listed.warnings).toEqual([]);
    const pruned = plan(
      desiredState({
        orgs: [desiredOrg('mobile', { name: 'Mobile' })],
        prune: { ...desiredState().prune, orgs: true },
      }),
      live,
    );
    expect(pruned.warnings.map((w) => w.code)).not.toContain('ORG_DUPLICATE_SUSPECTED');
  });

  it('refuses to create an org whose name an unclaimed live org already has: that is the org under the slug Snyk chose', () => {
    const live = liveState({ orgs: [liveOrg('mobile-x7k', { name: 'Mobile' })] });
    const result = buildPlan(desiredState({ orgs: [desiredOrg('mobile', { name: 'Mobile' })] }), live);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([['ORG_NAME_TAKEN', ['orgs', 0, 'slug']]]);
    expect(result.issues[0]?.message).toContain('write slug: mobile-x7k');
  });

  it('creates an org whose name a live org has when that org is listed under its own slug', () => {
    const live = liveState({ orgs: [liveOrg('mobile', { name: 'Mobile' })] });
    const p = plan(
      desiredState({
        orgs: [desiredOrg('mobile', { name: 'Mobile' }), desiredOrg('mobile-2', { name: 'Mobile' })],
      }),
      live,
    );
    expect(planLines(p)).toEqual(['create org[mobile-2]']);
  });

  it('renames an org by one update, never delete + create', () => {
    const p = plan(
      desiredState({
        orgs: [desiredOrg('payments', { name: 'Payments Team' })],
        prune: { ...desiredState().prune, orgs: true },
      }),
      liveState({ orgs: [liveOrg('payments', { name: 'Payments' })] }),
    );
    expect(p.changes).toEqual([
      {
        action: 'update',
        kind: 'org',
        address: Address.of('org[payments]'),
        before: { name: 'Payments' },
        after: { name: 'Payments Team' },
        patch: [{ op: 'replace', path: '/name', value: 'Payments Team' }],
        dependsOn: [],
        target: { orgId: 'org-payments', name: 'Payments Team' },
      },
    ]);
  });

  it('plans nothing for an org whose name matches, or that has no name in the file', () => {
    const live = liveState({ orgs: [liveOrg('payments', { name: 'Payments' }), liveOrg('data')] });
    const p = plan(
      desiredState({ orgs: [desiredOrg('payments', { name: 'Payments' }), desiredOrg('data')] }),
      live,
    );
    expect(p.changes).toEqual([]);
  });

  it('keeps unlisted live orgs unless prune.orgs, then deletes them last', () => {
    const live = liveState(
      {
        orgs: [liveOrg('payments', { members: [membership(people.bob, ROLES.orgAdmin)] }), liveOrg('legacy')],
      },
      everyone,
    );
    const keep = desiredState({ orgs: [desiredOrg('payments', { members: [] })] });
    expect(planLines(plan(keep, live))).toEqual(['delete org[payments].member[bob@acme.com]']);
    const prune = desiredState({ ...keep, prune: { ...keep.prune, orgs: true } });
    const p = plan(prune, live);
    expect(planLines(p)).toEqual(['delete org[payments].member[bob@acme.com]', 'delete org[legacy]']);
    expect(p.changes[1]).toMatchObject({
      before: { name: 'Legacy', slug: 'legacy' },
      target: { orgId: 'org-legacy' },
    });
  });

  it('matches an org pinned by id even when its slug differs, and warns about the slug', () => {
    const live = liveState({ orgs: [liveOrg('payments-1', { id: 'org-pinned', name: 'Payments' })] });
    const p = plan(
      desiredState({
        orgs: [desiredOrg('payments', { id: 'org-pinned', name: 'Payments' })],
        prune: { ...desiredState().prune, orgs: true },
      }),
      live,
    );
    expect(p.changes).toEqual([]);
    expect(p.warnings.map((w) => w.code)).toEqual(['ORG_SLUG_DIFFERS']);
  });

  it('creates from a live template by id, and from a template created in the same plan by slug, template first', () => {
    const live = liveState({ orgs: [liveOrg('golden')] });
    const p = plan(
      desiredState({
        orgs: [
          desiredOrg('mobile', { name: 'Mobile', template: 'web' }),
          desiredOrg('web', { name: 'Web', template: 'golden' }),
        ],
      }),
      live,
    );
    expect(planLines(p)).toEqual(['create org[web]', 'create org[mobile]']);
    expect(p.changes[0]?.target).toEqual({
      groupId: GROUP_ID,
      name: 'Web',
      orgSlug: 'web',
      templateOrgId: 'org-golden',
    });
    expect(p.changes[1]).toMatchObject({
      target: { groupId: GROUP_ID, name: 'Mobile', orgSlug: 'mobile', templateSlug: 'web' },
      dependsOn: [Address.of('org[web]')],
      after: { name: 'Mobile', slug: 'mobile', template: 'web' },
    });
  });

  it('gives a new org its settings and members after it exists, referenced by slug', () => {
    const p = plan(
      desiredState({
        orgs: [
          desiredOrg('mobile', {
            name: 'Mobile',
            settings: { requestAccess: { enabled: true } },
            members: [{ user: 'bob@acme.com', role: 'Org Admin' }],
          }),
        ],
      }),
      liveState({}, everyone),
    );
    expect(planLines(p)).toEqual([
      'create org[mobile]',
      'update org[mobile].settings',
      'create org[mobile].member[bob@acme.com]',
    ]);
    expect(p.changes[1]).toMatchObject({
      before: null,
      after: { requestAccess: { enabled: true } },
      target: { orgSlug: 'mobile' },
      dependsOn: [Address.of('org[mobile]')],
    });
    expect(p.changes[2]).toMatchObject({
      target: { orgSlug: 'mobile', userId: 'user-bob', roleId: 'role-org-admin' },
      dependsOn: [Address.of('org[mobile]')],
    });
  });

  it('reports every org problem at once: missing name, unknown template, unknown pinned id', () => {
    const result = buildPlan(
      desiredState({
        orgs: [
          desiredOrg('ghost'),
          desiredOrg('mobile', { name: 'Mobile', template: 'nowhere' }),
          desiredOrg('pinned', { id: '00000000-0000-4000-8000-000000000000' }),
        ],
      }),
      liveState(),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['ORG_NAME_REQUIRED', ['orgs', 0]],
      ['ORG_ID_NOT_FOUND', ['orgs', 2, 'id']],
      ['UNKNOWN_TEMPLATE', ['orgs', 1, 'template']],
    ]);
  });

  it('refuses templates that are created from each other', () => {
    const result = buildPlan(
      desiredState({
        orgs: [desiredOrg('a', { name: 'A', template: 'b' }), desiredOrg('b', { name: 'B', template: 'a' })],
      }),
      liveState(),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.code)).toEqual(['TEMPLATE_CYCLE', 'TEMPLATE_CYCLE']);
  });
});
