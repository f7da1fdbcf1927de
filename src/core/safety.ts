// Safety rails (docs/safety.md#safety-rails-one-decision-for-plan-and-apply): a plan deleting too
// large a share of any kind, or locking the token's user or an org, the group or the tenant out of
// administration, is refused unless the matching flag lifts that rail. This one function decides,
// with the same inputs, what `plan` lists (text, markdown, JSON), what `apply` and `apply --plan`
// refuse and what the Action's pull-request check fails on: a plan lists a refusal iff apply of it
// refuses.

import type { Address } from './addresses.ts';
import { handlersOf, KIND_MODULES, KINDS } from './kinds/index.ts';
import { dependencyIndices } from './order.ts';
import { listAddresses, type Rail, type RailLifts, type Refusal } from './refusal.ts';
import { applyChangesToLive } from './simulate.ts';
import { parseTargets } from './target-address.ts';
import type { Change, DesiredState, LiveState, Plan } from './types.ts';

export type { Rail, RailLifts, Refusal };

/** What the rails read of a plan: its changes, what it manages, how it was scoped, what it lifted. */
export type PlanUnderRails = Pick<Plan, 'changes' | 'desired' | 'targets' | 'lifted'>;

/**
 * The refusals of `plan` over `live` (the state it was planned against). A rail is lifted by
 * `flags` (given now) or by the plan's own `lifted` (given when it was made); the person-targeted
 * plan (`--target 'user[…]'`) is never subject to the mass-delete rail, whatever it deletes.
 */
export function checkSafety(plan: PlanUnderRails, live: LiveState, flags: RailLifts = {}): Refusal[] {
  const lifted = liftedRails(plan, flags);
  return [
    ...(lifted.has('mass-delete') || isPersonPlan(plan)
      ? []
      : checkMassDelete(plan.changes, plan.desired, live)),
    ...(lifted.has('lockout') ? [] : checkLockout(plan, live)),
  ];
}

/** The rails `flags` lift, as a plan records them (`lifted`), in a stable order. */
export function railsLifted(flags: RailLifts): Rail[] {
  return [
    ...(flags.allowMassDelete === true ? (['mass-delete'] as const) : []),
    ...(flags.allowLockout === true ? (['lockout'] as const) : []),
  ];
}

function liftedRails(plan: PlanUnderRails, flags: RailLifts): Set<Rail> {
  return new Set([...(plan.lifted ?? []), ...railsLifted(flags)]);
}

/** Removing a leaver everywhere is the purpose of `--target 'user[…]'`, not a mass delete. */
function isPersonPlan(plan: Pick<Plan, 'targets'>): boolean {
  if (plan.targets === undefined) return false;
  const parsed = parseTargets(plan.targets);
  return parsed.ok && parsed.targets.some((t) => t.kind === 'user');
}

function checkMassDelete(changes: readonly Change[], desired: DesiredState, live: LiveState): Refusal[] {
  const limit = desired.limits.maxDeletePercent;
  const refusals: Refusal[] = [];
  // A delete followed by a create of the same address (`--replace`) loses nothing.
  const recreated = new Set(changes.flatMap((c) => (c.action === 'create' ? [c.address] : [])));
  // A change that takes an object out of its kind's count (a project moved away) loses it there.
  const lost = (c: Change) => c.action === 'delete' || handlersOf(c.kind).removes?.(c) === true;
  const losses = changes.filter((c) => lost(c) && !recreated.has(c.address));
  // Kinds in the order of their first delete in the plan, as the refusals are read.
  const deleted = [...new Set(losses.map((c) => c.kind))];
  for (const name of deleted) {
    const kind = KIND_MODULES[name];
    const deletes = losses.filter((c) => c.kind === name);
    const total = Math.max(kind.countLive(live, desired), deletes.length);
    const percent = (deletes.length / total) * 100;
    if (percent <= limit) continue;
    const addresses = deletes.map((c) => c.address.text);
    refusals.push({
      rail: 'mass-delete',
      override: '--allow-mass-delete',
      message: `Refusing to delete ${deletes.length} of ${total} ${kind.noun.many} (${formatPercent(percent)}, above limits.maxDeletePercent ${limit}%): ${listAddresses(addresses)}. Re-run with --allow-mass-delete if this is intended.`,
      addresses,
    });
  }
  return refusals;
}

/**
 * The lock-out rail, on the state after exactly the plan's changes. A replacement (`--replace`)
 * deletes before it creates, and apply runs whatever does not wait for the create meanwhile
 * (changes run concurrently, in dependency order): that state is checked too, since a delete
 * that takes away the permission its create needs (the token's own admin membership, a scope's
 * last admin) leaves it for good.
 */
function checkLockout(plan: PlanUnderRails, live: LiveState): Refusal[] {
  // Nothing to apply: nothing to refuse, and no copy of thousands of orgs.
  if (plan.changes.length === 0) return [];
  const after = railsAfter(plan, live, plan.changes);
  const seen = new Set(after.map((r) => r.message));
  const between = recreations(plan.changes).flatMap((index) => {
    const waiting = waitingFor(plan.changes, index);
    const before = plan.changes.filter((_, i) => !waiting.has(i));
    const address = plan.changes[index]!.address;
    return railsAfter(plan, live, before)
      .filter((r) => !seen.has(r.message))
      .map((r) => ({ ...r, message: `--replace deletes ${address} before creating it again: ${r.message}` }));
  });
  return [...after, ...between];
}

/** The rails over the state after `changes` (a part of the plan's, in its order). */
function railsAfter(plan: PlanUnderRails, live: LiveState, changes: readonly Change[]): Refusal[] {
  return runRails(plan, live, applyChangesToLive(live, { changes }), changes);
}

/** The indices of the creates that follow a delete of their own address: replacements. */
function recreations(changes: readonly Change[]): number[] {
  const deleted = new Set<Address>();
  return changes.flatMap((change, index) => {
    if (change.action === 'delete') deleted.add(change.address);
    return change.action === 'create' && deleted.has(change.address) ? [index] : [];
  });
}

/** The change at `index` and every change that waits for it, directly or not. */
function waitingFor(changes: readonly Change[], index: number): Set<number> {
  const dependents = changes.map((): number[] => []);
  dependencyIndices(changes).forEach((deps, i) => {
    for (const d of deps) dependents[d]!.push(i);
  });
  const waiting = new Set([index]);
  const queue = [index];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const dependent of dependents[next]!) {
      if (waiting.has(dependent)) continue;
      waiting.add(dependent);
      queue.push(dependent);
    }
  }
  return waiting;
}

/** Each kind's rails, seeing its own changes among `changes`. */
function runRails(
  plan: PlanUnderRails,
  live: LiveState,
  after: LiveState,
  changes: readonly Change[],
): Refusal[] {
  return KINDS.flatMap((kind) => {
    if (kind.rails === undefined) return [];
    const own = changes.filter((c) => c.kind === kind.kind);
    // The cast is the registry's correlation of a kind and its changes.
    return (kind.rails as (ctx: object) => Refusal[])({ desired: plan.desired, live, after, changes: own });
  });
}

function formatPercent(percent: number): string {
  return `${Math.round(percent * 10) / 10}%`;
}
