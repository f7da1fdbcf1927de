// Where a missing integration is cloned from (`integrations.<type>.from`,
// docs/configuration.md#integrations-cloned-from-another-org): the org the slug names (in the file
// or live), whether it has, or will have once this plan's earlier changes ran, an integration of
// that type, and what the clone must wait for. An org this plan creates has what its template
// gives it; an org that lacks the type but clones it itself is a source once that clone ran.
import { type Address, integrationAddress } from '../addresses.ts';
import type { LiveOrg } from '../types.ts';
import type { OrgBinding, PlanContext } from './kind.ts';
import { orgTarget } from './org-scope.ts';
import type { OrgRef } from './targets.ts';
import { liveTemplateOf } from './template-source.ts';

/** The source org of a clone, named for apply as its destination is. */
export interface CloneSource {
  org: OrgRef;
  /** The source integration's id, when the plan knows it (else listed at apply). */
  integrationId?: string;
  /** Changes that must run first: the source's creation, or its own clone of the type. */
  dependsOn: Address[];
}

export type CloneSupply =
  | { found: 'yes'; source: CloneSource }
  | { found: 'lacks' }
  /** No org of the file nor of the group has this slug. */
  | { found: 'unknown' };

const fromOf = (binding: OrgBinding, type: string): string | undefined =>
  (binding.desired.integrations as Record<string, { from?: string }> | undefined)?.[type]?.from;

/**
 * What `slug` can give a clone of `type`. An integration list that was not read (an org the
 * plan reads nothing else of, whose read was skipped) is left to apply to look up.
 */
export function cloneSupplyOf(
  ctx: PlanContext,
  slug: string,
  type: string,
  seen: ReadonlySet<string> = new Set(),
): CloneSupply {
  if (seen.has(slug)) return { found: 'lacks' };
  const binding = ctx.orgs.find((b) => b.slug === slug);
  if (binding === undefined) {
    const live = ctx.live.orgs.find((o) => o.slug === slug);
    if (live === undefined) return { found: 'unknown' };
    return fromList(live.integrations, { orgId: live.id }, type, []);
  }
  if (binding.live === undefined && binding.createdBy === undefined) return { found: 'unknown' };
  // What the org has: its own list, or, created by this plan, its template's.
  const holder = binding.live ?? liveTemplateOf(ctx.desired, ctx.live, binding.desired);
  const created = binding.createdBy === undefined ? [] : [binding.createdBy];
  if (holder !== undefined) {
    const supply = fromList(holder.integrations, orgTarget(binding), type, created);
    if (supply.found === 'yes') {
      // A template's integration reaches the new org under another id, learned at apply.
      if (binding.live === undefined) delete supply.source.integrationId;
      return supply;
    }
  }
  // It lacks the type, but clones it in this plan: a source once that clone ran.
  const next = fromOf(binding, type);
  if (next === undefined) return { found: 'lacks' };
  const chained = cloneSupplyOf(ctx, next, type, new Set([...seen, slug]));
  if (chained.found !== 'yes') return { found: 'lacks' };
  return {
    found: 'yes',
    source: { org: orgTarget(binding), dependsOn: [integrationAddress(binding.slug, type)] },
  };
}

function fromList(
  list: LiveOrg['integrations'],
  org: OrgRef,
  type: string,
  dependsOn: Address[],
): CloneSupply {
  if (list === undefined) return { found: 'yes', source: { org, dependsOn } };
  const id = list[type];
  return id === undefined
    ? { found: 'lacks' }
    : { found: 'yes', source: { org, integrationId: id, dependsOn } };
}
