import { describe, expect, it } from 'vitest';
import { Address } from '../addresses.ts';
import { desiredMembers, liveMembers } from '../builders.test-helpers.ts';
import { DEFAULT_PRUNE as PRUNE } from '../desired-parts.ts';
import { TENANT_ID } from '../fixtures.test-helpers.ts';
import { plan } from '../planning.test-helpers.ts';

describe('tenant memberships', () => {
  const live = liveMembers({ tenant: { alice: 'tenantAdmin', mallory: 'tenantViewer' } });

  it('changes a role, and warns that a missing member cannot be created', () => {
    const p = plan(
      desiredMembers({
        tenant: { alice: 'Tenant Viewer', bob: 'Tenant Admin' },
      }),
      live,
    );
    expect(p.changes).toEqual([
      expect.objectContaining({
        action: 'update',
        kind: 'tenant_membership',
        address: Address.of('tenant.member[alice@acme.com]'),
        target: {
          tenantId: TENANT_ID,
          membershipId: 'm-user-alice-role-tenant-admin',
          userId: 'user-alice',
          roleId: 'role-tenant-viewer',
        },
      }),
    ]);
    expect(p.warnings.map((w) => [w.code, w.address?.text])).toEqual([
      ['TENANT_MEMBER_NOT_CREATABLE', 'tenant.member[bob@acme.com]'],
    ]);
  });

  it('removes unlisted tenant members only with prune.tenantMembers', () => {
    const desired = desiredMembers({ tenant: { alice: 'Tenant Admin' } });
    expect(plan(desired, live).changes).toEqual([]);
    const p = plan({ ...desired, prune: { ...PRUNE, tenantMembers: true } }, live);
    expect(p.changes).toEqual([
      expect.objectContaining({
        action: 'delete',
        address: Address.of('tenant.member[mallory@acme.com]'),
        target: {
          tenantId: TENANT_ID,
          membershipId: 'm-user-mallory-role-tenant-viewer',
          userId: 'user-mallory',
        },
      }),
    ]);
  });
});
