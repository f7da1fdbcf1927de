import { describe, expect, it } from 'vitest';
import { Address } from '../addresses.ts';
import { desiredState, liveState } from '../builders.test-helpers.ts';
import { buildPlan } from '../plan.ts';
import { plan } from '../planning.test-helpers.ts';

describe('tenant', () => {
  it('renames the tenant by one update', () => {
    const p = plan(
      desiredState({ tenant: { id: 'tenant-1', name: 'Acme Corp' } }),
      liveState({ tenant: { id: 'tenant-1', name: 'Acme' } }),
    );
    expect(p.changes).toEqual([
      expect.objectContaining({
        action: 'update',
        kind: 'tenant',
        address: Address.of('tenant'),
        before: { name: 'Acme' },
        after: { name: 'Acme Corp' },
        target: { tenantId: 'tenant-1', name: 'Acme Corp' },
      }),
    ]);
  });

  it('is an issue when the tenant was not found', () => {
    const result = buildPlan(desiredState({ tenant: { id: 'tenant-1' } }), liveState());
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(['TENANT_NOT_FOUND']);
  });
});
