// The access report of one person (docs/access.md): every live membership in the group, its
// tenant and its orgs, each marked managed or not by the config, with the config's `expires`;
// the pending invitations or provisions where the config lists the person; and what the
// config lists that Snyk does not have yet. Pure: the reads come in, the report goes out.
import picomatch from 'picomatch';
import {
  type Address,
  groupMemberAddress,
  labelUser,
  labelUserRef,
  orgMemberAddress,
  tenantMemberAddress,
} from '../addresses.ts';
import { pendingUserAddress } from '../kinds/pending-targets.ts';
import { designation } from '../org-match.ts';
import type { DesiredState, Role } from '../types.ts';
import { expiryInstant, type Listing, listingsOf } from './listing.ts';
import { configOrgIndex } from './needs.ts';
import { emailOf, type Person } from './person.ts';

export type AccessScope = 'group' | 'org' | 'tenant';

export interface AccessMembership {
  scope: AccessScope;
  address: Address;
  role: string;
  managed: boolean;
  expires?: string;
  expired?: boolean;
  /** The next apply deletes it: unlisted where the config prunes, or its entry expired. */
  removedByApply?: boolean;
  /** The org's display name in Snyk. */
  orgName?: string;
}

export interface AccessPending {
  scope: 'org';
  address: Address;
  via: 'invite' | 'provision';
  role: string;
  managed: boolean;
  expires?: string;
  expired?: boolean;
  /** Invitations only: Snyk says whether it can still be accepted. */
  active?: boolean;
}

/** An entry of the config for the person that Snyk has neither as a membership nor pending. */
export interface AccessUnapplied {
  scope: AccessScope;
  address: Address;
  role: string;
  expires?: string;
  expired?: boolean;
}

export interface AccessReport {
  groupId: string;
  user: { id: string | null; email: string | null; username: string | null };
  /** The person matches `users.ignore`: the config never changes their access. */
  ignored: boolean;
  memberships: AccessMembership[];
  pending: AccessPending[];
  unapplied: AccessUnapplied[];
  /** What a reader should know about where the person was found (e.g. no group membership). */
  notes: string[];
}

/** The note on a person who is an org member without a group membership. */
export const ORG_ONLY_NOTE =
  'No group membership: an org member only (found through their org memberships, not the group members list).';

/** What was read about the person (engine/access.ts), in the core's own terms. */
export interface AccessReads {
  groupId: string;
  person: Person;
  group: { roleName: string }[];
  /** Absent when the config has no `tenant:` (then it was not read). */
  tenant?: { roleName: string }[];
  orgs: { orgId: string; orgName: string; slug: string; roleName: string }[];
  pending: {
    orgId: string;
    slug: string;
    entries: { via: 'invite' | 'provision'; email: string; roleId: string; active?: boolean }[];
  }[];
  orgRoles: Role[];
}

function expiry(listing: Listing | undefined, now: number): Pick<AccessMembership, 'expires' | 'expired'> {
  if (listing?.expires === undefined) return {};
  const at = expiryInstant(listing.expires);
  return at !== undefined && now >= at
    ? { expires: listing.expires, expired: true }
    : { expires: listing.expires };
}

function isIgnored(desired: DesiredState, person: Person): boolean {
  if (desired.users.ignore.length === 0) return false;
  const match = picomatch([...desired.users.ignore], { nocase: true, dot: true });
  const u = person.user;
  return [person.ref, u?.email, u?.username].some((v) => v !== undefined && match(v));
}

type Entry = Omit<AccessMembership, 'managed' | 'removedByApply'>;

/** A live membership, judged against the config entry (if any) of its scope. */
function judge(
  entry: Entry,
  listing: Listing | undefined,
  scope: { managesMembers: boolean; prunes: boolean; ignored: boolean; now: number },
): AccessMembership {
  const managed = listing !== undefined && !scope.ignored;
  const out: AccessMembership = { ...entry, managed, ...(managed ? expiry(listing, scope.now) : {}) };
  const removed = managed ? out.expired === true : scope.managesMembers && scope.prunes && !scope.ignored;
  if (removed) out.removedByApply = true;
  return out;
}

interface Context {
  desired: DesiredState;
  reads: AccessReads;
  listings: ReturnType<typeof listingsOf>;
  label: string;
  ignored: boolean;
  now: number;
  /** Designations of the config orgs that list the person and where Snyk has something of theirs. */
  covered: Set<string>;
  unapplied: AccessUnapplied[];
}

function groupAndTenant(ctx: Context, scope: 'group' | 'tenant'): AccessMembership[] {
  const { desired, reads, listings } = ctx;
  const group = scope === 'group';
  if (!group && desired.tenant === undefined) return [];
  const roles = (group ? reads.group : reads.tenant) ?? [];
  const listing = group ? listings.group : listings.tenant;
  const address = group ? groupMemberAddress(ctx.label) : tenantMemberAddress(ctx.label);
  const policy = {
    ignored: ctx.ignored,
    now: ctx.now,
    managesMembers: (group ? desired.group.members : desired.tenant?.members) !== undefined,
    prunes: group ? desired.prune.groupMembers : desired.prune.tenantMembers,
  };
  if (listing !== undefined && roles.length === 0)
    ctx.unapplied.push({ scope, address, role: listing.role, ...expiry(listing, ctx.now) });
  return roles.map(({ roleName }) => judge({ scope, address, role: roleName }, listing, policy));
}

function orgMemberships(ctx: Context, findConfigOrg: ReturnType<typeof configOrgIndex>): AccessMembership[] {
  const listingOf = new Map(ctx.listings.orgs.map((l) => [designation(l.org), l]));
  return [...ctx.reads.orgs]
    .sort((a, b) => a.slug.localeCompare(b.slug))
    .map((m) => {
      const org = findConfigOrg({ id: m.orgId, slug: m.slug });
      const key = org === undefined ? undefined : designation(org);
      if (key !== undefined) ctx.covered.add(key);
      const policy = {
        ignored: ctx.ignored,
        now: ctx.now,
        managesMembers: org?.members !== undefined,
        prunes: ctx.desired.prune.orgMembers,
      };
      const address = orgMemberAddress(org?.slug ?? m.slug, ctx.label);
      const entry = { scope: 'org' as const, address, role: m.roleName, orgName: m.orgName };
      return judge(entry, key === undefined ? undefined : listingOf.get(key), policy);
    });
}

function pendingEntries(ctx: Context, findConfigOrg: ReturnType<typeof configOrgIndex>): AccessPending[] {
  const email = emailOf(ctx.reads.person);
  if (email === undefined) return [];
  const listingOf = new Map(ctx.listings.orgs.map((l) => [designation(l.org), l]));
  const roleName = (id: string) => ctx.reads.orgRoles.find((r) => r.id === id)?.name ?? id;
  const pending: AccessPending[] = [];
  for (const read of [...ctx.reads.pending].sort((a, b) => a.slug.localeCompare(b.slug))) {
    const org = findConfigOrg({ id: read.orgId, slug: read.slug });
    const listing = org === undefined ? undefined : listingOf.get(designation(org));
    for (const entry of read.entries) {
      if (entry.email.toLowerCase() !== email) continue;
      if (org !== undefined) ctx.covered.add(designation(org));
      pending.push({
        scope: 'org',
        address: pendingUserAddress(org?.slug ?? read.slug, email),
        via: entry.via,
        role: roleName(entry.roleId),
        managed: listing !== undefined && !ctx.ignored,
        ...(listing === undefined ? {} : expiry(listing, ctx.now)),
        ...(entry.active === undefined ? {} : { active: entry.active }),
      });
    }
  }
  return pending;
}

export function buildAccessReport(desired: DesiredState, reads: AccessReads, now: Date): AccessReport {
  const { person } = reads;
  const ctx: Context = {
    desired,
    reads,
    listings: listingsOf(desired, person),
    label: person.user !== undefined ? labelUser(person.user) : labelUserRef(person.ref),
    ignored: isIgnored(desired, person),
    now: now.getTime(),
    covered: new Set(),
    unapplied: [],
  };
  const findConfigOrg = configOrgIndex(desired);
  const memberships = [
    ...groupAndTenant(ctx, 'group'),
    ...groupAndTenant(ctx, 'tenant'),
    ...orgMemberships(ctx, findConfigOrg),
  ];
  const pending = pendingEntries(ctx, findConfigOrg);
  for (const listing of ctx.listings.orgs) {
    if (ctx.covered.has(designation(listing.org))) continue;
    const address = orgMemberAddress(listing.org.slug, ctx.label);
    ctx.unapplied.push({ scope: 'org', address, role: listing.role, ...expiry(listing, ctx.now) });
  }
  const email = emailOf(person);
  return {
    groupId: reads.groupId,
    user: {
      id: person.user?.id ?? null,
      email: person.user?.email ?? email ?? null,
      username: person.user?.username ?? null,
    },
    ignored: ctx.ignored,
    memberships,
    pending,
    unapplied: ctx.unapplied.sort((a, b) => a.address.text.localeCompare(b.address.text)),
    notes:
      person.user !== undefined && reads.group.length === 0 && reads.orgs.length > 0 ? [ORG_ONLY_NOTE] : [],
  };
}
