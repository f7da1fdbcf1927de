// A pure model of what applying a plan does to the live state: the property tests check that
// planning again after it gives no changes, and the lock-out rail looks at the state after.
// Ids for created objects are derived from addresses (deterministic, never real ids).
import { mergeDeep } from './json.ts';
import type { Change, LiveMembership, LiveOrg, LiveState, Plan } from './types.ts';

export function applyChangesToLive(live: LiveState, plan: Pick<Plan, 'changes'>): LiveState {
  const next = structuredClone(live);
  for (const change of plan.changes) applyChange(next, change);
  return next;
}

function findOrg(live: LiveState, change: Change): LiveOrg | undefined {
  const { orgId, orgSlug } = change.target;
  return live.orgs.find((org) => (orgId !== undefined ? org.id === orgId : org.slug === orgSlug));
}

function roleOf(change: Change): string {
  const after = change.after;
  return after !== null &&
    typeof after === 'object' &&
    !Array.isArray(after) &&
    typeof after.role === 'string'
    ? after.role
    : (change.target.roleId ?? '');
}

function applyMembership(list: LiveMembership[], change: Change): LiveMembership[] {
  const { membershipId, userId, roleId } = change.target;
  switch (change.action) {
    case 'create':
      return [
        ...list,
        { id: `sim:${change.address}`, userId: userId!, roleId: roleId!, roleName: roleOf(change) },
      ];
    case 'update':
      return list.map((m) =>
        m.id === membershipId ? { ...m, roleId: roleId!, roleName: roleOf(change) } : m,
      );
    case 'delete':
      return list.filter((m) => m.id !== membershipId);
  }
}

function applyChange(live: LiveState, change: Change): void {
  const org = findOrg(live, change);
  switch (change.kind) {
    case 'org':
      if (change.action === 'create') {
        const slug = (change.after as { slug: string }).slug;
        live.orgs.push({
          id: `sim:${change.address}`,
          name: change.target.name!,
          slug,
          settings: {},
          members: [],
          pending: [],
        });
      } else if (change.action === 'update' && org !== undefined) org.name = change.target.name!;
      else if (change.action === 'delete') live.orgs = live.orgs.filter((o) => o !== org);
      return;
    case 'org_settings':
      if (org !== undefined) org.settings = mergeDeep(org.settings ?? {}, change.after);
      return;
    case 'org_membership':
      if (org !== undefined) org.members = applyMembership(org.members ?? [], change);
      return;
    case 'pending_user':
      if (org === undefined) return;
      if (change.action === 'create') {
        const via = change.target.via === 'invite' ? 'invite' : 'provision';
        org.pending = [
          ...(org.pending ?? []),
          { via, email: change.target.email!, roleId: change.target.roleId! },
        ];
      } else if (change.action === 'delete') {
        org.pending = (org.pending ?? []).filter((p) => p.email.toLowerCase() !== change.target.email);
      }
      return;
    case 'group_settings':
      live.group.settings = mergeDeep(live.group.settings ?? {}, change.after);
      return;
    case 'group_membership':
      live.group.members = applyMembership(live.group.members ?? [], change);
      return;
    case 'group_tag':
      if (change.action === 'delete') {
        const { key, value } = change.target;
        live.group.tags = (live.group.tags ?? []).filter((t) => t.key !== key || t.value !== value);
      }
      return;
    case 'tenant':
      if (live.tenant !== undefined && change.action === 'update') live.tenant.name = change.target.name!;
      return;
    case 'tenant_membership':
      if (live.tenant !== undefined) live.tenant.members = applyMembership(live.tenant.members ?? [], change);
      return;
  }
}
