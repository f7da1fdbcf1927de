// Scope narrowing for partial plans (docs/partial-plans.md#partial-plans---target): the desired
// state limited to the scopes the targets name, so that the reader, which asks each kind for the
// reads of its part of the file, reads only those and what they depend on.
import type { Target } from './target-address.ts';
import type { DesiredState } from './types.ts';

export interface NarrowedDesired {
  desired: DesiredState;
  /** Index in the full file of each narrowed org, so messages point at the right place. */
  orgIndex: number[];
}

/**
 * The desired state limited to what the targets select: the orgs a target names (in full: an
 * org's parts are read together), the group section when a target is in the group, the tenant
 * when one is in the tenant. Org deletion (`prune.orgs`) stays only when an org is targeted.
 */
export function narrowDesired(desired: DesiredState, targets: readonly Target[]): NarrowedDesired {
  const orgTargets = targets.filter((t) => t.kind === 'org');
  const orgIndex: number[] = [];
  const orgs = desired.orgs.filter((org, index) => {
    const kept = orgTargets.some((t) => t.selectsOrg(org.slug));
    if (kept) orgIndex.push(index);
    return kept;
  });
  const narrowed: DesiredState = {
    ...desired,
    group: targets.some((t) => t.kind === 'group') ? desired.group : { id: desired.group.id },
    orgs,
    prune: { ...desired.prune, orgs: desired.prune.orgs && orgTargets.length > 0 },
  };
  if (desired.tenant === undefined || !targets.some((t) => t.kind === 'tenant')) delete narrowed.tenant;
  return { desired: narrowed, orgIndex };
}
