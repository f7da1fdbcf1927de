// `--replace` is one mechanism for every kind that can create and delete what it manages:
// memberships (org and group) are offered as a delete and a create, the create after it.
import { describe, expect, it } from 'vitest';
import { desiredOrg, desiredState, GROUP_ID, liveMembers, people, ROLES } from './builders.test-helpers.ts';
import { buildPlan } from './plan.ts';

const live = liveMembers({ orgs: { payments: { bob: 'orgCollaborator' } }, group: { bob: 'groupMember' } });
const desired = desiredState({
  group: { id: GROUP_ID, members: [{ user: 'bob@acme.com', role: 'Group Member' }] },
  orgs: [desiredOrg('payments', { members: [{ user: 'bob@acme.com', role: 'Org Collaborator' }] })],
});

describe('--replace of a membership', () => {
  it('plans nothing without it: the file and Snyk agree', () => {
    const result = buildPlan(desired, live);
    expect(result.ok && result.plan.changes).toEqual([]);
  });

  it('plans a delete and then a create of an org membership, the create waiting for the delete', () => {
    const address = 'org[payments].member[bob@acme.com]';
    const result = buildPlan(desired, live, { replace: [address] });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.plan.changes.map((c) => [c.action, c.address.text, c.dependsOn.map(String)])).toEqual([
      ['delete', address, []],
      ['create', address, [address]],
    ]);
    expect(result.plan.changes[1]?.target).toMatchObject({
      orgId: 'org-payments',
      userId: people.bob.id,
      roleId: ROLES.orgCollaborator.id,
    });
  });

  it('does the same for a group membership', () => {
    const address = 'group.member[bob@acme.com]';
    const result = buildPlan(desired, live, { replace: [address] });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.plan.changes.map((c) => `${c.action} ${c.address}`)).toEqual([
      `delete ${address}`,
      `create ${address}`,
    ]);
  });

  it('refuses an address the file does not list, with what can be replaced', () => {
    const result = buildPlan(desired, live, { replace: ['group.member[bob@acme.co]'] });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]?.message).toMatch(
      /^--replace group\.member\[bob@acme\.co\]: no object at this address.*Did you mean 'group\.member\[bob@acme\.com\]'.*org memberships, group memberships, webhooks/,
    );
  });
});
