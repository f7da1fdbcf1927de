import { describe, expect, it } from 'vitest';
import { desiredMembers, liveMembers } from '../builders.test-helpers.ts';
import { DEFAULT_PRUNE as PRUNE } from '../desired-parts.ts';
import { GROUP_ID } from '../fixtures.test-helpers.ts';
import { issuesOf, plan } from '../planning.test-helpers.ts';

describe('group memberships', () => {
  const live = liveMembers({ group: { alice: 'groupAdmin', mallory: 'groupMember' } });

  it('creates, updates and removes group members', () => {
    const p = plan(
      desiredMembers({
        group: { 'alice@acme.com': 'Group Member', 'bob@acme.com': 'group admin' },
      }),
      live,
    );
    expect(p.changes.map((c) => [c.action, c.address.text, c.before, c.after, c.target])).toEqual([
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
    expect(p.warnings.map((w) => [w.code, w.address?.text])).toEqual([
      ['GROUP_MEMBER_PENDING', 'group.member[new@acme.com]'],
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
    expect(p.changes.map((c) => [c.address.text, c.dependsOn.map((a) => a.text)])).toEqual([
      ['group.member[carol@acme.com]', []],
      ['org[payments].member[carol@acme.com]', ['group.member[carol@acme.com]']],
    ]);
  });
});
