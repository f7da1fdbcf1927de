// `GET /groups/{group_id}/org_memberships?user_id=…` (REST GA 2024-08-25): one user's org
// memberships across the group, each naming its org. The person-scoped read behind
// `--target 'user[…]'`: one collection instead of one membership list per org.
import { collectRest } from './paginate.ts';
import { parseMembership } from './rest-parsers.ts';
import { readObject, readOptionalString, readString } from './shape.ts';
import type { Transport } from './transport.ts';
import type { SnykClient, UserOrgMembership } from './types.ts';

function parseUserOrgMembership(value: unknown, path: string): UserOrgMembership {
  const membership = parseMembership(value, path);
  const relationships = readObject(readObject(value, path).relationships, `${path}.relationships`);
  const org = readObject(
    readObject(relationships.org, `${path}.relationships.org`).data,
    `${path}.relationships.org.data`,
  );
  const attrs =
    org.attributes === undefined
      ? {}
      : readObject(org.attributes, `${path}.relationships.org.data.attributes`);
  const name = readOptionalString(attrs.name, `${path}.relationships.org.data.attributes.name`);
  return {
    ...membership,
    orgId: readString(org.id, `${path}.relationships.org.data.id`),
    ...(name !== undefined ? { orgName: name } : {}),
  };
}

export function createGroupUserOperations(t: Transport): Pick<SnykClient, 'listGroupUserOrgMemberships'> {
  return {
    listGroupUserOrgMemberships: (groupId, userId) =>
      collectRest(
        t,
        {
          method: 'GET',
          api: 'rest',
          template: '/groups/{group_id}/org_memberships',
          params: { group_id: groupId },
          query: { user_id: userId },
        },
        parseUserOrgMembership,
      ),
  };
}
