// The tenant: its name is the one managed attribute (REST PATCH).
import { TENANT } from '../addresses.ts';
import { EXPORT_PATTERNS } from '../export-draft.ts';
import { written } from './apply-support.ts';
import { type ChangeOf, defineKind, emptyResult, updateOf } from './kind.ts';
import { liveRead } from './live-read.ts';
import { Id, Text, target } from './targets.ts';

const targets = { update: target({ tenantId: Id, name: Text }) };

export const tenantKind = defineKind('tenant', targets).with({
  noun: { one: 'tenant', many: 'tenants' },
  phase: { update: 10 },
  reads: {
    group(desired) {
      const tenant = desired.tenant;
      if (tenant === undefined) return [];
      return [
        liveRead(
          TENANT,
          (client) => client.getTenant(tenant.id),
          (t, live) => {
            live.tenant = { ...live.tenant, id: t.id, name: t.name };
          },
        ),
      ];
    },
  },
  plan(ctx) {
    const result = emptyResult<ChangeOf<'tenant', typeof targets>>();
    const desired = ctx.desired.tenant;
    if (desired === undefined) return result;
    const live = ctx.live.tenant;
    if (live === undefined || live.id !== desired.id) {
      result.issues.push({
        code: 'TENANT_NOT_FOUND',
        message: `The tenant ${desired.id} was not found${live === undefined ? '' : ` (the group belongs to tenant ${live.id})`}.`,
        address: TENANT,
        path: ['tenant', 'id'],
      });
      return result;
    }
    if (desired.name !== undefined && desired.name !== live.name) {
      result.changes.push({
        action: 'update',
        kind: 'tenant',
        address: TENANT,
        ...updateOf({ name: live.name }, { name: desired.name }),
        dependsOn: [],
        target: { tenantId: live.id, name: desired.name },
      });
    }
    return result;
  },
  apply: {
    update: ({ target: t }, { client }) => written(client.updateTenant(t.tenantId, { name: t.name })),
  },
  simulate(live, change) {
    if (live.tenant !== undefined) live.tenant.name = change.target.name;
  },
  countLive: (live) => (live.tenant === undefined ? 0 : 1),
  export(live, draft) {
    if (live.tenant === undefined) return;
    draft.model.tenant = { id: live.tenant.id };
    if (EXPORT_PATTERNS.name(live.tenant.name)) draft.model.tenant.name = live.tenant.name;
  },
});
