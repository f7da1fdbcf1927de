// The one implementation of the three REST membership endpoint sets (org, group, tenant):
// `/{scope}s/{id}/memberships[/{membership_id}]`, alike but for the scope's name, its role type
// and whether the endpoint is beta (tenants).
//
// A create is success whatever its 2xx body holds (the org-membership 201 carries the resource
// at the top level, not under `data`: REALITY.md §1); a 409 means the user already has a
// membership, possibly with another role (REALITY.md §2): it is found by user id and its role
// PATCHed once when it differs, as snyk-labs/terraform-provider-snyk-identity does.

import type { Membership } from '../core/port/snyk-shapes.ts';
import { SnykApiError } from './api-error.ts';
import { collectById } from './paginate.ts';
import { parseMembership } from './rest-parsers.ts';
import type { ApiRequest, Transport } from './transport.ts';

export interface MembershipScope {
  kind: 'org' | 'group' | 'tenant';
  /** `/orgs/{org_id}/memberships` */
  collection: string;
  /** `org_id` */
  param: string;
  beta: boolean;
}

const scope = (kind: MembershipScope['kind'], beta = false): MembershipScope => ({
  kind,
  collection: `/${kind}s/{${kind}_id}/memberships`,
  param: `${kind}_id`,
  beta,
});
export const ORG_MEMBERSHIPS = scope('org');
export const GROUP_MEMBERSHIPS = scope('group');
export const TENANT_MEMBERSHIPS = scope('tenant', true);

export interface MembershipEndpoints {
  list(scopeId: string, filter?: { email?: string; userId?: string }): Promise<Membership[]>;
  /** The membership when Snyk said it; undefined when its body lacked it or a role was PATCHed. */
  create(scopeId: string, userId: string, roleId: string): Promise<Membership | undefined>;
  update(scopeId: string, membershipId: string, roleId: string): Promise<void>;
  delete(scopeId: string, membershipId: string, query?: ApiRequest['query']): Promise<void>;
}

export function membershipEndpoints(t: Transport, s: MembershipScope): MembershipEndpoints {
  const one = `${s.collection}/{membership_id}`;
  const request = (method: ApiRequest['method'], scopeId: string, membershipId?: string): ApiRequest => ({
    method,
    api: 'rest',
    template: membershipId === undefined ? s.collection : one,
    params: { [s.param]: scopeId, ...(membershipId !== undefined && { membership_id: membershipId }) },
    ...(s.beta && { beta: true }),
  });
  const list: MembershipEndpoints['list'] = (scopeId, filter) =>
    collectById(
      t,
      { ...request('GET', scopeId), query: { email: filter?.email, user_id: filter?.userId } },
      parseMembership,
    );
  const update: MembershipEndpoints['update'] = async (scopeId, membershipId, roleId) => {
    await t.send({ ...request('PATCH', scopeId, membershipId), body: roleUpdate(s, membershipId, roleId) });
  };
  return {
    list,
    update,
    async create(scopeId, userId, roleId) {
      try {
        const response = await t.send({
          ...request('POST', scopeId),
          body: createBody(s, scopeId, userId, roleId),
        });
        return readCreated(response.body);
      } catch (error) {
        if (!(error instanceof SnykApiError) || error.code !== 'SNYK_CONFLICT') throw error;
        const existing = (await list(scopeId, { userId })).filter((m) => m.userId === userId);
        if (existing.length !== 1 || existing[0] === undefined) throw error;
        if (existing[0].roleId === roleId) return existing[0];
        await update(scopeId, existing[0].id, roleId);
        return undefined;
      }
    },
    async delete(scopeId, membershipId, query) {
      await t.send({ ...request('DELETE', scopeId, membershipId), ...(query !== undefined && { query }) });
    },
  };
}

/** The created membership, wherever the body holds it; nothing is required of a 2xx body. */
function readCreated(body: unknown): Membership | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const record = body as Record<string, unknown>;
  const resource = record.data !== undefined ? record.data : record;
  try {
    return parseMembership(resource, record.data !== undefined ? 'data' : 'body');
  } catch {
    return undefined;
  }
}

function createBody(s: MembershipScope, scopeId: string, userId: string, roleId: string) {
  return {
    data: {
      type: `${s.kind}_membership`,
      relationships: {
        [s.kind]: { data: { id: scopeId, type: s.kind } },
        role: { data: { id: roleId, type: `${s.kind}_role` } },
        user: { data: { id: userId, type: 'user' } },
      },
    },
  };
}

function roleUpdate(s: MembershipScope, membershipId: string, roleId: string) {
  return {
    data: {
      id: membershipId,
      type: `${s.kind}_membership`,
      attributes: {},
      relationships: { role: { data: { id: roleId, type: `${s.kind}_role` } } },
    },
  };
}
