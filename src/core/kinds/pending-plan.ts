// Planning pending users in one org: who is invited or provisioned, which inactive invitation
// is sent again, and which pending entries go (unlisted under prune.orgMembers; expired always).
import { domainToASCII } from 'node:url';
import { escapeNonAscii } from '../../util/lookalike.ts';
import { labelUserRef } from '../addresses.ts';
import { expiredNote, expiryOf } from '../expiry.ts';
import { liveLookalikeOf } from '../live-lookalikes.ts';
import type { PendingUser } from '../types.ts';
import type { KindResult, OrgBinding, PlanContext } from './kind.ts';
import { diffMemberships } from './members.ts';
import { orgDependencies, orgTarget } from './org-scope.ts';
import { type PendingChange, pendingUserAddress } from './pending-targets.ts';

type Result = KindResult<PendingChange>;

export const INVITATION_EXPIRED = 'invitation expired';

/** The first pending entry per email, active ones and inactive invitations apart. */
function indexPending(pending: readonly PendingUser[]) {
  const active = new Map<string, PendingUser>();
  const inactive = new Map<string, PendingUser>();
  for (const p of pending) {
    const into = p.active === false ? inactive : active;
    const email = p.email.toLowerCase();
    if (!into.has(email)) into.set(email, p);
  }
  return { active, inactive };
}

export function planCreates(ctx: PlanContext, binding: OrgBinding, result: Result): void {
  const mode = ctx.desired.users.unknown;
  const members = binding.desired.members;
  if (mode === 'error' || members === undefined) return;
  const { active, inactive } = indexPending(binding.live?.pending ?? []);
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
    const lookalike = ctx.desired.users.allowLookalikes?.includes(spec.user)
      ? undefined
      : liveLookalikeOf(ctx.live, spec.user);
    if (lookalike !== undefined) {
      result.issues.push({
        code: 'UNKNOWN_USER_LOOKALIKE',
        message: `'${escapeNonAscii(spec.user)}' is not a Snyk user of the group, but looks like '${lookalike}', who is: it is not ${mode === 'invite' ? 'invited' : 'provisioned'}. Write that person's name, or list this one exactly in users.allowLookalikes.`,
        path: ['orgs', binding.index, 'members', index, 'user'],
      });
      continue;
    }
    const domains = ctx.desired.users.domains;
    // Listed in ASCII (punycode for an internationalized domain), compared in ASCII.
    const written = spec.user.slice(spec.user.lastIndexOf('@') + 1);
    const domain = domainToASCII(written) || written;
    if (domains !== undefined && !domains.includes(domain)) {
      result.issues.push({
        code: 'UNKNOWN_USER_DOMAIN',
        message: `'${spec.user}' is not a Snyk user of the group, and users.domains does not list '${domain}': only people of ${domains.map((d) => `'${d}'`).join(', ') || 'no domain'} may be ${mode === 'invite' ? 'invited' : 'provisioned'}.`,
        path: ['orgs', binding.index, 'members', index, 'user'],
      });
      continue;
    }
    if (role === undefined) continue;
    const email = labelUserRef(spec.user);
    const address = pendingUserAddress(binding.slug, email);
    const existing = active.get(email);
    if (existing !== undefined) {
      if (existing.roleId !== role.id) {
        result.warnings.push({
          code: 'PENDING_ROLE_DIFFERS',
          message: `${email} was already ${existing.via === 'invite' ? 'invited' : 'provisioned'} with another role; the membership takes the listed role once they log in and the next apply runs.`,
          address: address,
        });
      }
      continue;
    }
    const stale = inactive.get(email);
    if (mode === 'invite' && stale?.id !== undefined) {
      const before = { role: ctx.resolver.roleName('org', stale.roleId), via: 'invite', active: false };
      const after = { role: role.name, via: 'invite', active: true };
      result.changes.push({
        action: 'update',
        kind: 'pending_user',
        address,
        before,
        after,
        patch: [{ op: 'replace', path: '/active', value: true }, ...rolePatch(before.role, role.name)],
        dependsOn: [],
        target: { ...orgTarget(binding), email, roleId: role.id, via: 'invite', inviteId: stale.id },
        note: INVITATION_EXPIRED,
      });
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

function rolePatch(before: string, after: string) {
  return before === after ? [] : [{ op: 'replace' as const, path: '/role', value: after }];
}

export function planDeletes(ctx: PlanContext, binding: OrgBinding, result: Result): void {
  const members = binding.desired.members;
  const pending = binding.live?.pending ?? [];
  if (binding.live === undefined || members === undefined || pending.length === 0) return;
  const emailsOf = (user: string) =>
    [user, ctx.resolver.findUser(user)?.email ?? ''].map((e) => e.toLowerCase()).filter((e) => e !== '');
  const listed = new Set<string>();
  const expired = new Map<string, { at: Date; note: string }>();
  for (const spec of members) {
    const expiry = expiryOf(spec, ctx.now, 0);
    for (const email of emailsOf(spec.user)) {
      if (expiry.state !== 'expired') listed.add(email);
      else if (!expired.has(email)) expired.set(email, { at: expiry.at, note: expiredNote(spec, expiry.at) });
    }
  }
  const seen = new Set<string>();
  for (const entry of pending) {
    const email = entry.email.toLowerCase();
    if (listed.has(email) || ctx.resolver.isIgnored({ email })) continue;
    // Two invitations of one email (an inactive one beside a newer one) need two addresses.
    const label = seen.has(email) && entry.id !== undefined ? `${entry.email}#${entry.id}` : entry.email;
    seen.add(email);
    const ended = expired.get(email);
    // An expired entry's invitation goes whatever prune says; an unlisted one with prune.
    if (ended === undefined && !ctx.desired.prune.orgMembers) continue;
    result.changes.push({
      action: 'delete',
      kind: 'pending_user',
      address: pendingUserAddress(binding.slug, label),
      before: { role: ctx.resolver.roleName('org', entry.roleId), via: entry.via },
      after: null,
      patch: [],
      dependsOn: [],
      target:
        entry.via === 'invite' && entry.id !== undefined
          ? { ...orgTarget(binding), email, via: 'invite', inviteId: entry.id }
          : { ...orgTarget(binding), email, via: 'provision' },
      ...(ended === undefined ? {} : { note: ended.note, expiredAt: ended.at.toISOString() }),
    });
  }
}
