// `--target 'user[…]'` (docs/access.md): one person's memberships, planned from person-scoped
// reads. The desired state keeps only the member lists (each limited to the entries that name
// this person) so that no kind plans what was not read; the changes kept are the ones whose
// address is this person's membership, wherever it is.
import { type Address, GROUP, labelUser, orgAddress } from './addresses.ts';
import type { NarrowedDesired } from './narrow-desired.ts';
import type { Target } from './target-address.ts';
import type { DesiredState, LiveUser, MemberSpec } from './types.ts';

/** Whether a member entry of the file (email, username or id) names `user`. */
export function namesUser(ref: string, user: LiveUser): boolean {
  const wanted = ref.toLowerCase();
  return (
    ref === user.id ||
    (user.email !== undefined && user.email.toLowerCase() === wanted) ||
    (user.username !== undefined && user.username.toLowerCase() === wanted)
  );
}

const onlyUser = (members: MemberSpec[] | undefined, user: LiveUser) =>
  members?.filter((spec) => namesUser(spec.user, user));

/** The orgs and group that manage members, each listing this person only (or not at all). */
export function personDesired(desired: DesiredState, user: LiveUser): NarrowedDesired {
  const orgIndex: number[] = [];
  const orgs = desired.orgs.flatMap((org, index) => {
    if (org.members === undefined) return [];
    orgIndex.push(index);
    const { settings: _settings, ...rest } = org;
    return [{ ...rest, members: onlyUser(org.members, user)! }];
  });
  const groupMembers = onlyUser(desired.group.members, user);
  const narrowed: DesiredState = {
    ...desired,
    group: { id: desired.group.id, ...(groupMembers !== undefined ? { members: groupMembers } : {}) },
    orgs,
    prune: { ...desired.prune, orgs: false },
  };
  delete narrowed.tenant;
  return { desired: narrowed, orgIndex };
}

/** The target once the person is known: their memberships, in the group and in any org. */
export function personTarget(text: string, user: LiveUser): Target {
  const label = labelUser(user);
  // A membership of the group or of an org: `group.member[LABEL]`, `org[…].member[LABEL]`. Compared
  // whole, not split: a label from Snyk may hold brackets and dots of its own.
  const isTheirs = (address: Address) => {
    const { scope } = address;
    if (scope.kind === 'tenant') return false;
    return address === (scope.kind === 'org' ? orgAddress(scope.slug) : GROUP).at('member', label);
  };
  return {
    text,
    kind: 'user',
    matches: isTheirs,
    selectsOrg: () => true,
    ...(user.email !== undefined ? { user: user.email } : { user: user.id }),
  };
}
