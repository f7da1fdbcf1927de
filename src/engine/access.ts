// access USER: the person-scoped reads behind the access report (contract §4.6). The person is
// found through the filtered group (and tenant) membership lists, their org memberships come
// from the group's org_memberships of that user, and only what is needed to name those orgs
// and to find pending invitations in the orgs that list them is read: never every org.

import { listingsOf, type PersonListings } from '../core/access/listing.ts';
import { namingNeeds, pendingCandidates } from '../core/access/needs.ts';
import { emailOf, type Person, personQueries, pickPerson } from '../core/access/person.ts';
import { type AccessReads, type AccessReport, buildAccessReport } from '../core/access/report.ts';
import type { DesiredOrg, DesiredState, LiveUser } from '../core/types.ts';
import { GitopsError } from '../errors.ts';
import type { Membership, PersonOrgMembership, SnykClient } from '../snyk/index.ts';
import { didYouMean } from '../util/suggest.ts';

export class UnknownPersonError extends GitopsError {
  constructor(message: string) {
    super(message, { code: 'UNKNOWN_USER' });
  }
}

type Found = {
  user?: LiveUser;
  group: Membership[];
  tenant?: Membership[];
  /** Read already when the person was found through them (an id with no group membership). */
  orgMemberships?: PersonOrgMembership[];
};

/** Tries the filters of `ref` in turn until one finds the person in the group or the tenant. */
async function findPerson(client: SnykClient, desired: DesiredState, ref: string): Promise<Found> {
  const tenantId = desired.tenant?.id;
  let last: Found = { group: [], ...(tenantId === undefined ? {} : { tenant: [] }) };
  for (const query of personQueries(ref)) {
    const [group, tenant] = await Promise.all([
      client.listGroupMembershipsOf(desired.group.id, query),
      tenantId === undefined ? undefined : client.listTenantMembershipsOf(tenantId, query),
    ]);
    const user = pickPerson(
      ref,
      [...group, ...(tenant ?? [])].map((m) => m.user),
    );
    const mine = (list: Membership[]) => (user === undefined ? [] : list.filter((m) => m.userId === user.id));
    last = { group: mine(group), ...(tenant === undefined ? {} : { tenant: mine(tenant) }) };
    if (user !== undefined) return { ...last, user };
    if ('userId' in query) {
      // An org member need not hold a group membership (the API does not say they must):
      // an id can still be asked for its org memberships directly.
      const orgMemberships = await client.listGroupUserOrgMemberships(desired.group.id, query.userId);
      const byOrg = pickPerson(
        ref,
        orgMemberships.map((m) => m.user),
      );
      if (byOrg !== undefined) return { ...last, user: byOrg, orgMemberships };
    }
  }
  return last;
}

interface OrgNames {
  slugOf: Map<string, string>;
  idOf: Map<string, string>;
}

/** Names the orgs the person is in, and finds the ids of the config orgs that list them. */
async function nameOrgs(
  client: SnykClient,
  desired: DesiredState,
  listings: PersonListings,
  memberOrgIds: string[],
): Promise<OrgNames & { lookupSlug: (slug: string) => Promise<string | undefined> }> {
  const names: OrgNames = { slugOf: new Map(), idOf: new Map() };
  const add = (org: { id: string; slug: string }) => {
    names.slugOf.set(org.id, org.slug);
    if (!names.idOf.has(org.slug)) names.idOf.set(org.slug, org.id);
  };
  for (const org of desired.orgs) if (org.id !== undefined) add({ id: org.id, slug: org.slug });
  const needs = namingNeeds(desired, listings, memberOrgIds);
  if (needs.strategy === 'group-list') {
    for (const org of await client.listGroupOrgs(desired.group.id)) add(org);
    return { ...names, lookupSlug: async (slug) => names.idOf.get(slug) };
  }
  for (const org of await Promise.all(needs.ids.map((id) => client.getOrg(id)))) add(org);
  const lookupSlug = async (slug: string) => {
    const known = names.idOf.get(slug);
    if (known !== undefined) return known;
    const [org] = (await client.findGroupOrgsBySlug(desired.group.id, slug)).filter((o) => o.slug === slug);
    return org?.id;
  };
  return { ...names, lookupSlug };
}

async function readPending(
  client: SnykClient,
  desired: DesiredState,
  orgs: { org: DesiredOrg; id: string }[],
): Promise<AccessReads['pending']> {
  return Promise.all(
    orgs.map(async ({ org, id }) => {
      const entries =
        desired.users.unknown === 'invite'
          ? (await client.listOrgInvites(id)).map((i) => ({
              via: 'invite' as const,
              email: i.email,
              roleId: i.roleId,
              active: i.isActive,
            }))
          : (await client.listProvisions(id)).map((p) => ({
              via: 'provision' as const,
              email: p.email,
              roleId: p.roleId,
            }));
      return { orgId: id, slug: org.slug, entries };
    }),
  );
}

/** The candidates the error names: the group's users (one more read, on this path only) and the config's. */
async function unknownPerson(client: SnykClient, desired: DesiredState, ref: string): Promise<never> {
  const users = (await client.listGroupMemberships(desired.group.id)).map((m) => m.user);
  const configured = [desired.group.members, desired.tenant?.members, ...desired.orgs.map((o) => o.members)]
    .flatMap((members) => members ?? [])
    .map((m) => m.user);
  const candidates = [
    ...new Set(
      [...users.flatMap((u) => [u.email, u.username]), ...configured].filter((c) => c !== undefined),
    ),
  ];
  throw new UnknownPersonError(
    `'${ref}' is not a user of group ${desired.group.id}: no group${desired.tenant === undefined ? '' : ' or tenant'} membership has that email, username or id, and the config lists no such person.${didYouMean(ref, candidates)}`,
  );
}

export async function readAccess(
  desired: DesiredState,
  client: SnykClient,
  ref: string,
  now: () => Date = () => new Date(),
): Promise<AccessReport> {
  const found = await findPerson(client, desired, ref);
  const person: Person = found.user === undefined ? { ref } : { ref, user: found.user };
  const listings = listingsOf(desired, person);
  const listed = listings.group !== undefined || listings.tenant !== undefined || listings.orgs.length > 0;
  if (found.user === undefined && !listed) return unknownPerson(client, desired, ref);

  const orgMemberships =
    found.orgMemberships ??
    (found.user === undefined
      ? []
      : await client.listGroupUserOrgMemberships(desired.group.id, found.user.id));
  const memberOrgIds = orgMemberships.map((m) => m.orgId);
  const names = await nameOrgs(client, desired, listings, memberOrgIds);
  const orgs = orgMemberships.map((m) => ({
    orgId: m.orgId,
    orgName: m.orgName ?? m.orgId,
    slug: names.slugOf.get(m.orgId) ?? m.orgId,
    roleName: m.roleName,
  }));
  const email = emailOf(person);
  const candidates =
    email === undefined
      ? []
      : pendingCandidates(
          desired,
          listings,
          orgs.map((o) => ({ id: o.orgId, slug: o.slug })),
        );
  const located = await Promise.all(
    candidates.map(async (org) => ({ org, id: org.id ?? (await names.lookupSlug(org.slug)) })),
  );
  const pending = (
    await readPending(
      client,
      desired,
      located.filter((c): c is { org: DesiredOrg; id: string } => c.id !== undefined),
    )
  ).map((p) => ({ ...p, entries: p.entries.filter((e) => e.email.toLowerCase() === email) }));
  // Invitations name their role by id: the org roles are read only when there is one to name.
  const anyPending = pending.some((p) => p.entries.length > 0);
  const orgRoles = anyPending ? await client.listOrgRoles(desired.group.id) : [];
  const reads: AccessReads = {
    groupId: desired.group.id,
    person,
    group: found.group,
    ...(found.tenant === undefined ? {} : { tenant: found.tenant }),
    orgs,
    pending,
    orgRoles,
  };
  return buildAccessReport(desired, reads, now());
}
