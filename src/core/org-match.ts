// Which live org an org of the file designates: the one pinned by `id`, else the one with its
// slug (the first, should Snyk ever list two). The one rule, used by the reader, the planner,
// the rails and drift.
import type { DesiredOrg, LiveOrg } from './types.ts';

/** The key a file org is found by. */
export function designation(desired: Pick<DesiredOrg, 'id' | 'slug'>): string {
  return desired.id !== undefined ? `id:${desired.id}` : `slug:${desired.slug}`;
}

/** The keys a live org can be found by. */
export function designationsOf(org: Pick<LiveOrg, 'id' | 'slug'>): [string, string] {
  return [`id:${org.id}`, `slug:${org.slug}`];
}

export type OrgMatcher<O> = (desired: Pick<DesiredOrg, 'id' | 'slug'>) => O | undefined;

/** An index of live orgs: a file of thousands of orgs must not compare each with every other. */
export function matchOrgs<O extends Pick<LiveOrg, 'id' | 'slug'>>(orgs: readonly O[]): OrgMatcher<O> {
  const index = new Map<string, O>();
  for (const org of orgs) {
    for (const key of designationsOf(org)) if (!index.has(key)) index.set(key, org);
  }
  return (desired) => index.get(designation(desired));
}

/** The live org `desired` designates (one look-up; use matchOrgs for many). */
export function matchOrg<O extends Pick<LiveOrg, 'id' | 'slug'>>(
  desired: Pick<DesiredOrg, 'id' | 'slug'>,
  orgs: readonly O[],
): O | undefined {
  return matchOrgs(orgs)(desired);
}
