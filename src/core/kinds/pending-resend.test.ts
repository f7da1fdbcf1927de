import { describe, expect, it } from 'vitest';
import { Address } from '../addresses.ts';
import { desiredOrg, desiredState, liveMembers, ROLES } from '../builders.test-helpers.ts';
import { plan as planAt } from '../planning.test-helpers.ts';
import { applyChangesToLive } from '../simulate.ts';
import type { DesiredState, LiveState, PendingUser } from '../types.ts';

const NOW = new Date('2026-12-05T12:00:00Z');

const plan = (desired: DesiredState, live: LiveState) => planAt(desired, live, { now: () => NOW });

const invite = (email: string, id: string, active = true): PendingUser => ({
  via: 'invite',
  email,
  roleId: ROLES.orgCollaborator.id,
  id,
  ...(active ? {} : { active: false }),
});

const members = liveMembers({ orgs: { payments: { alice: 'orgAdmin' } } });

const liveWith = (pending: PendingUser[]) => ({
  ...members,
  orgs: members.orgs.map((org) => ({ ...org, pending })),
});

const desiredWith = (members: { user: string; role: string; expires?: string }[], prune = true) =>
  desiredState({
    users: { unknown: 'invite', ignore: [] },
    prune: { ...desiredState().prune, orgMembers: prune },
    orgs: [desiredOrg('payments', { members: [{ user: 'alice', role: 'Org Admin' }, ...members] })],
  });

describe('invitations that are no longer active', () => {
  it('are sent again for a person the file still lists: one update, noted', () => {
    const live = liveWith([invite('new@acme.com', 'inv-1', false)]);
    const p = plan(desiredWith([{ user: 'new@acme.com', role: 'Org Collaborator' }]), live);
    expect(p.changes).toEqual([
      {
        action: 'update',
        kind: 'pending_user',
        address: Address.of('org[payments].pending[new@acme.com]'),
        before: { role: 'Org Collaborator', via: 'invite', active: false },
        after: { role: 'Org Collaborator', via: 'invite', active: true },
        patch: [{ op: 'replace', path: '/active', value: true }],
        dependsOn: [],
        target: {
          orgId: 'org-payments',
          email: 'new@acme.com',
          roleId: ROLES.orgCollaborator.id,
          via: 'invite',
          inviteId: 'inv-1',
        },
        note: 'invitation expired',
      },
    ]);
    // Once re-sent, the next plan has nothing to do: sent exactly once.
    const after = applyChangesToLive(live, p);
    expect(plan(desiredWith([{ user: 'new@acme.com', role: 'Org Collaborator' }]), after).changes).toEqual(
      [],
    );
  });

  it('are left alone beside an active invitation for the same person (never two active)', () => {
    const live = liveWith([invite('new@acme.com', 'inv-1', false), invite('new@acme.com', 'inv-2')]);
    expect(plan(desiredWith([{ user: 'new@acme.com', role: 'Org Collaborator' }]), live).changes).toEqual([]);
  });

  it('are deleted for a person no longer listed when prune.orgMembers is on, kept when off', () => {
    const live = liveWith([invite('gone@acme.com', 'inv-1', false), invite('gone@acme.com', 'inv-2')]);
    expect(plan(desiredWith([]), live).changes.map((c) => [c.action, c.address.text])).toEqual([
      ['delete', 'org[payments].pending[gone@acme.com#inv-2]'],
      ['delete', 'org[payments].pending[gone@acme.com]'],
    ]);
    expect(plan(desiredWith([], false), live).changes).toEqual([]);
  });

  it('are deleted, with prune off too, when the entry has expired; an expired entry is never invited', () => {
    const live = liveWith([invite('temp@acme.com', 'inv-1')]);
    const p = plan(
      desiredWith([{ user: 'temp@acme.com', role: 'Org Collaborator', expires: '2026-12-01' }], false),
      live,
    );
    expect(p.changes.map((c) => [c.action, c.address.text, c.expiredAt])).toEqual([
      ['delete', 'org[payments].pending[temp@acme.com]', '2026-12-02T00:00:00.000Z'],
    ]);
    const none = plan(
      desiredWith([{ user: 'temp@acme.com', role: 'Org Collaborator', expires: '2026-12-01' }]),
      liveWith([]),
    );
    expect(none.changes).toEqual([]);
  });
});
