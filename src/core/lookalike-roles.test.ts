// Issue 18, finding 5: a custom role whose name differs from a built-in one only in case must
// neither take over the built-in role's name in the file nor hide an admin's removal from the
// lock-out rail (which compares role ids).
import { describe, expect, it } from 'vitest';
import { desiredOrg, desiredState, liveOrg, liveState, membership } from './builders.test-helpers.ts';
import { everyone, people, ROLES } from './fixtures.test-helpers.ts';
import { buildPlan } from './plan.ts';
import { createResolver } from './resolve.ts';
import { checkSafety } from './safety.ts';

const LOOKALIKE = { id: 'role-custom-org-admin', name: 'ORG ADMIN' };

describe('role names that differ only in case', () => {
  const live = liveState(
    {
      roles: {
        org: [LOOKALIKE, ROLES.orgAdmin, ROLES.orgCollaborator],
        group: [ROLES.groupAdmin],
        tenant: [],
      },
      orgs: [liveOrg('payments', { members: [membership(people.alice, ROLES.orgAdmin)] })],
    },
    everyone,
  );

  it('resolve by exact name first, even when the lookalike is listed before the built-in role', () => {
    const resolver = createResolver(live, []);
    expect(resolver.findRole('org', 'Org Admin')).toEqual({ ok: true, role: ROLES.orgAdmin });
    expect(resolver.findRole('org', 'ORG ADMIN')).toEqual({ ok: true, role: LOOKALIKE });
  });

  it('are an error listing the candidates when only a case-insensitive match exists', () => {
    const found = createResolver(live, []).findRole('org', 'org admin');
    expect(found.ok).toBe(false);
    expect(!found.ok && found.message).toBe(
      "The org role 'org admin' is ambiguous: 'ORG ADMIN' (role-custom-org-admin), 'Org Admin' (role-org-admin). Write the role's id instead.",
    );
  });

  it('still resolve case-insensitively when only one role matches', () => {
    expect(createResolver(live, []).findRole('org', 'org collaborator')).toEqual({
      ok: true,
      role: ROLES.orgCollaborator,
    });
  });

  it('do not keep the last-admin rail quiet: moving the only admin to the lookalike is refused', () => {
    const result = buildPlan(
      desiredState({ orgs: [desiredOrg('payments', { members: [{ user: 'alice', role: LOOKALIKE.id }] })] }),
      live,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.plan.changes.map((c) => c.address.text)).toEqual(['org[payments].member[alice@acme.com]']);
    const refusals = checkSafety(result.plan, live, {});
    expect(refusals.map((r) => r.message)).toEqual([
      'Refusing to leave org[payments] without any Org Admin: org[payments].member[alice@acme.com]. Re-run with --allow-lockout if this is intended.',
    ]);
    expect(checkSafety(result.plan, live, { allowLockout: true })).toEqual([]);
  });
});
