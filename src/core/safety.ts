// Safety rails (contract §2, §4.3): a plan deleting too large a share of any kind, or locking
// the token's user or an org/the group out of administration, is refused unless the matching
// flag lifts that rail. Computed when a plan is made (the plan carries its refusals) and again
// by apply, by this one function.
import { KIND_MODULES, KINDS } from './kinds/index.ts';
import { listAddresses, type Refusal } from './refusal.ts';
import { applyChangesToLive } from './simulate.ts';
import type { Change, DesiredState, LiveState, Plan } from './types.ts';

export type { Refusal };

export function checkSafety(
  plan: Pick<Plan, 'changes' | 'desired'>,
  live: LiveState,
  options: { allowMassDelete?: boolean; allowLockout?: boolean },
): Refusal[] {
  return [
    ...(options.allowMassDelete === true ? [] : checkMassDelete(plan.changes, plan.desired, live)),
    ...(options.allowLockout === true ? [] : checkLockout(plan, live)),
  ];
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

function checkLockout(plan: Pick<Plan, 'changes' | 'desired'>, live: LiveState): Refusal[] {
  // Nothing to apply: the state after is the one before, not a copy of thousands of orgs.
  const after = plan.changes.length === 0 ? live : applyChangesToLive(live, plan);
  return KINDS.flatMap((kind) => {
    if (kind.rails === undefined) return [];
    const changes = plan.changes.filter((c) => c.kind === kind.kind);
    // Each module's rail sees its own changes only; the cast is the registry's correlation.
    return (kind.rails as (ctx: object) => Refusal[])({ desired: plan.desired, live, after, changes });
  });
}

function formatPercent(percent: number): string {
  return `${Math.round(percent * 10) / 10}%`;
}
