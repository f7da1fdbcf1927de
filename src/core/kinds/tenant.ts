// The tenant: its name is the one managed attribute (REST PATCH).
import jsonpatch from 'fast-json-patch';
import { TENANT_ADDRESS } from '../addresses.ts';
import { emptyResult, type KindModule } from './kind.ts';

export const tenantKind: KindModule = {
  kind: 'tenant',
  phase: { update: 10 },
  plan(ctx) {
    const result = emptyResult();
    const desired = ctx.desired.tenant;
    if (desired === undefined) return result;
    const live = ctx.live.tenant;
    if (live === undefined || live.id !== desired.id) {
      result.issues.push({
        code: 'TENANT_NOT_FOUND',
        message: `The tenant ${desired.id} was not found${live === undefined ? '' : ` (the group belongs to tenant ${live.id})`}.`,
        address: TENANT_ADDRESS,
        path: ['tenant', 'id'],
      });
      return result;
    }
    if (desired.name !== undefined && desired.name !== live.name) {
      const before = { name: live.name };
      const after = { name: desired.name };
      result.changes.push({
        action: 'update',
        kind: 'tenant',
        address: TENANT_ADDRESS,
        before,
        after,
        patch: jsonpatch.compare(before, after),
        dependsOn: [],
        target: { tenantId: live.id, name: desired.name },
      });
    }
    return result;
  },
};
