// Service accounts of the group and of orgs (REST, GA 2023-09-07). Every answer of these
// endpoints may carry a secret (an API key, a client secret), so each request is marked
// `secretBody`: an error quotes nothing Snyk sent back (docs/safety.md#service-account-secrets),
// and the parsers keep the secret only where the call is meant to return it.
import type {
  IssuedServiceAccount,
  LiveServiceAccount,
  ServiceAccountInput,
  ServiceAccountScope,
} from '../core/port/service-account-shapes.ts';
import type { SnykClient } from '../core/port/snyk-client.ts';
import { collectById, sendOnly, sendParsed } from './paginate.ts';
import { readResource } from './rest-parsers.ts';
import { readDataObject, readNumber, readOptionalString, readString } from './shape.ts';
import type { ApiRequest, Transport } from './transport.ts';

type ServiceAccountOperations = Pick<
  SnykClient,
  | 'listServiceAccounts'
  | 'createServiceAccount'
  | 'renameServiceAccount'
  | 'deleteServiceAccount'
  | 'rotateServiceAccountSecret'
>;

const readOptionalNumber = (value: unknown, path: string) =>
  value === undefined || value === null ? undefined : readNumber(value, path);

/** An account as listed: the secret attributes are never read into it. */
export function parseServiceAccount(value: unknown, path: string): LiveServiceAccount {
  const { id, attr } = readResource(value, path);
  const jwksUrl = attr(readOptionalString, 'jwks_url');
  const ttl = attr(readOptionalNumber, 'access_token_ttl_seconds');
  return {
    id,
    name: attr(readString, 'name'),
    roleId: attr(readString, 'role_id'),
    auth: attr(readString, 'auth_type'),
    ...(jwksUrl === undefined ? {} : { jwksUrl }),
    ...(ttl === undefined ? {} : { accessTokenTtlSeconds: ttl }),
  };
}

/** A create's or rotation's answer: the account and the one secret it carries, if any. */
function parseIssued(body: unknown): IssuedServiceAccount {
  const data = readDataObject(body);
  const account = parseServiceAccount(data, 'data');
  const attrs = data.attributes as Record<string, unknown>;
  const secret = ['api_key', 'client_secret', 'access_token']
    .map((key) => readOptionalString(attrs[key], `data.attributes.${key}`))
    .find((value) => value !== undefined && value !== '');
  const clientId = readOptionalString(attrs.client_id, 'data.attributes.client_id');
  return {
    account,
    ...(secret === undefined ? {} : { secret }),
    ...(clientId === undefined ? {} : { clientId }),
  };
}

/** The endpoints of each level, written out (the emulator's routes are checked against them). */
const TEMPLATES = {
  group: {
    list: '/groups/{group_id}/service_accounts',
    one: '/groups/{group_id}/service_accounts/{serviceaccount_id}',
    secrets: '/groups/{group_id}/service_accounts/{serviceaccount_id}/secrets',
  },
  org: {
    list: '/orgs/{org_id}/service_accounts',
    one: '/orgs/{org_id}/service_accounts/{serviceaccount_id}',
    secrets: '/orgs/{org_id}/service_accounts/{serviceaccount_id}/secrets',
  },
} as const;

function request(
  method: ApiRequest['method'],
  scope: ServiceAccountScope,
  endpoint: keyof (typeof TEMPLATES)['group'],
  accountId?: string,
  body?: unknown,
): ApiRequest {
  const params: Record<string, string> = { [`${scope.level}_id`]: scope.id };
  if (accountId !== undefined) params.serviceaccount_id = accountId;
  return {
    method,
    api: 'rest',
    template: TEMPLATES[scope.level][endpoint],
    params,
    ...(body === undefined ? {} : { body }),
    secretBody: true,
  };
}

function createBody(input: ServiceAccountInput) {
  return {
    data: {
      type: 'service_account',
      attributes: {
        name: input.name,
        role_id: input.roleId,
        auth_type: input.auth,
        ...(input.jwksUrl === undefined ? {} : { jwks_url: input.jwksUrl }),
        ...(input.accessTokenTtlSeconds === undefined
          ? {}
          : { access_token_ttl_seconds: input.accessTokenTtlSeconds }),
      },
    },
  };
}

export function createServiceAccountOperations(t: Transport): ServiceAccountOperations {
  return {
    listServiceAccounts: (scope) => collectById(t, request('GET', scope, 'list'), parseServiceAccount),
    createServiceAccount: (scope, input) =>
      sendParsed(t, request('POST', scope, 'list', undefined, createBody(input)), parseIssued),
    renameServiceAccount: (scope, accountId, name) =>
      sendOnly(
        t,
        request('PATCH', scope, 'one', accountId, {
          data: { id: accountId, type: 'service_account', attributes: { name } },
        }),
      ),
    deleteServiceAccount: (scope, accountId) => sendOnly(t, request('DELETE', scope, 'one', accountId)),
    rotateServiceAccountSecret: (scope, accountId) =>
      sendParsed(
        t,
        request('POST', scope, 'secrets', accountId, {
          data: { type: 'service_account', attributes: { mode: 'replace' } },
        }),
        parseIssued,
      ),
  };
}
