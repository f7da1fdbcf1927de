// The plan of service accounts (docs/configuration.md#service-accounts): each listed account
// against the live ones of its group or org. Identity is the name, or the pinned `id`: a new
// name is a rename (one update); any other difference (role, auth, JWKS URL, token lifetime)
// can only be made by replacing the account, planned as a delete and a create of the same
// address, shown as one `-/+` entry. Unlisted accounts go only with `prune.serviceAccounts`.
import { type Address, groupServiceAccountAddress, orgServiceAccountAddress } from '../addresses.ts';
import { SECRET_BEARING_AUTH, type ServiceAccountSpec } from '../desired-service-accounts.ts';
import type { PlanIssue } from '../issues.ts';
import type { RoleScope } from '../resolve.ts';
import type { LiveServiceAccount } from '../types.ts';
import type { PlanContext } from './kind.ts';
import { orgDependencies, orgTarget, plannableOrgs } from './org-scope.ts';
import type { OrgRef } from './targets.ts';

/** Where an account lives, as a change names it: the group by id, an org by id or by slug. */
export type AccountScopeRef = { groupId: string } | OrgRef;

/** One list of accounts the file manages. */
export interface AccountScope {
  ref: AccountScopeRef;
  roleScope: RoleScope;
  /** Path of the list in DesiredState. */
  path: (string | number)[];
  desired: readonly ServiceAccountSpec[];
  /** Undefined when the org is created by this plan. */
  live: readonly LiveServiceAccount[] | undefined;
  address: (name: string) => Address;
  dependsOn: Address[];
}

/** The group's accounts and each plannable org's, where the file lists them. */
export function accountScopes(ctx: PlanContext): AccountScope[] {
  const scopes: AccountScope[] = [];
  const group = ctx.desired.group.serviceAccounts;
  if (group !== undefined)
    scopes.push({
      ref: { groupId: ctx.desired.group.id },
      roleScope: 'group',
      path: ['group', 'serviceAccounts'],
      desired: group,
      live: ctx.live.group.serviceAccounts ?? [],
      address: groupServiceAccountAddress,
      dependsOn: [],
    });
  for (const binding of plannableOrgs(ctx)) {
    const listed = binding.desired.serviceAccounts;
    if (listed === undefined) continue;
    scopes.push({
      ref: orgTarget(binding),
      roleScope: 'org',
      path: ['orgs', binding.index, 'serviceAccounts'],
      desired: listed,
      live: binding.live === undefined ? undefined : (binding.live.serviceAccounts ?? []),
      address: (name) => orgServiceAccountAddress(binding.slug, name),
      dependsOn: orgDependencies(binding),
    });
  }
  return scopes;
}

/** What the file says of an account, as a create sends it and a plan shows it. */
export interface WantedAccount {
  spec: ServiceAccountSpec;
  roleId: string;
  index: number;
}

/** The problems of one entry: keys its auth type does not take, a role the scope lacks. */
export function checkEntry(
  ctx: PlanContext,
  scope: AccountScope,
  spec: ServiceAccountSpec,
  index: number,
): { issues: PlanIssue[]; roleId?: string } {
  const address = scope.address(spec.name);
  const at = (key: string) => [...scope.path, index, key];
  const issues: PlanIssue[] = [];
  const jwt = spec.auth === 'oauth_private_key_jwt';
  if (jwt !== (spec.jwksUrl !== undefined))
    issues.push({
      code: 'SERVICE_ACCOUNT_INVALID',
      message: jwt
        ? `${address}: auth oauth_private_key_jwt needs a jwksUrl (the https URL of its public keys)`
        : `${address}: jwksUrl is only for auth oauth_private_key_jwt`,
      address,
      path: at(jwt ? 'auth' : 'jwksUrl'),
    });
  if (spec.auth === 'api_key' && spec.accessTokenTtlSeconds !== undefined)
    issues.push({
      code: 'SERVICE_ACCOUNT_INVALID',
      message: `${address}: accessTokenTtlSeconds is only for OAuth accounts (an api_key account has no access token lifetime)`,
      address,
      path: at('accessTokenTtlSeconds'),
    });
  const role = ctx.resolver.findRole(scope.roleScope, spec.role);
  if (!role.ok) {
    issues.push({ code: 'UNKNOWN_ROLE', message: `${address}: ${role.message}`, address, path: at('role') });
    return { issues };
  }
  return { issues, roleId: role.role.id };
}

/** Snyk's lifetime of an OAuth account's tokens when none is given (an hour). */
const DEFAULT_TTL = 3600;

/** What a plan shows of an account (never a secret: none is ever in live state or the file). */
export function shownAccount(account: {
  role: string;
  auth: string;
  jwksUrl?: string | undefined;
  ttl?: number | undefined;
}) {
  return {
    role: account.role,
    auth: account.auth,
    ...(account.jwksUrl === undefined ? {} : { jwksUrl: account.jwksUrl }),
    ...(account.ttl === undefined ? {} : { accessTokenTtlSeconds: account.ttl }),
  };
}

export function ttlOf(spec: ServiceAccountSpec): number | undefined {
  return spec.auth.startsWith('oauth_') ? (spec.accessTokenTtlSeconds ?? DEFAULT_TTL) : undefined;
}

/** Whether the live account is what the entry says, but for its name. */
export function sameAccount(live: LiveServiceAccount, spec: ServiceAccountSpec, roleId: string): boolean {
  return (
    live.roleId === roleId &&
    live.auth === spec.auth &&
    live.jwksUrl === spec.jwksUrl &&
    (live.accessTokenTtlSeconds ?? ttlOf(spec)) === ttlOf(spec)
  );
}

export function isSecretBearing(auth: string): boolean {
  return SECRET_BEARING_AUTH.has(auth);
}

/** The live account an entry designates: by pinned id, else by name. */
export function matchOf(scope: AccountScope, spec: ServiceAccountSpec): LiveServiceAccount | undefined {
  if (spec.id !== undefined) return scope.live?.find((a) => a.id.toLowerCase() === spec.id!.toLowerCase());
  return scope.live?.find((a) => a.name === spec.name);
}
