// Pending users: an org member who is not a Snyk user yet is invited (REST org invites) or
// provisioned (v1) when `users.unknown` says so. A live invite/provision for the same email
// counts as present, so nothing is sent twice; unlisted ones go with `prune.orgMembers`.
import { labelUserRef, pendingUserAddress } from '../addresses.ts';
import type { Change, PendingUser } from '../types.ts';
import { emptyResult, type KindModule, orgDependencies, orgTarget, plannableOrgs } from './kind.ts';
import { diffMemberships } from './members.ts';

export const pendingUserKind: KindModule = {
  kind: 'pending_user',
  phase: { create: 50, delete: 61 },
  plan(ctx) {
    const result = emptyResult();
    const mode = ctx.desired.users.unknown;
    for (const binding of plannableOrgs(ctx)) {
      const members = binding.desired.members;
      if (members === undefined) continue;
      const pending = binding.live?.pending ?? [];
      const byEmail = new Map(pending.map((p) => [p.email.toLowerCase(), p]));
      // Only needed to prune pending users, which most orgs have none of.
      const listedEmails = new Set(
        pending.length === 0
          ? []
          : members.flatMap((spec) =>
              [spec.user, ctx.resolver.findUser(spec.user)?.email ?? ''].map((e) => e.toLowerCase()),
            ),
      );
      if (mode !== 'error') {
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
      if (!ctx.desired.prune.orgMembers || binding.live === undefined) continue;
      for (const entry of pending) {
        const email = entry.email.toLowerCase();
        if (listedEmails.has(email) || ctx.resolver.isIgnored({ email })) continue;
        result.changes.push(
          deletePending(binding.slug, orgTarget(binding), entry, ctx.resolver.roleName('org', entry.roleId)),
        );
      }
    }
    return result;
  },
};

function deletePending(
  slug: string,
  orgTargetIds: Record<string, string>,
  entry: PendingUser,
  roleName: string,
): Change {
  const target: Record<string, string> = {
    ...orgTargetIds,
    email: entry.email.toLowerCase(),
    via: entry.via,
  };
  if (entry.id !== undefined) target.inviteId = entry.id;
  return {
    action: 'delete',
    kind: 'pending_user',
    address: pendingUserAddress(slug, entry.email),
    before: { role: roleName, via: entry.via },
    after: null,
    patch: [],
    dependsOn: [],
    target,
  };
}
