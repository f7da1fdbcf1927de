import { describe, expect, it } from 'vitest';
import { Address } from '../addresses.ts';
import {
  desiredMembers,
  desiredOrg,
  desiredState,
  type Listed,
  liveMembers,
} from '../builders.test-helpers.ts';
import { DEFAULT_PRUNE as PRUNE } from '../desired-parts.ts';
import { ROLES } from '../fixtures.test-helpers.ts';
import { issuesOf, plan, planLines } from '../planning.test-helpers.ts';
import type { DesiredState } from '../types.ts';

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
        address: Address.of('org[payments].member[bob@acme.com]'),
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
        address: Address.of('org[payments].member[carol@acme.com]'),
        before: null,
        after: { role: 'Org Auditor' },
        patch: [],
        dependsOn: [],
        target: { orgId: 'org-payments', userId: 'user-carol', roleId: 'role-org-auditor' },
      },
      {
        action: 'delete',
        kind: 'org_membership',
        address: Address.of('org[payments].member[mallory@acme.com]'),
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
