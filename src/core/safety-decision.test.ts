// The one refusal decision (docs/safety.md#safety-rails-one-decision-for-plan-and-apply): what a
// plan lists is what apply refuses, on exactly the plan's changes, with the rails it lifted;
// replacements checked between their delete and create; person-targeted plans free of the
// mass-delete rail only.
import { describe, expect, it } from 'vitest';
import { desiredMembers, desiredState, liveMembers, people } from './builders.test-helpers.ts';
import { narrowDesired } from './narrow-desired.ts';
import { personDesired, personTarget } from './person-scope.ts';
import { plan } from './planning.test-helpers.ts';
import { checkSafety } from './safety.ts';
import { parseTargets } from './target-address.ts';
import { buildTargetedPlan } from './targeted-plan.ts';
import type { DesiredState, LiveMembership, LiveState, Plan } from './types.ts';

const NO_LIMIT = { limits: { maxDeletePercent: 0 } };
const PRUNE_TENANT = { prune: { ...desiredState().prune, tenantMembers: true } };

function targeted(desired: DesiredState, live: LiveState, texts: string[]): Plan {
  const parsed = parseTargets(texts);
  if (!parsed.ok) throw new Error(parsed.message);
  const result = buildTargetedPlan(desired, narrowDesired(desired, parsed.targets), live, parsed.targets);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.plan;
}

function personPlan(desired: DesiredState, live: LiveState, who: keyof typeof people): Plan {
  const user = people[who];
  const target = personTarget(`user[${user.email}]`, user);
  const result = buildTargetedPlan(desired, personDesired(desired, user), live, [target]);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.plan;
}

const lines = (refusals: { rail: string; addresses: string[] }[]) =>
  refusals.map((r) => `${r.rail}: ${r.addresses.join(', ')}`);

describe('the rails a plan lifts', () => {
  const live = liveMembers({ orgs: { payments: { bob: 'orgAdmin', carol: 'orgCollaborator' } } });
  const desired = desiredMembers({ orgs: { payments: {} } }, NO_LIMIT);

  it('lists every refusal when nothing is lifted, as apply without flags refuses', () => {
    const p = plan(desired, live);
    expect(lines(p.refusals ?? [])).toEqual([
      'mass-delete: org[payments].member[bob@acme.com], org[payments].member[carol@acme.com]',
      'lockout: org[payments].member[bob@acme.com]',
    ]);
    expect(checkSafety(p, live)).toEqual(p.refusals);
  });

  it('records what plan --allow-lockout lifted, lists no refusal of it, and apply --plan honours it', () => {
    const p = plan(desired, live, { lift: { allowLockout: true } });
    expect(p.lifted).toEqual(['lockout']);
    expect(lines(p.refusals ?? [])).toEqual([
      'mass-delete: org[payments].member[bob@acme.com], org[payments].member[carol@acme.com]',
    ]);
    // Apply of the saved plan without flags: the recorded lift holds, the other rail does not.
    expect(checkSafety(p, live)).toEqual(p.refusals);
    expect(checkSafety(p, live, { allowMassDelete: true })).toEqual([]);
  });

  it('records nothing when nothing was lifted', () => {
    expect(plan(desired, live, { lift: { allowMassDelete: false } }).lifted).toBeUndefined();
  });
});

describe('refusals of a --target plan', () => {
  const live = liveMembers({
    orgs: {
      payments: { bob: 'orgAdmin', carol: 'orgCollaborator', dave: 'orgCollaborator' },
      billing: { bob: 'orgAdmin' },
    },
  });
  const desired = desiredMembers({ orgs: { payments: { bob: 'Org Admin' }, billing: {} } }, NO_LIMIT);

  it('are computed on the targeted changes only, and name only their addresses', () => {
    const p = targeted(desired, live, ['org[payments].member[carol@acme.com]']);
    expect(p.changes.map((c) => c.address.text)).toEqual(['org[payments].member[carol@acme.com]']);
    // One delete of three, above a limit of 0%: refused, naming carol alone; billing's lock-out is not this plan's.
    expect(lines(p.refusals ?? [])).toEqual(['mass-delete: org[payments].member[carol@acme.com]']);
    expect(checkSafety(p, live)).toEqual(p.refusals);
  });
});

describe('a person-targeted plan', () => {
  const live = liveMembers({
    orgs: {
      payments: { bob: 'orgAdmin', carol: 'orgAdmin', dave: 'orgCollaborator' },
      billing: { bob: 'orgAdmin', dave: 'orgCollaborator' },
    },
  });

  it('removing a leader who leaves another admin behind is not refused, whatever the mass-delete limit', () => {
    const desired = desiredMembers({ orgs: { payments: { carol: 'Org Admin' } } }, NO_LIMIT);
    const p = personPlan(desired, live, 'bob');
    expect(p.changes.map((c) => `${c.action} ${c.address}`)).toEqual([
      'delete org[payments].member[bob@acme.com]',
    ]);
    expect(p.refusals).toEqual([]);
    expect(checkSafety(p, live)).toEqual([]);
  });

  it('is still subject to the lock-out rail where the person is the last admin', () => {
    const desired = desiredMembers(
      {
        orgs: {
          payments: { carol: 'Org Admin', dave: 'Org Collaborator' },
          billing: { dave: 'Org Collaborator' },
        },
      },
      NO_LIMIT,
    );
    const p = personPlan(desired, live, 'bob');
    expect(lines(p.refusals ?? [])).toEqual(['lockout: org[billing].member[bob@acme.com]']);
    expect(p.refusals?.[0]?.message).toBe(
      'Refusing to leave org[billing] without any Org Admin: org[billing].member[bob@acme.com]. Re-run with --allow-lockout if this is intended.',
    );
    expect(checkSafety(p, live)).toEqual(p.refusals);
    expect(checkSafety(p, live, { allowLockout: true })).toEqual([]);
  });
});

describe('a replacement, checked between its delete and its create', () => {
  it("is refused when it deletes the token's own Group Admin membership first", () => {
    const live = liveMembers({ group: { alice: 'groupAdmin', bob: 'groupAdmin' } });
    const desired = desiredMembers({ group: { alice: 'Group Admin', bob: 'Group Admin' } });
    const p = plan(desired, live, { replace: ['group.member[alice@acme.com]'] });
    expect(p.refusals?.map((r) => r.message)).toEqual([
      "--replace deletes group.member[alice@acme.com] before creating it again: Refusing to remove the token's own user (group.member[alice@acme.com]) from Group Admin: the token would lose control of the group. Re-run with --allow-lockout if this is intended.",
    ]);
    expect(checkSafety(p, live, { allowLockout: true })).toEqual([]);
  });

  it("is refused when it deletes an org's last admin first, and not when another admin stays", () => {
    const alone = liveMembers({ orgs: { payments: { bob: 'orgAdmin' } } });
    const address = 'org[payments].member[bob@acme.com]';
    const p = plan(desiredMembers({ orgs: { payments: { bob: 'Org Admin' } } }), alone, {
      replace: [address],
    });
    expect(lines(p.refusals ?? [])).toEqual([`lockout: ${address}`]);
    expect(p.refusals?.[0]?.message).toMatch(
      /^--replace deletes org\[payments\]\.member\[bob@acme\.com\] before/,
    );

    const two = liveMembers({ orgs: { payments: { bob: 'orgAdmin', carol: 'orgAdmin' } } });
    const kept = desiredMembers({ orgs: { payments: { bob: 'Org Admin', carol: 'Org Admin' } } });
    expect(plan(kept, two, { replace: [address] }).refusals).toEqual([]);
  });
});

describe('a replacement, with what runs while it waits', () => {
  it('counts the changes that do not wait for its create: they may run first, concurrently', () => {
    const live = liveMembers({ orgs: { payments: { bob: 'orgAdmin', carol: 'orgAdmin' } } });
    const address = 'org[payments].member[bob@acme.com]';
    const p = plan(desiredMembers({ orgs: { payments: { bob: 'Org Admin' } } }), live, {
      replace: [address],
    });
    // The plan lists the create before carol's delete; apply starts carol's delete at once.
    expect(p.changes.map((c) => `${c.action} ${c.address}`)).toEqual([
      `delete ${address}`,
      `create ${address}`,
      'delete org[payments].member[carol@acme.com]',
    ]);
    expect(p.refusals?.map((r) => r.message)).toEqual([
      `--replace deletes ${address} before creating it again: Refusing to leave org[payments] without any Org Admin: ${address}, org[payments].member[carol@acme.com]. Re-run with --allow-lockout if this is intended.`,
    ]);
  });
});

describe('admin-level roles', () => {
  const securityAdmin = { id: 'role-security-admin', name: 'Security Admin' };
  const withCustom = (members: LiveMembership[]) => {
    const live = liveMembers({ orgs: { payments: {} } });
    live.roles.org.push(securityAdmin);
    live.orgs[0]!.members = members;
    return live;
  };
  const m = (who: keyof typeof people, roleId: string) => ({
    id: `m-${who}`,
    userId: people[who].id,
    roleId,
    roleName: roleId,
  });

  it('a custom admin role keeps the org administered when the built-in Org Admin leaves', () => {
    const live = withCustom([m('bob', 'role-org-admin'), m('carol', securityAdmin.id)]);
    const p = plan(desiredMembers({ orgs: { payments: { carol: 'Security Admin' } } }), live);
    expect(p.changes.map((c) => c.address.text)).toEqual(['org[payments].member[bob@acme.com]']);
    expect(p.refusals?.filter((r) => r.rail === 'lockout')).toEqual([]);
  });

  it("removing the custom admin role's last holder is refused", () => {
    const live = withCustom([m('carol', securityAdmin.id), m('dave', 'role-org-collaborator')]);
    const p = plan(desiredMembers({ orgs: { payments: { dave: 'Org Collaborator' } } }), live);
    expect(lines(p.refusals?.filter((r) => r.rail === 'lockout') ?? [])).toEqual([
      'lockout: org[payments].member[carol@acme.com]',
    ]);
  });

  describe('in the tenant', () => {
    const admin = {
      id: 'role-tenant-admin',
      name: 'Tenant Admin',
      permissions: ['t.read', 't.edit', 't.members.edit'],
    };
    const owner = {
      id: 'role-tenant-owner',
      name: 'Tenant Owner',
      permissions: ['t.read', 't.edit', 't.members.edit', 'x'],
    };
    const fakeAdmin = { id: 'role-fake-admin', name: 'Admin Helpers', permissions: ['t.read'] };
    const tenantLive = (second: string) => {
      const live = liveMembers({ tenant: { alice: 'tenantAdmin' } });
      live.roles.tenant = [admin, owner, fakeAdmin];
      live.tenant!.members!.push(m('bob', second));
      return live;
    };

    it('protects the last Tenant Admin, counting a custom role by its permissions, not its name', () => {
      const desired = desiredMembers({ tenant: { bob: 'Admin Helpers' } }, PRUNE_TENANT);
      const p = plan(desired, tenantLive(fakeAdmin.id));
      expect(p.refusals?.map((r) => r.message)).toContain(
        'Refusing to leave the tenant without any Tenant Admin: tenant.member[alice@acme.com]. Re-run with --allow-lockout if this is intended.',
      );
      const kept = plan(
        desiredMembers({ tenant: { bob: 'Tenant Owner' } }, PRUNE_TENANT),
        tenantLive(owner.id),
      );
      expect(kept.changes.map((c) => `${c.action} ${c.address}`)).toEqual([
        'delete tenant.member[alice@acme.com]',
      ]);
      expect(kept.refusals?.filter((r) => r.rail === 'lockout')).toEqual([]);
    });
  });
});
