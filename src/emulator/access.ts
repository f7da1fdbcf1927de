// Who may see what. The rule is deliberately simple (Snyk's real permission model has roles
// with dozens of permissions): a token's user can see a group when it has a group membership
// there or an org membership in one of the group's orgs; it can see an org when it can see the
// org's group; it can see a tenant when it has a tenant membership or can see one of the
// tenant's groups. Roles are not checked: any visible object may be read and changed.
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
