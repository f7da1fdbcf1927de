import { describe, expect, it } from 'vitest';
import {
  desiredMembers,
  desiredOrg,
  desiredState,
  type Listed,
  liveMembers,
  liveOrg,
  liveState,
  type membership,
} from './test-builders.ts';
import { everyone, GROUP_ID, ROLES, TENANT_ID } from './test-fixtures.ts';
import { issuesOf, plan, planLines } from './test-planning.ts';
import type { DesiredState } from './types.ts';

const PRUNE = desiredState().prune;

const payments = (members: ReturnType<typeof membership>[], extra = {}) =>
  liveOrg('payments', { members, ...extra });

describe('org memberships', () => {
  const live = liveMembers({ orgs: { payments: { bob: 'orgCollaborator', mallory: 'orgAdmin' } } });
  /** The file listing these members of payments. */
  const listing = (members: Listed, overrides: Partial<DesiredState> = {}) =>
    desiredMembers({ orgs: { payments: members } }, overrides);

  it('creates, updates the role of, and removes members, resolving users and roles case-insensitively', () => {
    const p = plan(listing({ 'Bob@Acme.com': 'org admin', carol: ROLES.orgAuditor.id }), live);
    expect(p.changes).toEqual([
      {
        action: 'update',
        kind: 'org_membership',
        address: 'org[payments].member[bob@acme.com]',
        before: { role: 'Org Collaborator' },
        after: { role: 'Org Admin' },
        patch: [{ op: 'replace', path: '/role', value: 'Org Admin' }],
        dependsOn: [],
        target: {
          orgId: 'org-payments',
          membershipId: 'm-user-bob-role-org-collaborator',
          userId: 'user-bob',
          roleId: 'role-org-admin',
        },
      },
      {
        action: 'create',
        kind: 'org_membership',
        address: 'org[payments].member[carol@acme.com]',
        before: null,
        after: { role: 'Org Auditor' },
        patch: [],
        dependsOn: [],
        target: { orgId: 'org-payments', userId: 'user-carol', roleId: 'role-org-auditor' },
      },
      {
        action: 'delete',
        kind: 'org_membership',
        address: 'org[payments].member[mallory@acme.com]',
        before: { role: 'Org Admin' },
        after: null,
        patch: [],
        dependsOn: [],
        target: {
          orgId: 'org-payments',
          membershipId: 'm-user-mallory-role-org-admin',
          userId: 'user-mallory',
        },
      },
    ]);
  });

  it('keeps unlisted members when prune.orgMembers is false', () => {
    const p = plan(
      listing({ 'bob@acme.com': 'Org Collaborator' }, { prune: { ...PRUNE, orgMembers: false } }),
      live,
    );
    expect(p.changes).toEqual([]);
  });

  it('leaves members alone when the org has no members key, and removes all with members: []', () => {
    expect(plan(desiredState({ orgs: [desiredOrg('payments')] }), live).changes).toEqual([]);
    expect(planLines(plan(listing({}), live))).toEqual([
      'delete org[payments].member[bob@acme.com]',
      'delete org[payments].member[mallory@acme.com]',
    ]);
  });

  it('never creates, changes or removes ignored users (globs over email and username, case-insensitive)', () => {
    const withBot = liveMembers({ orgs: { payments: { bot: 'orgAdmin', mallory: 'orgAdmin' } } });
    const p = plan(
      listing(
        {
          'ci-bot@serviceaccount.acme.com': 'Org Collaborator',
          Mallory: 'Org Collaborator',
          'new-bot@SERVICEACCOUNT.acme.com': 'Org Admin',
        },
        { users: { unknown: 'error', ignore: ['*@serviceaccount.acme.com', 'mal*'] } },
      ),
      withBot,
    );
    expect(p.changes).toEqual([]);
  });

  it('lists the real roles and a did-you-mean for an unknown role, and never deletes that member', () => {
    const issues = issuesOf(listing({ 'bob@acme.com': 'Org Admn' }), live);
    expect(issues).toEqual([
      {
        code: 'UNKNOWN_ROLE',
        message:
          "Unknown org role 'Org Admn'. Did you mean 'Org Admin'? Roles: 'Org Admin', 'Org Collaborator', 'Org Auditor'.",
        path: ['orgs', 0, 'members', 0, 'role'],
      },
    ]);
  });

  it('reports each unknown user as an issue of its own, at its entry, with a did-you-mean', () => {
    const issues = issuesOf(
      desiredMembers({
        group: { 'zed@acme.com': 'Group Member' },
        orgs: {
          payments: { 'bob@acme.com': 'Org Collaborator', 'new@acme.com': 'Org Admin' },
        },
      }),
      live,
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['UNKNOWN_USERS', ['group', 'members', 0, 'user']],
      ['UNKNOWN_USERS', ['orgs', 0, 'members', 1, 'user']],
    ]);
    expect(issues[0]?.message).toBe(
      "'zed@acme.com' is not a Snyk user of the group. Check the spelling, or set users.unknown to 'invite' or 'provision' to add people before their first login.",
    );
    expect(issuesOf(listing({ 'bob@acme.con': 'Org Collaborator' }), live)[0]?.message).toContain(
      "'bob@acme.con' is not a Snyk user of the group. Did you mean 'bob@acme.com'?",
    );
  });

  it('reports the same user listed twice under two names', () => {
    const issues = issuesOf(listing({ 'bob@acme.com': 'Org Collaborator', bob: 'Org Admin' }), live);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['DUPLICATE_MEMBER', ['orgs', 0, 'members', 1, 'user']],
    ]);
  });
});

describe('pending users', () => {
  const members = [{ user: 'New@Acme.com', role: 'Org Collaborator' }];

  it.each(['invite', 'provision'] as const)('plans a pending_user create with users.unknown: %s', (via) => {
    const p = plan(
      desiredState({ orgs: [desiredOrg('payments', { members })], users: { unknown: via, ignore: [] } }),
      liveState({ orgs: [payments([], { pending: [] })] }, everyone),
    );
    expect(p.changes).toEqual([
      expect.objectContaining({
        action: 'create',
        kind: 'pending_user',
        address: 'org[payments].pending[new@acme.com]',
        after: { role: 'Org Collaborator', via },
        target: { orgId: 'org-payments', email: 'new@acme.com', roleId: 'role-org-collaborator', via },
      }),
    ]);
  });

  it('counts a live invitation for the same email as present: nothing is sent twice', () => {
    const p = plan(
      desiredState({ orgs: [desiredOrg('payments', { members })], users: { unknown: 'invite', ignore: [] } }),
      liveState(
        {
          orgs: [
            payments([], {
              pending: [
                { via: 'invite', email: 'new@acme.com', roleId: ROLES.orgCollaborator.id, id: 'inv-1' },
              ],
            }),
          ],
        },
        everyone,
      ),
    );
    expect(p.changes).toEqual([]);
  });

  it('removes a pending user the file no longer lists when pruning org members', () => {
    const p = plan(
      desiredState({
        orgs: [desiredOrg('payments', { members: [] })],
        users: { unknown: 'invite', ignore: [] },
      }),
      liveState(
        {
          orgs: [
            payments([], {
              pending: [{ via: 'invite', email: 'Old@acme.com', roleId: ROLES.orgAdmin.id, id: 'inv-9' }],
            }),
          ],
        },
        everyone,
      ),
    );
    expect(p.changes).toEqual([
      {
        action: 'delete',
        kind: 'pending_user',
        address: 'org[payments].pending[old@acme.com]',
        before: { role: 'Org Admin', via: 'invite' },
        after: null,
        patch: [],
        dependsOn: [],
        target: { orgId: 'org-payments', email: 'old@acme.com', via: 'invite', inviteId: 'inv-9' },
      },
    ]);
  });

  it('invites into an org created by the same plan, after the org exists', () => {
    const p = plan(
      desiredState({
        orgs: [desiredOrg('mobile', { name: 'Mobile', members })],
        users: { unknown: 'provision', ignore: [] },
      }),
      liveState({}, everyone),
    );
    expect(p.changes.map((c) => [c.address, c.dependsOn, 'orgSlug' in c.target && c.target.orgSlug])).toEqual(
      [
        ['org[mobile]', [], 'mobile'],
        ['org[mobile].pending[new@acme.com]', ['org[mobile]'], 'mobile'],
      ],
    );
  });

  it('is an issue to invite someone known only by a username', () => {
    const issues = issuesOf(
      desiredState({
        orgs: [desiredOrg('payments', { members: [{ user: 'newbie', role: 'Org Admin' }] })],
        users: { unknown: 'invite', ignore: [] },
      }),
      liveState({ orgs: [payments([])] }, everyone),
    );
    expect(issues.map((i) => i.code)).toEqual(['UNKNOWN_USER_NOT_EMAIL']);
  });
});

describe('group memberships', () => {
  const live = liveMembers({ group: { alice: 'groupAdmin', mallory: 'groupMember' } });

  it('creates, updates and removes group members', () => {
    const p = plan(
      desiredMembers({
        group: { 'alice@acme.com': 'Group Member', 'bob@acme.com': 'group admin' },
      }),
      live,
    );
    expect(p.changes.map((c) => [c.action, c.address, c.before, c.after, c.target])).toEqual([
      [
        'update',
        'group.member[alice@acme.com]',
        { role: 'Group Admin' },
        { role: 'Group Member' },
        {
          groupId: GROUP_ID,
          membershipId: 'm-user-alice-role-group-admin',
          userId: 'user-alice',
          roleId: 'role-group-member',
        },
      ],
      [
        'create',
        'group.member[bob@acme.com]',
        null,
        { role: 'Group Admin' },
        { groupId: GROUP_ID, userId: 'user-bob', roleId: 'role-group-admin' },
      ],
      [
        'delete',
        'group.member[mallory@acme.com]',
        { role: 'Group Member' },
        null,
        { groupId: GROUP_ID, membershipId: 'm-user-mallory-role-group-member', userId: 'user-mallory' },
      ],
    ]);
  });

  it('accepts a group role by id even when no membership taught its name', () => {
    const roleId = '11111111-2222-4333-8444-555555555555';
    const p = plan(desiredMembers({ group: { bob: roleId } }), live);
    const created = p.changes.find((c) => c.kind === 'group_membership' && c.action === 'create');
    expect(created?.target).toMatchObject({ roleId });
  });

  it('explains that group role names are learned from memberships', () => {
    const issues = issuesOf(desiredMembers({ group: { bob: 'Group Viewer' } }), live);
    expect(issues[0]?.message).toContain('group roles are learned from existing group memberships');
  });

  it('warns instead of planning for an unknown user when users.unknown invites', () => {
    const p = plan(
      desiredMembers(
        {
          group: { 'alice@acme.com': 'Group Admin', 'new@acme.com': 'Group Member' },
        },
        { prune: { ...PRUNE, groupMembers: false }, users: { unknown: 'invite', ignore: [] } },
      ),
      live,
    );
    expect(p.changes).toEqual([]);
    expect(p.warnings).toEqual([
      expect.objectContaining({ code: 'GROUP_MEMBER_PENDING', address: 'group.member[new@acme.com]' }),
    ]);
  });

  it('orders a user’s org membership after their group membership', () => {
    const p = plan(
      desiredMembers(
        {
          group: { alice: 'Group Admin', carol: 'Group Member' },
          orgs: { payments: { carol: 'Org Admin' } },
        },
        { prune: { ...PRUNE, groupMembers: false } },
      ),
      liveMembers({ group: { alice: 'groupAdmin', mallory: 'groupMember' }, orgs: { payments: {} } }),
    );
    expect(p.changes.map((c) => [c.address, c.dependsOn])).toEqual([
      ['group.member[carol@acme.com]', []],
      ['org[payments].member[carol@acme.com]', ['group.member[carol@acme.com]']],
    ]);
  });
});

describe('tenant memberships', () => {
  const live = liveMembers({ tenant: { alice: 'tenantAdmin', mallory: 'tenantViewer' } });

  it('changes a role, and warns that a missing member cannot be created', () => {
    const p = plan(
      desiredMembers({
        tenant: { alice: 'Tenant Viewer', bob: 'Tenant Admin' },
      }),
      live,
    );
    expect(p.changes).toEqual([
      expect.objectContaining({
        action: 'update',
        kind: 'tenant_membership',
        address: 'tenant.member[alice@acme.com]',
        target: {
          tenantId: TENANT_ID,
          membershipId: 'm-user-alice-role-tenant-admin',
          userId: 'user-alice',
          roleId: 'role-tenant-viewer',
        },
      }),
    ]);
    expect(p.warnings.map((w) => [w.code, w.address])).toEqual([
      ['TENANT_MEMBER_NOT_CREATABLE', 'tenant.member[bob@acme.com]'],
    ]);
  });

  it('removes unlisted tenant members only with prune.tenantMembers', () => {
    const desired = desiredMembers({ tenant: { alice: 'Tenant Admin' } });
    expect(plan(desired, live).changes).toEqual([]);
    const p = plan({ ...desired, prune: { ...PRUNE, tenantMembers: true } }, live);
    expect(p.changes).toEqual([
      expect.objectContaining({
        action: 'delete',
        address: 'tenant.member[mallory@acme.com]',
        target: {
          tenantId: TENANT_ID,
          membershipId: 'm-user-mallory-role-tenant-viewer',
          userId: 'user-mallory',
        },
      }),
    ]);
  });
});

describe('group tags', () => {
  const live = liveState({
    group: {
      tags: [
        { key: 'team', value: 'payments' },
        { key: 'team', value: 'legacy' },
      ],
    },
  });
  const tags = [
    { key: 'team', value: 'payments' },
    { key: 'env', value: 'prod' },
  ];

  it('warns that a listed tag Snyk lacks cannot be created, and keeps unlisted tags by default', () => {
    const p = plan(desiredState({ group: { id: GROUP_ID, tags } }), live);
    expect(p.changes).toEqual([]);
    expect(p.warnings.map((w) => [w.code, w.address])).toEqual([
      ['TAG_NOT_CREATABLE', 'group.tag[env:prod]'],
    ]);
  });

  it.each([
    [true, 'false', 'Snyk refuses'],
    ['force', 'true', 'Also removes'],
  ] as const)('deletes unlisted tags with prune.groupTags %s', (groupTags, force, note) => {
    const p = plan(desiredState({ group: { id: GROUP_ID, tags }, prune: { ...PRUNE, groupTags } }), live);
    expect(p.changes).toEqual([
      expect.objectContaining({
        action: 'delete',
        kind: 'group_tag',
        address: 'group.tag[team:legacy]',
        target: { groupId: GROUP_ID, key: 'team', value: 'legacy', force },
        note: expect.stringContaining(note),
      }),
    ]);
  });

  it('leaves tags alone when the file has no tags key', () => {
    expect(plan(desiredState({ prune: { ...PRUNE, groupTags: true } }), live).changes).toEqual([]);
  });
});
