// How the kinds that live inside an org (settings, memberships, pending users) name their org
// and wait for its creation.
import type { Address } from '../addresses.ts';
import type { OrgBinding, PlanContext } from './kind.ts';
import type { OrgRef } from './targets.ts';

/** How a change names its org for apply: by id when live, by slug when created in this plan. */
export function orgTarget(binding: OrgBinding): OrgRef {
  return binding.live !== undefined ? { orgId: binding.live.id } : { orgSlug: binding.slug };
}

export function orgDependencies(binding: OrgBinding): Address[] {
  return binding.createdBy === undefined ? [] : [binding.createdBy];
}

/** Orgs whose changes can be planned: live, or created by this plan. */
export function plannableOrgs(ctx: PlanContext): OrgBinding[] {
  return ctx.orgs.filter((binding) => binding.live !== undefined || binding.createdBy !== undefined);
}

/** The live org a change names (by id, or by the slug of an org the plan creates). */
export function findOrgOf<O extends { id: string; slug: string }>(orgs: O[], ref: OrgRef): O | undefined {
  return 'orgId' in ref ? orgs.find((o) => o.id === ref.orgId) : orgs.find((o) => o.slug === ref.orgSlug);
}
