// Service accounts of the group and of orgs (REST `/groups|orgs/{id}/service_accounts`),
// docs/configuration.md#service-accounts. Planned in service-account-plan.ts and
// service-account-changes.ts; here: their reads and writes, the secret a create or rotation
// hands out (given to the run's secret sink, never to a plan, log or error), and the lock-out
// rail of the token's own account.
import { type Address, GROUP } from '../addresses.ts';
import type { IssuedServiceAccount, ServiceAccountScope } from '../port/service-account-shapes.ts';
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
import { defineKind } from './kind.ts';
import { liveRead, orgPartRead } from './live-read.ts';
import { findOrgOf } from './org-scope.ts';
import { planScopes, type ServiceAccountChange, targets } from './service-account-changes.ts';
import { exportServiceAccounts } from './service-account-export.ts';
import { isSecretBearing } from './service-account-plan.ts';

type Target = ServiceAccountChange['target'];

/** The scope a change's target names, with the id of an org this run created. */
function scopeOf(t: Target, address: Address, env: ApplyEnv): ServiceAccountScope {
  if ('groupId' in t) return { level: 'group', id: t.groupId };
  return { level: 'org', id: orgIdOf(t, address, env.ctx) };
}

/**
 * Hands a secret Snyk returned to the run's sink, the only place it goes; the outcome names
 * the OAuth client id it is used with (not a secret) and where the secret went.
 */
async function keepSecret(
  address: Address,
  issued: IssuedServiceAccount | undefined,
  env: ApplyEnv,
): Promise<Outcome> {
  if (issued?.secret === undefined) return {};
  if (env.ctx.secretSink === undefined)
    throw new ApplyError(`${address}: Snyk returned a secret but no --secrets-dir was given to write it to`);
  await env.ctx.secretSink.save(address.text, issued.secret);
  const client = issued.clientId === undefined ? '' : `client id ${issued.clientId}; `;
  return { notice: `${address}: ${client}its new secret is in --secrets-dir` };
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
              GROUP.at('serviceAccounts'),
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
      let issued: IssuedServiceAccount | undefined;
      const outcome = await createOnce(
        async () => {
          // The target is the account's input plus its scope, which the body leaves out.
          issued = await env.client.createServiceAccount(scope, t);
        },
        async () => (await env.client.listServiceAccounts(scope)).some((a) => a.name === t.name),
      );
      const kept = await keepSecret(address, issued, env);
      if (outcome.confirmed && isSecretBearing(t.auth))
        return {
          ...outcome,
          notice: `${address}: Snyk's answer to the create was lost, so its secret is unknown; rotate it (apply --rotate '${address}')`,
        };
      return { ...outcome, ...kept };
    },
    update: async ({ target: t, address }, env) => {
      const scope = scopeOf(t, address, env);
      if (!t.rotate) return written(env.client.renameServiceAccount(scope, t.accountId, t.name));
      return keepSecret(address, await env.client.rotateServiceAccountSecret(scope, t.accountId), env);
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
    // The token's own account: deleting it ends the run's access, and a replacement deletes
    // first, so a demotion that way never gets to its create. One wording for both, so the
    // rail's check of a replacement's in-between state says it once.
    if (live.self.type !== 'service_account') return [];
    return changes
      .filter((c) => c.action === 'delete' && c.target.accountId === live.self.id)
      .map((c) =>
        lockoutRefusal(
          `Refusing to delete the token's own service account (${c.address}), even to replace it: the token would stop working before anything else runs.`,
          [c.address.text],
        ),
      );
  },
  export: exportServiceAccounts,
});
