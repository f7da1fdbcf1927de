// What the client takes and returns for service accounts (REST `/groups/{group_id}/service_accounts`
// and `/orgs/{org_id}/service_accounts`). A secret Snyk hands out is returned once, by the call
// that made it, and is never part of a listed account.
import type { LiveServiceAccount } from '../types.ts';

export type { LiveServiceAccount };

/** Where an account lives: the group's accounts or one org's. */
export interface ServiceAccountScope {
  level: 'group' | 'org';
  id: string;
}

/** The attributes of a create (`role_id` is a role id for group and org accounts alike). */
export interface ServiceAccountInput {
  name: string;
  roleId: string;
  auth: string;
  jwksUrl?: string;
  accessTokenTtlSeconds?: number;
}

/** A created account, or a rotated one, with the secret Snyk answered (absent for JWKS accounts). */
export interface IssuedServiceAccount {
  account: LiveServiceAccount;
  secret?: string;
  /** An OAuth account's client id: not a secret, but what its secret is used with. */
  clientId?: string;
}
