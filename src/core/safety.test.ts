import { describe, expect, it } from 'vitest';
import {
  desiredMembers,
  desiredOrg,
  desiredState,
  liveMembers,
  liveOrg,
  liveState,
} from './builders.test-helpers.ts';
import { DEFAULT_PRUNE as PRUNE } from './desired-parts.ts';
import { plan } from './planning.test-helpers.ts';
import { checkSafety } from './safety.ts';

describe('mass-delete rail', () => {
  const live = liveMembers({
    orgs: {
      payments: { alice: 'orgAdmin', bob: 'orgAdmin', carol: 'orgCollaborator', dave: 'orgCollaborator' },
    },
  });
  const keep = (...users: string[]) =>
    desiredMembers(
      {
        orgs: {
          payments: Object.fromEntries(
            users.map((user) => [
              user,
              user === 'alice' || user === 'bob' ? 'Org Admin' : 'Org Collaborator',
            ]),
          ),
        },
      },
      { limits: { maxDeletePercent: 25 } },
    );

  it('allows deleting up to limits.maxDeletePercent of a kind', () => {
    const p = plan(keep('alice', 'bob', 'carol'), live);
    expect(checkSafety(p, live, {})).toEqual([]);
  });

  it('refuses deleting more than limits.maxDeletePercent, naming the objects and the flag', () => {
    const p = plan(keep('alice', 'bob'), live);
    expect(checkSafety(p, live, {})).toEqual([
      {
        rail: 'mass-delete',
        override: '--allow-mass-delete',
        message:
          'Refusing to delete 2 of 4 org memberships (50%, above limits.maxDeletePercent 25%): org[payments].member[carol@acme.com], org[payments].member[dave@acme.com]. Re-run with --allow-mass-delete if this is intended.',
        addresses: ['org[payments].member[carol@acme.com]', 'org[payments].member[dave@acme.com]'],
      },
    ]);
    expect(checkSafety(p, live, { allowMassDelete: true })).toEqual([]);
  });

  it('counts orgs against every org of the group', () => {
    const orgs = liveState({ orgs: [liveOrg('a'), liveOrg('b'), liveOrg('c')] });
    const p = plan(
      desiredState({
        orgs: [desiredOrg('a')],
        prune: { ...PRUNE, orgs: true },
        limits: { maxDeletePercent: 50 },
      }),
      orgs,
    );
    expect(checkSafety(p, orgs, {}).map((r) => [r.rail, r.addresses])).toEqual([
      ['mass-delete', ['org[b]', 'org[c]']],
    ]);
  });
});

describe('lock-out rail', () => {
  const live = liveMembers({
    group: { alice: 'groupAdmin', bob: 'groupAdmin' },
    orgs: { payments: { bob: 'orgAdmin', carol: 'orgCollaborator' } },
  });

  it("refuses removing the token's own user from Group Admin", () => {
    const p = plan(desiredMembers({ group: { bob: 'Group Admin' } }), live);
    expect(checkSafety(p, live, {})).toEqual([
      {
        rail: 'lockout',
        override: '--allow-lockout',
        message:
          "Refusing to remove the token's own user (group.member[alice@acme.com]) from Group Admin: the token would lose control of the group. Re-run with --allow-lockout if this is intended.",
        addresses: ['group.member[alice@acme.com]'],
      },
    ]);
    expect(checkSafety(p, live, { allowLockout: true })).toEqual([]);
  });

  it("refuses demoting the token's own user", () => {
    const p = plan(
      desiredMembers({
        group: { alice: 'Group Member', bob: 'Group Admin' },
      }),
      live,
    );
    expect(checkSafety(p, live, {}).map((r) => r.message)).toEqual([
      expect.stringContaining("Refusing to demote the token's own user (group.member[alice@acme.com])"),
    ]);
  });

  it('refuses leaving an org without an Org Admin, and allows it when another admin is added', () => {
    const demote = plan(
      desiredMembers({
        orgs: {
          payments: { bob: 'Org Collaborator', carol: 'Org Collaborator' },
        },
      }),
      live,
    );
    expect(checkSafety(demote, live, {})).toEqual([
      {
        rail: 'lockout',
        override: '--allow-lockout',
        message:
          'Refusing to leave org[payments] without any Org Admin: org[payments].member[bob@acme.com]. Re-run with --allow-lockout if this is intended.',
        addresses: ['org[payments].member[bob@acme.com]'],
      },
    ]);
    expect(checkSafety(demote, live, { allowLockout: true })).toEqual([]);
    const swap = plan(desiredMembers({ orgs: { payments: { carol: 'Org Admin' } } }), live);
    expect(checkSafety(swap, live, {})).toEqual([]);
  });

  it('refuses leaving the group without any Group Admin', () => {
    const self = { ...live, self: { id: 'user-carol', type: 'user' } };
    const p = plan(desiredMembers({ group: {} }), self);
    expect(checkSafety(p, self, { allowMassDelete: true }).map((r) => r.message)).toEqual([
      'Refusing to leave the group without any Group Admin: group.member[alice@acme.com], group.member[bob@acme.com]. Re-run with --allow-lockout if this is intended.',
    ]);
  });
});
