// Before the plan: what the plan would call an error is drift when it is about Snyk having
// lost something. An org of the file that Snyk no longer has (even one pinned by id) and a
// listed member whose user Snyk no longer knows are "removed in Snyk" items, taken out of the
// desired state so the plan compares the rest. Unreadable parts are masked first.
import {
  groupMemberAddress,
  labelUserRef,
  orgAddress,
  orgMemberAddress,
  tenantMemberAddress,
} from '../core/addresses.ts';
import { createResolver } from '../core/resolve.ts';
import type { DesiredState, Json, Kind, LiveState, MemberSpec } from '../core/types.ts';
import { matchOrg } from '../live/index.ts';
import { maskUnknownParts } from './mask-unknown.ts';

/** Something the file lists and Snyk lacks, found before planning. */
export interface MissingObject {
  kind: Kind;
  address: string;
  desired: Json;
}

export interface DriftComparison {
  /** What the plan compares: readable, existing parts only. */
  desired: DesiredState;
  missing: MissingObject[];
}

export function prepareDriftComparison(desired: DesiredState, live: LiveState): DriftComparison {
  const masked = maskUnknownParts(desired, live.unknown);
  const missing: MissingObject[] = [];
  masked.orgs = masked.orgs.filter((org) => {
    if (matchOrg(org, live.orgs) !== undefined) return true;
    const value: Record<string, Json> = { slug: org.slug };
    if (org.name !== undefined) value.name = org.name;
    if (org.id !== undefined) value.id = org.id;
    missing.push({ kind: 'org', address: orgAddress(org.slug), desired: value });
    return false;
  });
  // Under users.unknown invite/provision the plan handles unknown users itself (pending users).
  if (masked.users.unknown !== 'error') return { desired: masked, missing };
  const resolver = createResolver(live, masked.users.ignore);
  const keepKnown = (members: MemberSpec[], kind: Kind, address: (label: string) => string) =>
    members.filter((spec) => {
      if (resolver.findUser(spec.user) !== undefined || resolver.isIgnored({ ref: spec.user })) return true;
      missing.push({ kind, address: address(labelUserRef(spec.user)), desired: { role: spec.role } });
      return false;
    });
  if (masked.group.members !== undefined) {
    masked.group.members = keepKnown(masked.group.members, 'group_membership', groupMemberAddress);
  }
  if (masked.tenant?.members !== undefined) {
    masked.tenant.members = keepKnown(masked.tenant.members, 'tenant_membership', tenantMemberAddress);
  }
  for (const org of masked.orgs) {
    if (org.members === undefined) continue;
    org.members = keepKnown(org.members, 'org_membership', (label) => orgMemberAddress(org.slug, label));
  }
  return { desired: masked, missing };
}
