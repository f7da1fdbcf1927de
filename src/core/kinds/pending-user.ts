// Pending users: an org member who is not a Snyk user yet is invited (REST org invites) or
// provisioned (v1) when `users.unknown` says so. A live invite/provision for the same email
// counts as present, so nothing is sent twice; unlisted ones go with `prune.orgMembers`.
import { Type as T } from '@sinclair/typebox';
import { labelUserRef, orgAddress } from '../addresses.ts';
import { matchOrgs } from '../org-match.ts';
import type { LiveOrg, PendingUser } from '../types.ts';
import { createOnce, orgIdOf, written } from './apply-support.ts';
import { type ChangeOf, emptyResult, type KindModule, type OrgBinding, type PlanContext } from './kind.ts';
import { liveRead } from './live-read.ts';
import { diffMemberships } from './members.ts';
import { findOrgOf, orgDependencies, orgTarget, plannableOrgs } from './org-scope.ts';
import { Id, orgScoped, Text } from './targets.ts';

const Via = T.Union([T.Literal('invite'), T.Literal('provision')]);
export function pendingUserAddress(slug: string, email: string): string {
  return `${orgAddress(slug)}.pending[${email.toLowerCase()}]`;
}

const targets = {
  create: orgScoped({ email: Text, roleId: Id, via: Via }),
  delete: T.Union([
    ...orgScoped({ email: Text, via: T.Literal('invite'), inviteId: Id }).anyOf,
    ...orgScoped({ email: Text, via: T.Literal('provision') }).anyOf,
  ]),
};

type PendingChange = ChangeOf<'pending_user', typeof targets>;
type Result = ReturnType<typeof emptyResult<PendingChange>>;

const sameEmail = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function addPending(org: LiveOrg, pending: PendingUser[]): void {
  org.pending = [...(org.pending ?? []), ...pending];
}

function planCreates(ctx: PlanContext, binding: OrgBinding, result: Result): void {
  const mode = ctx.desired.users.unknown;
  const members = binding.desired.members;
  if (mode === 'error' || members === undefined) return;
  const byEmail = new Map((binding.live?.pending ?? []).map((p) => [p.email.toLowerCase(), p]));
  // Issues of these members (unknown roles) are reported by the org membership kind.
  const diff = diffMemberships(ctx, {
    roleScope: 'org',
    path: ['orgs', binding.index, 'members'],
    desired: members,
    live: [],
    prune: false,
    address: (label) => pendingUserAddress(binding.slug, label),
  });
  for (const { index, spec, role } of diff.unknown) {
    if (!spec.user.includes('@')) {
      result.issues.push({
        code: 'UNKNOWN_USER_NOT_EMAIL',
        message: `'${spec.user}' is not a Snyk user of the group, and only an email address can be ${mode === 'invite' ? 'invited' : 'provisioned'}.`,
        path: ['orgs', binding.index, 'members', index, 'user'],
      });
      continue;
    }
    if (role === undefined) continue;
    const email = labelUserRef(spec.user);
    const address = pendingUserAddress(binding.slug, email);
    const existing = byEmail.get(email);
    if (existing !== undefined) {
      if (existing.roleId !== role.id) {
        result.warnings.push({
          code: 'PENDING_ROLE_DIFFERS',
          message: `${email} was already ${existing.via === 'invite' ? 'invited' : 'provisioned'} with another role; the membership takes the listed role once they log in and the next apply runs.`,
          address,
        });
      }
      continue;
    }
    result.changes.push({
      action: 'create',
      kind: 'pending_user',
      address,
      before: null,
      after: { role: role.name, via: mode },
      patch: [],
      dependsOn: orgDependencies(binding),
      target: { ...orgTarget(binding), email, roleId: role.id, via: mode },
      note:
        mode === 'invite'
          ? 'Sends an invitation email; the membership exists once the invitation is accepted.'
          : 'Provisions the user ahead of their first login (SSO).',
    });
  }
}

function planDeletes(ctx: PlanContext, binding: OrgBinding, result: Result): void {
  const members = binding.desired.members;
  const pending = binding.live?.pending ?? [];
  if (
    !ctx.desired.prune.orgMembers ||
    binding.live === undefined ||
    members === undefined ||
    pending.length === 0
  )
    return;
  const listed = new Set(
    members.flatMap((spec) =>
      [spec.user, ctx.resolver.findUser(spec.user)?.email ?? ''].map((e) => e.toLowerCase()),
    ),
  );
  for (const entry of pending) {
    const email = entry.email.toLowerCase();
    if (listed.has(email) || ctx.resolver.isIgnored({ email })) continue;
    result.changes.push({
      action: 'delete',
      kind: 'pending_user',
      address: pendingUserAddress(binding.slug, entry.email),
      before: { role: ctx.resolver.roleName('org', entry.roleId), via: entry.via },
      after: null,
      patch: [],
      dependsOn: [],
      target:
        entry.via === 'invite' && entry.id !== undefined
          ? { ...orgTarget(binding), email, via: 'invite', inviteId: entry.id }
          : { ...orgTarget(binding), email, via: 'provision' },
    });
  }
}

export const pendingUserKind: KindModule<'pending_user', typeof targets> = {
  kind: 'pending_user',
  noun: { one: 'pending invitation', many: 'pending users' },
  targets,
  phase: { create: 50, delete: 61 },
  reads: {
    // The org roles they are resolved against are read for the org membership kind.
    org(desired, want, org) {
      if (want.members === undefined || desired.users.unknown === 'error') return [];
      const at = orgAddress(want.slug);
      if (desired.users.unknown === 'invite') {
        return [
          liveRead(
            `${at}.invites`,
            (client) => client.listOrgInvites(org.id),
            (invites) =>
              addPending(
                org,
                invites
                  .filter((i) => i.isActive)
                  .map((i) => ({ via: 'invite', email: i.email, roleId: i.roleId, id: i.id })),
              ),
          ),
        ];
      }
      return [
        liveRead(
          `${at}.provisions`,
          (client) => client.listProvisions(org.id),
          (provisions) =>
            addPending(
              org,
              provisions.map((p) => ({ via: 'provision', email: p.email, roleId: p.roleId })),
            ),
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
        async () => (await client.listOrgInvites(orgId)).some((i) => sameEmail(i.email, t.email)),
      );
    },
    delete({ target: t, address }, { client, ctx }) {
      const orgId = orgIdOf(t, address, ctx);
      return written(
        t.via === 'provision'
          ? client.deleteProvision(orgId, t.email)
          : client.deleteOrgInvite(orgId, t.inviteId),
      );
    },
  },
  simulate(live, change) {
    const org = findOrgOf(live.orgs, change.target);
    if (org === undefined) return;
    const { email, via } = change.target;
    if (change.action === 'create') addPending(org, [{ via, email, roleId: change.target.roleId }]);
    else org.pending = (org.pending ?? []).filter((p) => p.email.toLowerCase() !== email);
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
};
