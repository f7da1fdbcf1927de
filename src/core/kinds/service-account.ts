// Service accounts of the group and of orgs (REST `/groups|orgs/{id}/service_accounts`),
// docs/configuration.md#service-accounts. Planned in service-account-plan.ts; here: the
// changes, their writes, the secret a create or rotation hands out (given to the run's secret
// sink, never to a plan, log or error), and the lock-out rail of the token's own account.
import { Type as T, type TProperties } from '@sinclair/typebox';
import type { ServiceAccountScope } from '../port/service-account-shapes.ts';
import { lockoutRefusal } from '../refusal.ts';
import type { LiveServiceAccount, LiveState } from '../types.ts';
import {
  type ApplyEnv,
  ApplyError,
  createOnce,
  deleteListedOnce,
  type Outcome,
  orgIdOf,
  written,
} from './apply-support.ts';
import { groupDirectoryRead, orgRolesRead } from './directory.ts';
import {
  type ChangeOf,
  defineKind,
  emptyResult,
  type PlanContext,
  type Replacement,
  updateOf,
} from './kind.ts';
import { liveRead, orgPartRead } from './live-read.ts';
import { findOrgOf } from './org-scope.ts';
import { exportServiceAccounts } from './service-account-export.ts';
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

const targets = {
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
type Target = ServiceAccountChange['target'];

function createChange(
  scope: AccountScope,
  spec: AccountScope['desired'][number],
  roleId: string,
  dependsOn: string[],
): ServiceAccountChange {
  const ttl = ttlOf(spec);
  const secretNote = isSecretBearing(spec.auth)
    ? ' Snyk returns its secret once: apply writes it to a file in --secrets-dir, and nowhere else.'
    : '';
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
    ...(secretNote === '' ? {} : { note: secretNote.trim() }),
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

function planScopes(ctx: PlanContext) {
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
          address,
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
            address,
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

/** The scope a change's target names, with the id of an org this run created. */
function scopeOf(t: Target, address: string, env: ApplyEnv): ServiceAccountScope {
  if ('groupId' in t) return { level: 'group', id: t.groupId };
  return { level: 'org', id: orgIdOf(t, address, env.ctx) };
}

/** Hands a secret Snyk returned to the run's sink: the only place it goes. */
async function keepSecret(address: string, secret: string | undefined, env: ApplyEnv): Promise<void> {
  if (secret === undefined) return;
  if (env.ctx.secretSink === undefined)
    throw new ApplyError(`${address}: Snyk returned a secret but no --secrets-dir was given to write it to`);
  await env.ctx.secretSink.save(address, secret);
}

/** The live list a change is about, and how to put it back changed. */
function accountsOf(live: LiveState, t: Target) {
  if ('groupId' in t)
    return {
      list: live.group.serviceAccounts ?? [],
      set: (list: LiveServiceAccount[]) => {
        live.group.serviceAccounts = list;
      },
    };
  const org = findOrgOf(live.orgs, t);
  if (org === undefined) return undefined;
  return {
    list: org.serviceAccounts ?? [],
    set: (list: LiveServiceAccount[]) => {
      org.serviceAccounts = list;
    },
  };
}

export const serviceAccountKind = defineKind('service_account', targets).with({
  noun: { one: 'service account', many: 'service accounts' },
  // Deletes before creates, so that a replacement frees its name first.
  phase: { create: 57, update: 57, delete: 53 },
  reads: {
    group: (desired) => [
      ...(desired.group.serviceAccounts === undefined
        ? []
        : [
            groupDirectoryRead(desired, { managed: false }),
            liveRead(
              'group.serviceAccounts',
              (client) => client.listServiceAccounts({ level: 'group', id: desired.group.id }),
              (value, live) => {
                live.group.serviceAccounts = value;
              },
            ),
          ]),
      ...(desired.orgs.some((o) => o.serviceAccounts !== undefined) ? [orgRolesRead(desired)] : []),
    ],
    org: (_desired, want, org) =>
      orgPartRead(want, org, 'serviceAccounts', (client, orgId) =>
        client.listServiceAccounts({ level: 'org', id: orgId }),
      ),
  },
  plan: (ctx) => planScopes(ctx).result,
  replaceable: (ctx) => planScopes(ctx).replaceable,
  apply: {
    create: async ({ target: t, address }, env): Promise<Outcome> => {
      const scope = scopeOf(t, address, env);
      let secret: string | undefined;
      const outcome = await createOnce(
        async () => {
          ({ secret } = await env.client.createServiceAccount(scope, {
            name: t.name,
            roleId: t.roleId,
            auth: t.auth,
            ...(t.jwksUrl === undefined ? {} : { jwksUrl: t.jwksUrl }),
            ...(t.accessTokenTtlSeconds === undefined
              ? {}
              : { accessTokenTtlSeconds: t.accessTokenTtlSeconds }),
          }));
        },
        async () => (await env.client.listServiceAccounts(scope)).some((a) => a.name === t.name),
      );
      await keepSecret(address, secret, env);
      if (outcome.confirmed && isSecretBearing(t.auth))
        return {
          ...outcome,
          notice: `${address}: Snyk's answer to the create was lost, so its secret is unknown; rotate it (apply --rotate '${address}')`,
        };
      return outcome;
    },
    update: async ({ target: t, address }, env) => {
      const scope = scopeOf(t, address, env);
      if (!t.rotate) return written(env.client.renameServiceAccount(scope, t.accountId, t.name));
      const { secret } = await env.client.rotateServiceAccountSecret(scope, t.accountId);
      await keepSecret(address, secret, env);
      return {};
    },
    delete: ({ target: t, address }, env) => {
      const scope = scopeOf(t, address, env);
      return deleteListedOnce(
        address,
        t.accountId,
        () => env.client.deleteServiceAccount(scope, t.accountId),
        () => env.client.listServiceAccounts(scope),
      );
    },
  },
  secretOutputs: (change) =>
    (change.action === 'create' && isSecretBearing(change.target.auth)) ||
    (change.action === 'update' && change.target.rotate),
  simulate(live, change) {
    const accounts = accountsOf(live, change.target);
    if (accounts === undefined) return;
    const { list, set } = accounts;
    switch (change.action) {
      case 'create': {
        const { name, roleId, auth } = change.target;
        set([...list, { id: `sim:${change.address}`, name, roleId, auth }]);
        return;
      }
      case 'update': {
        const { accountId, name } = change.target;
        set(list.map((a) => (a.id === accountId ? { ...a, name } : a)));
        return;
      }
      case 'delete':
        set(list.filter((a) => a.id !== change.target.accountId));
    }
  },
  countLive: (live) =>
    (live.group.serviceAccounts?.length ?? 0) +
    live.orgs.reduce((sum, org) => sum + (org.serviceAccounts?.length ?? 0), 0),
  rails({ live, changes }) {
    // The token's own account: deleting it (a replacement deletes first) ends the run's access.
    if (live.self.type !== 'service_account') return [];
    const own = changes.filter((c) => c.action === 'delete' && c.target.accountId === live.self.id);
    return own.map((c) => {
      const recreated = changes.some((o) => o.action === 'create' && o.address === c.address);
      return lockoutRefusal(
        `Refusing to ${recreated ? 'replace' : 'delete'} the token's own service account (${c.address}): the token would stop working${recreated ? ' when the old account is deleted, before the new one exists' : ''}.`,
        [c.address],
      );
    });
  },
  export: exportServiceAccounts,
});

/** What `--rotate ADDRESS` does to a listed account Snyk has: its changes, or why it cannot. */
export type Rotation = { changes: ServiceAccountChange[] } | { problem: string };

/**
 * Rotations of the listed accounts Snyk has, by address: a new client secret (`POST …/secrets`,
 * mode `replace`) for `oauth_client_secret`; a replacement for `api_key`, which has no secrets
 * endpoint; nothing for `oauth_private_key_jwt`, whose keys are the owner's (at its JWKS URL).
 */
export function accountRotations(ctx: PlanContext): Map<string, Rotation> {
  const out = new Map<string, Rotation>();
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
          problem: `${address} authenticates with ${live.auth}: Snyk keeps no secret of it to rotate (rotate the keys its jwksUrl serves instead)`,
        });
    }
  }
  return out;
}
