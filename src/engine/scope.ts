// What a plan reads and keeps: everything, the scopes of `--target` addresses, or one
// person's memberships (`--target 'user[…]'`). The one place that chooses the reader, so that
// `plan`, `apply` and `apply --plan` (which must derive the same plan again) agree.
import { type NarrowedDesired, narrowDesired } from '../core/narrow-desired.ts';
import { personDesired, personTarget } from '../core/person-scope.ts';
import { type BuildPlanOptions, buildPlan } from '../core/plan.ts';
import type { SnykClient } from '../core/port/snyk-client.ts';
import { parseTargets, type Target } from '../core/target-address.ts';
import { buildTargetedPlan } from '../core/targeted-plan.ts';
import type { DesiredState, LiveState } from '../core/types.ts';
import { UsageError } from '../errors.ts';
import { type ReadLiveOptions, readLiveState } from '../live/index.ts';
import { readPersonLiveState } from '../live/read-person.ts';

/** How live state was read for a plan: in full, or narrowed to targets. */
export type PlanScope = { partial: false } | { partial: true; narrowed: NarrowedDesired; targets: Target[] };

export function parseTargetsOrThrow(texts: readonly string[]): Target[] {
  const parsed = parseTargets(texts);
  if (!parsed.ok) throw new UsageError(parsed.message);
  return parsed.targets;
}

/** Reads what the targets need (everything when there are none) and says how it was read. */
export async function readScoped(
  client: SnykClient,
  desired: DesiredState,
  targetTexts: readonly string[],
  options: ReadLiveOptions = {},
): Promise<{ live: LiveState; scope: PlanScope }> {
  if (targetTexts.length === 0)
    return { live: await readLiveState(client, desired, options), scope: { partial: false } };
  const targets = parseTargetsOrThrow(targetTexts);
  const person = targets[0]?.kind === 'user' ? targets[0] : undefined;
  if (person?.user !== undefined) {
    const { live, user } = await readPersonLiveState(client, desired, person.user);
    const narrowed = personDesired(desired, user);
    return { live, scope: { partial: true, narrowed, targets: [personTarget(person.text, user)] } };
  }
  const narrowed = narrowDesired(desired, targets);
  const live = await readLiveState(client, narrowed.desired, options);
  return { live, scope: { partial: true, narrowed, targets } };
}

/** The pure step for a scope: a full plan, or the targeted one. */
export function buildScopedPlan(
  desired: DesiredState,
  live: LiveState,
  scope: PlanScope,
  options: BuildPlanOptions = {},
) {
  return scope.partial
    ? buildTargetedPlan(desired, scope.narrowed, live, scope.targets, options)
    : buildPlan(desired, live, options);
}
