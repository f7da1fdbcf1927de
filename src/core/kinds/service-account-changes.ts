// The changes of service accounts (docs/configuration.md#service-accounts): what a target
// carries, the create, rename, delete and replacement each listed account's diff becomes, and
// what `--rotate` makes of one. A plan never holds a secret: only whether Snyk will hand one out.
import { Type as T, type TProperties } from '@sinclair/typebox';
import type { Address } from '../addresses.ts';
import type { LiveServiceAccount } from '../types.ts';
import { type ChangeOf, emptyResult, type PlanContext, type Replacement, updateOf } from './kind.ts';
import {
  type AccountScope,
  accountScopes,
  checkEntry,
  isSecretBearing,
  matchOf,
  sameAccount,
  shownAccount,
  ttlOf,
} from './service-account-plan.ts';
import { Id, Text } from './targets.ts';

const strict = { additionalProperties: false } as const;

/** A change names the group by id, or its org by id (live) or slug (created by this plan). */
const accountScoped = <P extends TProperties>(props: P) =>
  T.Union([
    T.Object({ groupId: Id, ...props }, strict),
    T.Object({ orgId: Id, ...props }, strict),
    T.Object({ orgSlug: Text, ...props }, strict),
  ]);

export const targets = {
  create: accountScoped({
    name: Text,
    roleId: Id,
    auth: Text,
    jwksUrl: T.Optional(Text),
    accessTokenTtlSeconds: T.Optional(T.Integer({ minimum: 3600, maximum: 86400 })),
  }),
  // A rename, or (`apply --rotate`) a new client secret: `rotate` says which.
  update: accountScoped({ accountId: Id, name: Text, rotate: T.Boolean() }),
  delete: accountScoped({ accountId: Id, name: Text }),
};

export type ServiceAccountChange = ChangeOf<'service_account', typeof targets>;

function createChange(
  scope: AccountScope,
  spec: AccountScope['desired'][number],
  roleId: string,
  dependsOn: Address[],
): ServiceAccountChange {
  const ttl = ttlOf(spec);
  const note = isSecretBearing(spec.auth)
    ? { note: 'Snyk returns its secret once: apply writes it to a file in --secrets-dir, and nowhere else.' }
    : {};
  return {
    action: 'create',
    kind: 'service_account',
    address: scope.address(spec.name),
    before: null,
    after: shownAccount({ role: spec.role, auth: spec.auth, jwksUrl: spec.jwksUrl, ttl }),
    patch: [],
    dependsOn,
    target: {
      ...scope.ref,
      name: spec.name,
      roleId,
      auth: spec.auth,
      ...(spec.jwksUrl === undefined ? {} : { jwksUrl: spec.jwksUrl }),
      ...(ttl === undefined ? {} : { accessTokenTtlSeconds: ttl }),
    },
    ...note,
  };
}

function deleteChange(
  ctx: PlanContext,
  scope: AccountScope,
  live: LiveServiceAccount,
  address = scope.address(live.name),
): ServiceAccountChange {
  return {
    action: 'delete',
    kind: 'service_account',
    address,
    before: shownAccount({
      role: ctx.resolver.roleName(scope.roleScope, live.roleId),
      auth: live.auth,
      jwksUrl: live.jwksUrl,
      ttl: live.accessTokenTtlSeconds,
    }),
    after: null,
    patch: [],
    dependsOn: [],
    target: { ...scope.ref, accountId: live.id, name: live.name },
  };
}

/** The delete and the create that replace `live` with what `spec` says (the create waits). */
function replacement(
  ctx: PlanContext,
  scope: AccountScope,
  spec: AccountScope['desired'][number],
  roleId: string,
  live: LiveServiceAccount,
): Replacement<ServiceAccountChange> {
  const address = scope.address(spec.name);
  return {
    address,
    changes: [
      deleteChange(ctx, scope, live, address),
      createChange(scope, spec, roleId, [...scope.dependsOn, address]),
    ],
  };
}

export function planScopes(ctx: PlanContext) {
  const result = emptyResult<ServiceAccountChange>();
  const replaceable: Replacement<ServiceAccountChange>[] = [];
  for (const scope of accountScopes(ctx)) {
    const seen = new Map<string, number>();
    const matched = new Set<string>();
    scope.desired.forEach((spec, index) => {
      const address = scope.address(spec.name);
      const earlier = seen.get(spec.name);
      if (earlier !== undefined) {
        result.issues.push({
          code: 'SERVICE_ACCOUNT_DUPLICATE',
          message: `${address} is listed twice; a name identifies one account`,
          address: address,
          path: [...scope.path, index, 'name'],
          related: [{ what: 'the first', path: [...scope.path, earlier, 'name'] }],
        });
        return;
      }
      seen.set(spec.name, index);
      const { issues, roleId } = checkEntry(ctx, scope, spec, index);
      result.issues.push(...issues);
      if (roleId === undefined || issues.length > 0) return;
      const live = matchOf(scope, spec);
      if (live === undefined) {
        if (spec.id !== undefined && scope.live !== undefined) {
          result.issues.push({
            code: 'SERVICE_ACCOUNT_ID_UNKNOWN',
            message: `${address}: no service account has the pinned id ${spec.id} here`,
            address: address,
            path: [...scope.path, index, 'id'],
          });
          return;
        }
        result.changes.push(createChange(scope, spec, roleId, scope.dependsOn));
        return;
      }
      matched.add(live.id);
      const swap = replacement(ctx, scope, spec, roleId, live);
      replaceable.push(swap);
      if (!sameAccount(live, spec, roleId)) {
        result.changes.push(...swap.changes);
        return;
      }
      if (live.name !== spec.name)
        result.changes.push({
          action: 'update',
          kind: 'service_account',
          address,
          ...updateOf({ name: live.name }, { name: spec.name }),
          dependsOn: [],
          target: { ...scope.ref, accountId: live.id, name: spec.name, rotate: false },
        });
    });
    if (ctx.desired.prune.serviceAccounts !== true || scope.live === undefined) continue;
    for (const live of scope.live)
      if (!matched.has(live.id) && !seen.has(live.name)) result.changes.push(deleteChange(ctx, scope, live));
  }
  return { result, replaceable };
}

/**
 * What `--rotate ADDRESS` does to a listed account Snyk has: its changes, or why it cannot, for
 * an account Snyk keeps no secret of (the plan issue ROTATE_NO_SECRET).
 */
export type Rotation = { changes: ServiceAccountChange[] } | { noSecret: string };

/**
 * Rotations of the listed accounts Snyk has, by address: a new client secret (`POST …/secrets`,
 * mode `replace`) for `oauth_client_secret`; a replacement for `api_key`, which has no secrets
 * endpoint; nothing for `oauth_private_key_jwt`, whose keys are the owner's (at its JWKS URL).
 */
export function accountRotations(ctx: PlanContext): Map<Address, Rotation> {
  const out = new Map<Address, Rotation>();
  const { replaceable } = planScopes(ctx);
  const swaps = new Map(replaceable.map((r) => [r.address, r.changes]));
  for (const scope of accountScopes(ctx)) {
    for (const spec of scope.desired) {
      const live = matchOf(scope, spec);
      if (live === undefined) continue;
      const address = scope.address(spec.name);
      if (live.auth === 'api_key') {
        const swap = swaps.get(address);
        if (swap !== undefined) out.set(address, { changes: [...swap] });
      } else if (live.auth === 'oauth_client_secret') {
        out.set(address, {
          changes: [
            {
              action: 'update',
              kind: 'service_account',
              address,
              ...updateOf({ secret: '(current)' }, { secret: '(new, written to --secrets-dir)' }),
              dependsOn: [],
              target: { ...scope.ref, accountId: live.id, name: live.name, rotate: true },
              note: 'A new client secret replaces the current one, which stops working at once.',
            },
          ],
        });
      } else
        out.set(address, {
          noSecret: `${address} authenticates with ${live.auth}: Snyk keeps no secret of it to rotate (rotate the keys its jwksUrl serves instead)`,
        });
    }
  }
  return out;
}
