// Finds one person wherever Snyk knows them, for `access USER` and `--target 'user[…]'`
// (docs/access.md#one-persons-access). In order, stopping at the first scope that knows them:
//   1. the group's (and the tenant's) memberships, filtered by id, email or username;
//   2. for a user id, the group's `org_memberships?user_id=` (an org member need not hold a
//      group membership);
//   3. otherwise the memberships of the orgs the file lists them in, one filtered read each.
// An org member without a group membership is thus found whenever the file lists them in an
// org or they are named by id; what was searched is said when no scope knows them.
import { personQueries, pickPerson } from '../core/access/person.ts';
import type { SnykClient } from '../core/port/snyk-client.ts';
import type { Membership, PersonOrgMembership } from '../core/port/snyk-shapes.ts';
import type { LiveUser } from '../core/types.ts';
import { GitopsError } from '../errors.ts';
import { didYouMean } from '../util/suggest.ts';

export interface FoundPerson {
  user?: LiveUser;
  /** Their group memberships (none when they are only an org member). */
  group: Membership[];
  /** Their tenant memberships, when a tenant was searched. */
  tenant?: Membership[];
  /** Their org memberships across the group, when finding them read these already. */
  orgMemberships?: PersonOrgMembership[];
}

export interface PersonSearch {
  groupId: string;
  tenantId?: string;
  ref: string;
  /** The ids of the orgs the file lists the person in: asked only when step 1 finds no one. */
  listedOrgIds: () => Promise<string[]>;
}

/** Steps 1-3 above; a result without `user` means no scope knows the person. */
export async function findPerson(client: SnykClient, search: PersonSearch): Promise<FoundPerson> {
  const { groupId, tenantId, ref } = search;
  const queries = personQueries(ref);
  const found: FoundPerson = { group: [], ...(tenantId === undefined ? {} : { tenant: [] }) };
  for (const query of queries) {
    const [group, tenant] = await Promise.all([
      client.listGroupMembershipsOf(groupId, query),
      tenantId === undefined ? undefined : client.listTenantMembershipsOf(tenantId, query),
    ]);
    const user = pickPerson(
      ref,
      [...group, ...(tenant ?? [])].map((m) => m.user),
    );
    if (user === undefined) continue;
    const mine = (list: Membership[]) => list.filter((m) => m.userId === user.id);
    return { user, group: mine(group), ...(tenant === undefined ? {} : { tenant: mine(tenant) }) };
  }
  const byId = queries.find((q) => 'userId' in q);
  if (byId !== undefined) {
    const orgMemberships = await client.listGroupUserOrgMemberships(groupId, byId.userId);
    const user = pickPerson(
      ref,
      orgMemberships.map((m) => m.user),
    );
    return user === undefined ? found : { ...found, user, orgMemberships };
  }
  const query = queries[0];
  if (query === undefined) return found;
  const ids = await search.listedOrgIds();
  const lists = await Promise.all(ids.map((id) => client.listOrgMembershipsOf(id, query)));
  const user = pickPerson(
    ref,
    lists.flat().map((m) => m.user),
  );
  return user === undefined ? found : { ...found, user };
}

export class UnknownPersonError extends GitopsError {
  constructor(message: string) {
    super(message, { code: 'UNKNOWN_USER' });
  }
}

/**
 * The error for a person no scope knows, saying where they were looked for, with the closest
 * of the group's users (one more read, on this path only) and of `configured` names.
 */
export async function unknownPerson(
  client: SnykClient,
  search: { groupId: string; tenant: boolean; ref: string; listedOrgs: number; lead: string },
  configured: readonly string[] = [],
): Promise<never> {
  const users = (await client.listGroupMemberships(search.groupId)).map((m) => m.user);
  const candidates = [
    ...new Set(
      [...users.flatMap((u) => [u.email, u.username]), ...configured].filter((c) => c !== undefined),
    ),
  ];
  const scopes = search.tenant ? 'no group or tenant membership' : 'no group membership';
  const orgs =
    search.listedOrgs === 0
      ? ''
      : `, nor a membership in the ${search.listedOrgs === 1 ? 'org' : `${search.listedOrgs} orgs`} the config lists them in`;
  throw new UnknownPersonError(
    `${search.lead}: ${scopes} in group ${search.groupId} has that email, username or id${orgs}.${didYouMean(search.ref, candidates)} Someone who is only an org member (no group membership) is found by user id, or through an org the config lists them in.`,
  );
}
