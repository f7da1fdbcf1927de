// Memberships whose role Snyk answered by id alone (roleName ''): compared by the role id, so
// an unchanged member is no change, and the plan names the role from the role catalogue.
import { describe, expect, it } from 'vitest';
import { desiredMembers, liveMembers } from '../builders.test-helpers.ts';
import { plan } from '../planning.test-helpers.ts';

const unnamed = () => {
  const live = liveMembers({ orgs: { payments: { bob: 'orgCollaborator', mallory: 'orgAdmin' } } });
  for (const m of live.orgs[0]!.members ?? []) m.roleName = '';
  return live;
};

describe('memberships whose role has no name', () => {
  it('plans nothing for members whose role id matches', () => {
    const p = plan(
      desiredMembers({ orgs: { payments: { bob: 'org collaborator', mallory: 'org admin' } } }),
      unnamed(),
    );
    expect(p.changes).toEqual([]);
  });

  it("names the live role from the catalogue in an update's before", () => {
    const p = plan(
      desiredMembers({ orgs: { payments: { bob: 'org admin', mallory: 'org admin' } } }),
      unnamed(),
    );
    expect(p.changes.map((c) => [c.address.text, c.before, c.after])).toEqual([
      ['org[payments].member[bob@acme.com]', { role: 'Org Collaborator' }, { role: 'Org Admin' }],
    ]);
  });
});
