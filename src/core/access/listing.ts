// Where the config lists one person: the group, the tenant and each org (after defaults.org is
// merged in), with the role and the `expires` an entry may carry
// (docs/configuration.md#access-that-ends-delegated-team-files-invitations).
import { designation } from '../org-match.ts';
import type { DesiredOrg, DesiredState, MemberSpec } from '../types.ts';
import { entryRefersTo, type Person } from './person.ts';

/** A member entry of the config for the person. */
export interface Listing {
  role: string;
  /** As the config writes it: a date (its end, UTC) or a timestamp. */
  expires?: string;
}

export interface OrgListing extends Listing {
  org: DesiredOrg;
}

export interface PersonListings {
  group?: Listing;
  tenant?: Listing;
  /** Orgs whose `members` list the person. */
  orgs: OrgListing[];
  /** Designations (org-match.ts) of the orgs whose members the config manages. */
  membersManaged: Set<string>;
}

/**
 * `expires` is added to member entries by §4.3; read it when present so this works with and
 * without it in the schema. YAML may have turned a bare date into a Date.
 */
export function expiresOf(spec: MemberSpec): string | undefined {
  const value = (spec as { expires?: unknown }).expires;
  if (typeof value === 'string' && value !== '') return value;
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  return undefined;
}

/** The instant an entry stops being desired: a date means its end in UTC. */
export function expiryInstant(expires: string): number | undefined {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(expires);
  if (date) return Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]) + 1);
  const instant = Date.parse(expires);
  return Number.isNaN(instant) ? undefined : instant;
}

function listingIn(members: readonly MemberSpec[] | undefined, person: Person): Listing | undefined {
  const spec = members?.find((m) => entryRefersTo(m.user, person));
  if (spec === undefined) return undefined;
  const expires = expiresOf(spec);
  return expires === undefined ? { role: spec.role } : { role: spec.role, expires };
}

export function listingsOf(desired: DesiredState, person: Person): PersonListings {
  const result: PersonListings = { orgs: [], membersManaged: new Set() };
  const group = listingIn(desired.group.members, person);
  if (group !== undefined) result.group = group;
  const tenant = listingIn(desired.tenant?.members, person);
  if (tenant !== undefined) result.tenant = tenant;
  for (const org of desired.orgs) {
    if (org.members === undefined) continue;
    result.membersManaged.add(designation(org));
    const listing = listingIn(org.members, person);
    if (listing !== undefined) result.orgs.push({ org, ...listing });
  }
  return result;
}
