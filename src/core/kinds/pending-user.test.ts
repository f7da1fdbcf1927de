import { describe, expect, it } from 'vitest';
import { Address } from '../addresses.ts';
import { desiredOrg, desiredState, liveOrg, liveState, type membership } from '../builders.test-helpers.ts';
import { everyone, ROLES } from '../fixtures.test-helpers.ts';
import { issuesOf, plan } from '../planning.test-helpers.ts';

const payments = (members: ReturnType<typeof membership>[], extra = {}) =>
  liveOrg('payments', { members, ...extra });

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
        address: Address.of('org[payments].pending[new@acme.com]'),
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
        address: Address.of('org[payments].pending[old@acme.com]'),
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
    expect(
      p.changes.map((c) => [
        c.address.text,
        c.dependsOn.map((a) => a.text),
        'orgSlug' in c.target && c.target.orgSlug,
      ]),
    ).toEqual([
      ['org[mobile]', [], 'mobile'],
      ['org[mobile].pending[new@acme.com]', ['org[mobile]'], 'mobile'],
    ]);
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
