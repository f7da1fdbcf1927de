// What `access` must read after it has the person's org memberships: the slugs of their orgs
// (addresses and config orgs are by slug; Snyk's answer names orgs by id and display name),
// and the orgs where the config lists the person without a live membership, whose pending
// invitations or provisions are read.
import { designation, designationsOf } from '../org-match.ts';
import type { DesiredOrg, DesiredState } from '../types.ts';
import type { PersonListings } from './listing.ts';

/**
 * Naming orgs one `GET /orgs/{id}` (or slug look-up) at a time costs one request each; the
 * group's org list costs one per 100 orgs of the group, which is unknown beforehand. A few
 * per-org reads beat the list in any group of 300 orgs or more; past this many, the list is
 * the better bet, and its cost is bounded by the group's size rather than the person's.
 */
export const PER_ORG_LOOKUPS_MAX = 3;

/** Finds the config org a live org is (pinned by id, else by slug). */
export function configOrgIndex(
  desired: DesiredState,
): (live: { id: string; slug?: string }) => DesiredOrg | undefined {
  const index = new Map<string, DesiredOrg>();
  for (const org of desired.orgs) {
    const key = designation(org);
    if (!index.has(key)) index.set(key, org);
  }
  return (live) => {
    if (live.slug === undefined) return index.get(`id:${live.id}`);
    const [byId, bySlug] = designationsOf({ id: live.id, slug: live.slug });
    return index.get(byId) ?? index.get(bySlug);
  };
}

export interface NamingNeeds {
  /** Org ids the person is a member of whose slug only Snyk can tell. */
  ids: string[];
  /** Config orgs listing the person whose id only Snyk can tell (if the person is not a member). */
  slugs: string[];
  strategy: 'per-org' | 'group-list';
}

export function namingNeeds(
  desired: DesiredState,
  listings: PersonListings,
  memberOrgIds: readonly string[],
  known: { ids: ReadonlySet<string>; slugs: ReadonlySet<string> } = { ids: new Set(), slugs: new Set() },
): NamingNeeds {
  const find = configOrgIndex(desired);
  const ids = [...new Set(memberOrgIds)].filter((id) => find({ id }) === undefined && !known.ids.has(id));
  const slugs = pendingReadable(desired)
    ? listings.orgs
        .filter(({ org }) => org.id === undefined && !known.slugs.has(org.slug))
        .map(({ org }) => org.slug)
    : [];
  return { ids, slugs, strategy: lookupStrategy(ids.length + slugs.length) };
}

/** How to learn `count` org names or ids: one look-up each, or the group's org list. */
export function lookupStrategy(count: number): NamingNeeds['strategy'] {
  return count <= PER_ORG_LOOKUPS_MAX ? 'per-org' : 'group-list';
}

/** Pending invitations (or provisions) are read as the plan reads them: per `users.unknown`. */
export function pendingReadable(desired: DesiredState): boolean {
  return desired.users.unknown !== 'error';
}

/**
 * The config orgs that list the person while the person is a member of none of them: the only
 * places an invitation or provision of theirs can matter (and the plan would send one).
 */
export function pendingCandidates(
  desired: DesiredState,
  listings: PersonListings,
  memberOrgs: readonly { id: string; slug: string }[],
): DesiredOrg[] {
  if (!pendingReadable(desired)) return [];
  const find = configOrgIndex(desired);
  const withMembership = new Set(memberOrgs.map((o) => find(o)).filter((o) => o !== undefined));
  return listings.orgs.map(({ org }) => org).filter((org) => !withMembership.has(org));
}
