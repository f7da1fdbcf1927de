// Safety rails checked before apply (contract §2, issue 6): a plan deleting too large a share
// of any kind, or locking the token's user or an org/the group out of administration, is
// refused unless the matching flag lifts that rail.
import { groupMemberAddress, labelUser, orgAddress } from './addresses.ts';
import { applyChangesToLive } from './simulate.ts';
import type { Change, Kind, LiveMembership, LiveState, Plan } from './types.ts';

export interface Refusal {
  rail: 'mass-delete' | 'lockout';
  flag: '--allow-mass-delete' | '--allow-lockout';
  message: string;
  addresses: string[];
}

const KIND_WORDS: Record<Kind, string> = {
  org: 'orgs',
  org_settings: 'org settings',
  org_membership: 'org memberships',
  group_settings: 'group settings',
  group_membership: 'group memberships',
  group_tag: 'group tags',
  tenant: 'tenants',
  tenant_membership: 'tenant memberships',
  pending_user: 'pending users',
};

const ORG_ADMIN = 'org admin';
const GROUP_ADMIN = 'group admin';

export function checkSafety(
  plan: Plan,
  live: LiveState,
  options: { allowMassDelete?: boolean; allowLockout?: boolean },
): Refusal[] {
  return [
    ...(options.allowMassDelete === true ? [] : checkMassDelete(plan, live)),
    ...(options.allowLockout === true ? [] : checkLockout(plan, live)),
  ];
}

/** Live objects of each kind within what the file manages: the denominator of the rail. */
function countManaged(plan: Plan, live: LiveState): Partial<Record<Kind, number>> {
  const desired = plan.desired;
  const managedOrgs = live.orgs.filter((org) =>
    desired.orgs.some(
      (d) => d.members !== undefined && (d.id === undefined ? d.slug === org.slug : d.id === org.id),
    ),
  );
  return {
    org: live.orgs.length,
    org_membership: managedOrgs.reduce((sum, org) => sum + (org.members?.length ?? 0), 0),
    pending_user: managedOrgs.reduce((sum, org) => sum + (org.pending?.length ?? 0), 0),
    group_membership: live.group.members?.length ?? 0,
    group_tag: live.group.tags?.length ?? 0,
    tenant_membership: live.tenant?.members?.length ?? 0,
  };
}

function checkMassDelete(plan: Plan, live: LiveState): Refusal[] {
  const limit = plan.desired.limits.maxDeletePercent;
  const totals = countManaged(plan, live);
  const deletes = new Map<Kind, Change[]>();
  for (const change of plan.changes) {
    if (change.action === 'delete') deletes.set(change.kind, [...(deletes.get(change.kind) ?? []), change]);
  }
  const refusals: Refusal[] = [];
  for (const [kind, changes] of deletes) {
    const total = Math.max(totals[kind] ?? changes.length, changes.length);
    const percent = (changes.length / total) * 100;
    if (percent <= limit) continue;
    const addresses = changes.map((c) => c.address);
    refusals.push({
      rail: 'mass-delete',
      flag: '--allow-mass-delete',
      message: `Refusing to delete ${changes.length} of ${total} ${KIND_WORDS[kind]} (${formatPercent(percent)}, above limits.maxDeletePercent ${limit}%): ${listAddresses(addresses)}. Re-run with --allow-mass-delete if this is intended.`,
      addresses,
    });
  }
  return refusals;
}

function checkLockout(plan: Plan, live: LiveState): Refusal[] {
  const after = applyChangesToLive(live, plan);
  const refusals: Refusal[] = [];
  const selfBefore = live.group.members?.find((m) => m.userId === live.self.id);
  const selfAfter = after.group.members?.find((m) => m.userId === live.self.id);
  if (isRole(selfBefore, GROUP_ADMIN) && !isRole(selfAfter, GROUP_ADMIN)) {
    const user = live.users[live.self.id];
    const address = groupMemberAddress(user === undefined ? live.self.id : labelUser(user));
    refusals.push({
      rail: 'lockout',
      flag: '--allow-lockout',
      message: `Refusing to ${selfAfter === undefined ? 'remove' : 'demote'} the token's own user (${address}) from Group Admin: the token would lose control of the group. Re-run with --allow-lockout if this is intended.`,
      addresses: [address],
    });
  }
  if (hasRole(live.group.members, GROUP_ADMIN) && !hasRole(after.group.members, GROUP_ADMIN)) {
    refusals.push(lastAdmin('the group', 'Group Admin', plan, (c) => c.kind === 'group_membership'));
  }
  for (const org of live.orgs) {
    const orgAfter = after.orgs.find((o) => o.id === org.id);
    if (orgAfter === undefined || !hasRole(org.members, ORG_ADMIN) || hasRole(orgAfter.members, ORG_ADMIN))
      continue;
    refusals.push(
      lastAdmin(
        orgAddress(org.slug),
        'Org Admin',
        plan,
        (c) => c.kind === 'org_membership' && c.target.orgId === org.id,
      ),
    );
  }
  return refusals;
}

function lastAdmin(what: string, role: string, plan: Plan, touches: (c: Change) => boolean): Refusal {
  const addresses = plan.changes.filter((c) => touches(c) && c.action !== 'create').map((c) => c.address);
  return {
    rail: 'lockout',
    flag: '--allow-lockout',
    message: `Refusing to leave ${what} without any ${role}: ${listAddresses(addresses)}. Re-run with --allow-lockout if this is intended.`,
    addresses,
  };
}

function isRole(membership: LiveMembership | undefined, role: string): boolean {
  return membership?.roleName.toLowerCase() === role;
}

function hasRole(members: LiveMembership[] | undefined, role: string): boolean {
  return (members ?? []).some((m) => isRole(m, role));
}

function formatPercent(percent: number): string {
  return `${Math.round(percent * 10) / 10}%`;
}

function listAddresses(addresses: string[]): string {
  const shown = addresses.slice(0, 10).join(', ');
  return addresses.length > 10 ? `${shown} and ${addresses.length - 10} more` : shown;
}
