import { describe, expect, it } from 'vitest';
import { Address } from '../core/addresses.ts';
import { DEFAULT_PRUNE as PRUNE } from '../core/desired-parts.ts';
import type { DesiredState, LiveState } from '../core/types.ts';
import { prepareDriftComparison } from './prepare.ts';

function desired(): DesiredState {
  return {
    version: 1,
    group: {
      id: 'g-1',
      members: [
        { user: 'alice@acme.com', role: 'Group Admin' },
        { user: 'Gone@acme.com', role: 'Group Member' },
      ],
    },
    orgs: [
      {
        slug: 'payments',
        name: 'Payments',
        members: [
          { user: 'gone@acme.com', role: 'Org Admin' },
          { user: 'bot@svc.acme.com', role: 'Org Admin' },
        ],
      },
      { slug: 'deleted', name: 'Deleted', id: '00000000-0000-4000-8000-000000000009', members: [] },
    ],
    users: { unknown: 'error', ignore: ['*@svc.acme.com'] },
    prune: PRUNE,
    limits: { maxDeletePercent: 25 },
    drift: { ignore: [] },
  };
}

const live: LiveState = {
  groupId: 'g-1',
  self: { id: 'u-a', type: 'user' },
  orgs: [{ id: 'o-1', name: 'Payments', slug: 'payments', members: [] }],
  group: { members: [] },
  users: { 'u-a': { id: 'u-a', email: 'alice@acme.com' } },
  roles: { org: [], group: [], tenant: [] },
  unknown: [],
};

describe('prepareDriftComparison', () => {
  it('turns an org Snyk no longer has (even pinned by id) and members Snyk does not know into removed objects', () => {
    const { desired: compared, missing } = prepareDriftComparison(desired(), live);
    expect(missing).toEqual([
      {
        kind: 'org',
        address: Address.of('org[deleted]'),
        desired: { slug: 'deleted', name: 'Deleted', id: '00000000-0000-4000-8000-000000000009' },
      },
      {
        kind: 'org_membership',
        address: Address.of('org[payments].member[gone@acme.com]'),
        desired: { role: 'Org Admin' },
      },
      {
        kind: 'group_membership',
        address: Address.of('group.member[gone@acme.com]'),
        desired: { role: 'Group Member' },
      },
    ]);
    expect(compared.orgs.map((o) => o.slug)).toEqual(['payments']);
    expect(compared.group.members).toEqual([{ user: 'alice@acme.com', role: 'Group Admin' }]);
    // Ignored users stay: the plan leaves them alone.
    expect(compared.orgs[0]?.members).toEqual([{ user: 'bot@svc.acme.com', role: 'Org Admin' }]);
  });

  it('leaves unknown users to the plan when users.unknown invites or provisions them', () => {
    const input = desired();
    input.users.unknown = 'invite';
    const { missing } = prepareDriftComparison(input, live);
    expect(missing.map((m) => m.kind)).toEqual(['org']);
  });

  it('does not look at parts that could not be read', () => {
    const { missing } = prepareDriftComparison(desired(), {
      ...live,
      unknown: [{ address: 'group.members', reason: '403' }],
    });
    expect(missing.map((m) => m.address.text)).toEqual([
      'org[deleted]',
      'org[payments].member[gone@acme.com]',
    ]);
  });
});
