// Who may see what. The rule is deliberately simple (Snyk's real permission model has roles
// with dozens of permissions): a token's user can see a group when it has a group membership
// there or an org membership in one of the group's orgs; it can see an org when it can see the
// org's group; it can see a tenant when it has a tenant membership or can see one of the
// tenant's groups. Roles are not checked, with one exception: a token whose user is only a
// Group Viewer may read (but not invitations or provisions) and change nothing.
import type { EmuGroup, EmulatorState, EmuOrg, EmuTenant } from './state-types.ts';

export function canSeeGroup(group: EmuGroup, userId: string): boolean {
  return (
    group.members.some((m) => m.userId === userId) ||
    group.orgs.some((o) => o.members.some((m) => m.userId === userId))
  );
}

export function canSeeTenant(state: EmulatorState, tenant: EmuTenant, userId: string): boolean {
  return (
    tenant.members.some((m) => m.userId === userId) ||
    state.groups.some((g) => g.tenantId === tenant.id && canSeeGroup(g, userId))
  );
}

export interface OrgLocation {
  group: EmuGroup;
  org: EmuOrg;
}

export function findOrg(state: EmulatorState, orgId: string): OrgLocation | undefined {
  for (const group of state.groups) {
    const org = group.orgs.find((o) => o.id === orgId);
    if (org !== undefined) return { group, org };
  }
  return undefined;
}

export function findGroup(state: EmulatorState, groupId: string): EmuGroup | undefined {
  return state.groups.find((g) => g.id === groupId);
}

export function findTenant(state: EmulatorState, tenantId: string): EmuTenant | undefined {
  return state.tenants.find((t) => t.id === tenantId);
}

/** Reads that need more than viewing: who was invited or provisioned (admin data). */
const ADMIN_READS = [/^\/rest\/orgs\/[^/]+\/invites$/, /^\/v1\/org\/[^/]+\/provision$/];

/**
 * A token whose user holds only Group Viewer memberships (a read-only service account, as for
 * pull-request plans) and no org membership. Unlike the visibility rule above, this one role
 * is checked, so that a client can be tested with a token that may read but not change.
 */
export function isGroupViewerOnly(state: EmulatorState, userId: string): boolean {
  let memberships = 0;
  for (const group of state.groups) {
    if (group.orgs.some((o) => o.members.some((m) => m.userId === userId))) return false;
    for (const m of group.members.filter((member) => member.userId === userId)) {
      memberships++;
      if (group.groupRoles.find((r) => r.id === m.roleId)?.name !== 'Group Viewer') return false;
    }
  }
  return memberships > 0;
}

/** Why a Group Viewer's token is refused this request (403), or undefined when it may make it. */
export function viewerDenial(state: EmulatorState, userId: string, method: string, path: string) {
  if (!isGroupViewerOnly(state, userId)) return undefined;
  if (method !== 'GET') return 'The Group Viewer role may not change anything';
  if (ADMIN_READS.some((pattern) => pattern.test(path)))
    return 'The Group Viewer role may not view pending invitations or provisioned users';
  return undefined;
}
