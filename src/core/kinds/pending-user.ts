// Pending users: an org member who is not a Snyk user yet is invited (REST org invites) or
// provisioned (v1) when `users.unknown` says so. A live invite/provision for the same email
// counts as present, so nothing is sent twice; unlisted ones go with `prune.orgMembers`.
// An invitation Snyk reports inactive is sent again (an update: the old one deleted, a new one
// sent); one whose entry expired is deleted whatever `prune` says.

import { type Address, orgAddress } from '../addresses.ts';
import { matchOrgs } from '../org-match.ts';
import type { SnykClient } from '../port/snyk-client.ts';
import type { LiveOrg, PendingUser } from '../types.ts';
import { createOnce, deleteListedOnce, deleteOnce, orgIdOf } from './apply-support.ts';
import { defineKind, emptyResult } from './kind.ts';
import { type LiveRead, liveRead } from './live-read.ts';
import { findOrgOf, plannableOrgs } from './org-scope.ts';
import { planCreates, planDeletes } from './pending-plan.ts';
import { resendInvite } from './pending-resend.ts';
import { type PendingChange, pendingTargets as targets } from './pending-targets.ts';

const sameEmail = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function addPending(org: LiveOrg, pending: PendingUser[]): void {
  org.pending = [...(org.pending ?? []), ...pending];
}

/** A read of the org's invitations or provisions, added to its pending users as read. */
function pendingRead<V>(
  org: LiveOrg,
  address: Address,
  fetch: (client: SnykClient) => Promise<V[]>,
  toPending: (value: V) => PendingUser,
): LiveRead {
  return liveRead(address, fetch, (values) => addPending(org, values.map(toPending)));
}

export const pendingUserKind = defineKind('pending_user', targets).with({
  noun: { one: 'pending invitation', many: 'pending users' },
  phase: { create: 50, update: 50, delete: 61 },
  reads: {
    // The org roles they are resolved against are read for the org membership kind.
    org(desired, want, org) {
      if (want.members === undefined || desired.users.unknown === 'error') return [];
      const at = orgAddress(want.slug);
      if (desired.users.unknown === 'provision')
        return [
          pendingRead(
            org,
            at.at('provisions'),
            (client) => client.listProvisions(org.id),
            (p) => ({ via: 'provision', email: p.email, roleId: p.roleId }),
          ),
        ];
      // Inactive invitations too: they are sent again, or deleted
      // (docs/configuration.md#access-that-ends-delegated-team-files-invitations).
      return [
        pendingRead(
          org,
          at.at('invites'),
          (client) => client.listOrgInvites(org.id),
          (i) => ({
            via: 'invite',
            email: i.email,
            roleId: i.roleId,
            id: i.id,
            ...(i.isActive ? {} : { active: false }),
          }),
        ),
      ];
    },
  },
  plan(ctx) {
    const result = emptyResult<PendingChange>();
    for (const binding of plannableOrgs(ctx)) {
      planCreates(ctx, binding, result);
      planDeletes(ctx, binding, result);
    }
    return result;
  },
  apply: {
    create({ target: t, address }, { client, ctx }) {
      const orgId = orgIdOf(t, address, ctx);
      if (t.via === 'provision') {
        return createOnce(
          () => client.provisionUser(orgId, t.email, t.roleId),
          async () => (await client.listProvisions(orgId)).some((p) => sameEmail(p.email, t.email)),
        );
      }
      return createOnce(
        () => client.createOrgInvite(orgId, t.email, t.roleId),
        async () =>
          (await client.listOrgInvites(orgId)).some((i) => i.isActive && sameEmail(i.email, t.email)),
      );
    },
    update: ({ target: t, address }, { client, ctx }) => resendInvite(client, orgIdOf(t, address, ctx), t),
    delete({ target: t, address }, { client, ctx }) {
      const orgId = orgIdOf(t, address, ctx);
      if (t.via === 'provision') {
        return deleteOnce(
          address,
          () => client.deleteProvision(orgId, t.email),
          async () => (await client.listProvisions(orgId)).some((p) => sameEmail(p.email, t.email)),
        );
      }
      return deleteListedOnce(
        address,
        t.inviteId,
        () => client.deleteOrgInvite(orgId, t.inviteId),
        () => client.listOrgInvites(orgId),
      );
    },
  },
  simulate(live, change) {
    const org = findOrgOf(live.orgs, change.target);
    if (org === undefined) return;
    const { email, via } = change.target;
    if (change.action === 'create') addPending(org, [{ via, email, roleId: change.target.roleId }]);
    else if (change.action === 'update') {
      const { inviteId, roleId } = change.target;
      org.pending = (org.pending ?? []).map((p) =>
        p.id === inviteId ? { via: 'invite', email, roleId } : p,
      );
    } else {
      const gone = 'inviteId' in change.target ? change.target.inviteId : undefined;
      org.pending = (org.pending ?? []).filter((p) =>
        gone === undefined ? p.email.toLowerCase() !== email : p.id !== gone,
      );
    }
  },
  countLive(live, desired) {
    const match = matchOrgs(live.orgs);
    const managed = new Set(desired.orgs.filter((d) => d.members !== undefined).map((d) => match(d)));
    return live.orgs.reduce((sum, org) => sum + (managed.has(org) ? (org.pending?.length ?? 0) : 0), 0);
  },
  export() {
    // Invitations and provisions are not part of the config format: they are how a listed
    // member who never logged in is reached, not something a file lists.
  },
});
