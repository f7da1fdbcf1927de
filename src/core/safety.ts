// Safety rails (README "Safety rails"): a plan deleting too large a share of any kind, or
// locking the token's user or an org, the group or the tenant out of administration, is refused
// unless the matching flag lifts that rail. This one function decides, with the same inputs,
// what `plan` lists (text, markdown, JSON), what `apply` and `apply --plan` refuse and what the
// Action's pull-request check fails on: a plan lists a refusal iff apply of it refuses.
import { handlersOf, KIND_MODULES, KINDS } from './kinds/index.ts';
import { listAddresses, type Rail, type RailLifts, type Refusal } from './refusal.ts';
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
export function isPersonPlan(plan: Pick<Plan, 'targets'>): boolean {
  if (plan.targets === undefined) return false;
  const parsed = parseTargets(plan.targets);
  return parsed.ok && parsed.targets.some((t) => t.kind === 'user');
}

function checkMassDelete(changes: readonly Change[], desired: DesiredState, live: LiveState): Refusal[] {
  const limit = desired.limits.maxDeletePercent;
  const refusals: Refusal[] = [];
  // A delete followed by a create of the same address (`--replace`) loses nothing.
  const recreated = new Set(changes.flatMap((c) => (c.action === 'create' ? [c.address] : [])));
  const losses = changes.filter((c) => c.action === 'delete' && !recreated.has(c.address));
  // Kinds in the order of their first delete in the plan, as the refusals are read.
  const deleted = [...new Set(losses.map((c) => c.kind))];
  for (const name of deleted) {
    const kind = KIND_MODULES[name];
    const deletes = losses.filter((c) => c.kind === name);
    const total = Math.max(kind.countLive(live, desired), deletes.length);
    const percent = (deletes.length / total) * 100;
    if (percent <= limit) continue;
    const addresses = deletes.map((c) => c.address);
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
 * The lock-out rail, on the state after exactly the plan's changes, simulated in the order
 * apply runs them. A replacement (`--replace`) deletes before it creates: the state between
 * the two is checked too, since a delete that takes away the permission its create needs (the
 * token's own admin membership, a scope's last admin) leaves that state for good.
 */
function checkLockout(plan: PlanUnderRails, live: LiveState): Refusal[] {
  // Nothing to apply: nothing to refuse, and no copy of thousands of orgs.
  if (plan.changes.length === 0) return [];
  const state = structuredClone(live);
  const deleted = new Set<string>();
  const between: { address: string; refusals: Refusal[] }[] = [];
  plan.changes.forEach((change, index) => {
    if (change.action === 'create' && deleted.has(change.address))
      between.push({
        address: change.address,
        refusals: runRails(plan, live, state, plan.changes.slice(0, index)),
      });
    handlersOf(change.kind).simulate(state, change);
    if (change.action === 'delete') deleted.add(change.address);
  });
  const after = runRails(plan, live, state, plan.changes);
  const seen = new Set(after.map((r) => r.message));
  const replaced = between.flatMap(({ address, refusals }) =>
    refusals
      .filter((r) => !seen.has(r.message))
      .map((r) => ({ ...r, message: `--replace deletes ${address} before creating it again: ${r.message}` })),
  );
  return [...after, ...replaced];
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
