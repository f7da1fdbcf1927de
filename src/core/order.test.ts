import { describe, expect, it } from 'vitest';
import { Address } from './addresses.ts';
import {
  desiredOrg,
  desiredState,
  liveOrg,
  liveState,
  memberSpecs,
  membership,
} from './builders.test-helpers.ts';
import { everyone, GROUP_ID, people, ROLES } from './fixtures.test-helpers.ts';
import { dependencyIndices, orderChanges } from './order.ts';
import { buildPlan } from './plan.ts';

describe('plan order', () => {
  it('orders changes as apply runs them: settings, org creates, renames, memberships, then deletes, orgs last', () => {
    const live = liveState(
      {
        orgs: [
          liveOrg('payments', { members: [membership(people.mallory, ROLES.orgAdmin)], pending: [] }),
          liveOrg('legacy'),
          liveOrg('golden'),
        ],
        group: {
          settings: { sessionLength: 30 },
          tags: [{ key: 'team', value: 'old' }],
          members: [
            membership(people.alice, ROLES.groupAdmin),
            membership(people.mallory, ROLES.groupMember),
          ],
        },
        tenant: { id: 'tenant-1', name: 'Acme', members: [membership(people.mallory, ROLES.tenantViewer)] },
      },
      everyone,
    );
    const desired = desiredState({
      group: {
        id: GROUP_ID,
        settings: { sessionLength: 50 },
        tags: [],
        members: memberSpecs({ alice: 'Group Admin', bob: 'Group Member' }),
      },
      tenant: { id: 'tenant-1', name: 'Acme Inc', members: [] },
      orgs: [
        desiredOrg('payments', {
          name: 'Payments Team',
          members: memberSpecs({ bob: 'Org Admin', 'new@acme.com': 'Org Admin' }),
        }),
        desiredOrg('mobile', {
          name: 'Mobile',
          template: 'golden',
          settings: { requestAccess: { enabled: true } },
        }),
        desiredOrg('golden'),
      ],
      users: { unknown: 'invite', ignore: [] },
      prune: { ...desiredState().prune, tenantMembers: true, groupTags: true, orgs: true },
    });
    const result = buildPlan(desired, live);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(
      result.plan.changes.map((c) => `${c.action} ${c.kind} ${c.address} <- [${c.dependsOn.join(' ')}]`),
    ).toMatchInlineSnapshot(`
        [
          "update group_settings group.settings <- []",
          "update tenant tenant <- []",
          "create org org[mobile] <- []",
          "update org_settings org[mobile].settings <- [org[mobile]]",
          "update org org[payments] <- []",
          "create group_membership group.member[bob@acme.com] <- []",
          "create org_membership org[payments].member[bob@acme.com] <- [group.member[bob@acme.com]]",
          "create pending_user org[payments].pending[new@acme.com] <- []",
          "delete org_membership org[payments].member[mallory@acme.com] <- []",
          "delete group_membership group.member[mallory@acme.com] <- []",
          "delete group_tag group.tag[team:old] <- []",
          "delete tenant_membership tenant.member[mallory@acme.com] <- []",
          "delete org org[legacy] <- []",
        ]
      `);
    expect(result.plan.summary).toEqual({ create: 4, update: 4, delete: 5 });
  });

  it('gives the same plan whatever order live objects were read in', () => {
    const members = [
      membership(people.bob, ROLES.orgAdmin),
      membership(people.carol, ROLES.orgAdmin),
      membership(people.dave, ROLES.orgAdmin),
    ];
    const desired = desiredState({
      orgs: [desiredOrg('a', { members: [] }), desiredOrg('b', { members: [] })],
    });
    const one = buildPlan(
      desired,
      liveState({ orgs: [liveOrg('a', { members }), liveOrg('b', { members })] }, everyone),
    );
    const two = buildPlan(
      desired,
      liveState(
        {
          orgs: [
            liveOrg('b', { members: [...members].reverse() }),
            liveOrg('a', { members: [...members].reverse() }),
          ],
        },
        [...everyone].reverse(),
      ),
    );
    expect(one).toEqual(two);
  });
});

describe('dependencies of a replaced object', () => {
  it('a change naming its own address waits for the other change of that address', () => {
    const [x, y] = [Address.of('x'), Address.of('y')];
    const changes = [
      { address: x, dependsOn: [x] },
      { address: x, dependsOn: [] },
      { address: y, dependsOn: [x] },
    ];
    expect(dependencyIndices(changes)).toEqual([[1], [], [0, 1]]);
    const ordered = orderChanges(
      changes.map((c, i) => ({
        ...c,
        kind: 'webhook',
        action: i === 1 ? 'delete' : 'create',
        before: null,
        after: null,
        patch: [],
        target: {},
      })) as never,
    );
    expect(ordered.map((c) => `${c.action} ${c.address}`)).toEqual(['delete x', 'create x', 'create y']);
  });
});
