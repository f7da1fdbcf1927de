// access USER: the person-scoped reads behind the access report
// (docs/access.md#one-persons-access). The person is found wherever Snyk knows them
// (live/find-person.ts), their org memberships come from the group's org_memberships of that user,
// and only what is needed to name those orgs and to find pending invitations in the orgs that list
// them is read: never every org.

import { listingsOf } from '../core/access/listing.ts';
import { namingNeeds, pendingCandidates } from '../core/access/needs.ts';
import { emailOf, type Person } from '../core/access/person.ts';
import { type AccessReads, type AccessReport, buildAccessReport } from '../core/access/report.ts';
import type { SnykClient } from '../core/port/snyk-client.ts';
import type { DesiredOrg, DesiredState } from '../core/types.ts';
import { findPerson, unknownPerson } from '../live/find-person.ts';
import { inertText } from '../util/inert-text.ts';
import { createOrgNamer } from './access-orgs.ts';

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

/** The names the config gives people: candidates of the "did you mean" of an unknown person. */
function configuredNames(desired: DesiredState): string[] {
  return [desired.group.members, desired.tenant?.members, ...desired.orgs.map((o) => o.members)]
    .flatMap((members) => members ?? [])
    .map((m) => m.user);
}

export async function readAccess(
  desired: DesiredState,
  client: SnykClient,
  ref: string,
  now: () => Date = () => new Date(),
): Promise<AccessReport> {
  const namer = createOrgNamer(client, desired);
  const listedBy = listingsOf(desired, { ref }).orgs.map((l) => l.org);
  const found = await findPerson(client, {
    groupId: desired.group.id,
    ...(desired.tenant === undefined ? {} : { tenantId: desired.tenant.id }),
    ref,
    listedOrgIds: async () => (await namer.idsOf(listedBy)).filter((id) => id !== undefined),
  });
  const person: Person = found.user === undefined ? { ref } : { ref, user: found.user };
  const listings = listingsOf(desired, person);
  const listed = listings.group !== undefined || listings.tenant !== undefined || listings.orgs.length > 0;
  if (found.user === undefined && !listed) {
    return unknownPerson(
      client,
      {
        groupId: desired.group.id,
        tenant: desired.tenant !== undefined,
        ref,
        listedOrgs: 0,
        lead: `Cannot find '${inertText(ref)}'`,
      },
      configuredNames(desired),
    );
  }

  const orgMemberships =
    found.orgMemberships ??
    (found.user === undefined
      ? []
      : await client.listGroupUserOrgMemberships(desired.group.id, found.user.id));
  const memberOrgIds = orgMemberships.map((m) => m.orgId);
  await namer.name(namingNeeds(desired, listings, memberOrgIds, namer.known()));
  const orgs = orgMemberships.map((m) => ({
    orgId: m.orgId,
    orgName: m.orgName ?? m.orgId,
    slug: namer.slugOf(m.orgId) ?? m.orgId,
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
  const ids = await namer.idsOf(candidates);
  const located = candidates.flatMap((org, i) => (ids[i] === undefined ? [] : [{ org, id: ids[i] }]));
  const pending = (await readPending(client, desired, located)).map((p) => ({
    ...p,
    entries: p.entries.filter((e) => e.email.toLowerCase() === email),
  }));
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
