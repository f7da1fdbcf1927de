// Which users are service accounts: Snyk lists them among a scope's members too, but they are
// managed by their `serviceAccounts` entry only (docs/configuration.md#service-accounts), so the
// membership kinds never list, change or prune them. A member is one when Snyk's membership says
// so (its user's `type`), or when its id is an account of the group or an org read this run.
import type { LiveState } from './types.ts';

const idsOf = new WeakMap<LiveState, Set<string>>();

function accountIds(live: LiveState): Set<string> {
  let ids = idsOf.get(live);
  if (ids === undefined) {
    ids = new Set([
      ...(live.group.serviceAccounts ?? []).map((a) => a.id),
      ...live.orgs.flatMap((o) => (o.serviceAccounts ?? []).map((a) => a.id)),
    ]);
    idsOf.set(live, ids);
  }
  return ids;
}

export function isServiceAccountUser(live: LiveState, userId: string): boolean {
  return live.users[userId]?.serviceAccount === true || accountIds(live).has(userId);
}
