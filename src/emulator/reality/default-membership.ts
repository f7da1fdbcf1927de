// REALITY §2, and Snyk's docs ("add that user as a member of at least one Organization … The
// user then appears on the Group > Members page with the role Group Member"): adding a user to an
// org of a group gives them a default group membership when they have none. A later group
// membership create for that user then meets the 409 "a default membership already exists",
// with another role than the one asked for.
import type { EmuResponse } from '../request.ts';
import type { EmulatorState } from '../state-types.ts';

/** After a 201 of `POST /orgs/{org_id}/memberships`: the user's default group membership. */
export function addDefaultGroupMembership(
  state: EmulatorState,
  orgId: string,
  response: EmuResponse,
  roleName: string,
  deps: { newId: () => string; now: Date },
): void {
  if (response.status !== 201) return;
  const data = (response.body as { data?: { relationships?: { user?: { data?: { id?: unknown } } } } })?.data;
  const userId = data?.relationships?.user?.data?.id;
  const group = state.groups.find((g) => g.orgs.some((o) => o.id === orgId));
  if (typeof userId !== 'string' || group === undefined) return;
  if (group.members.some((m) => m.userId === userId)) return;
  const role = group.groupRoles.find((r) => r.name === roleName);
  if (role === undefined) return;
  group.members.push({ id: deps.newId(), userId, roleId: role.id, createdAt: deps.now.toISOString() });
}
