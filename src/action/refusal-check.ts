// The pull-request check of a plan that apply would refuse (contract §4.3): it fails with the
// refusal's own message, unless the workflow sets the input that lifts that rail for apply.
import { overrideInput, type Refusal } from '../core/refusal.ts';
import type { Plan } from '../core/types.ts';
import type { ActionContext } from './action-context.ts';

/** The refusals the workflow's inputs do not lift. */
export function blockingRefusals(
  plan: Pick<Plan, 'refusals'>,
  lifted: { allowMassDelete: boolean; allowLockout: boolean },
): Refusal[] {
  return (plan.refusals ?? []).filter((r) =>
    r.rail === 'mass-delete' ? !lifted.allowMassDelete : !lifted.allowLockout,
  );
}

/** GitHub shows only the first few annotations of a step: the rest are counted. */
const MAX_ANNOTATED = 5;

/** Annotates each blocking refusal; true when the check must fail. */
export function reportRefusals(ctx: ActionContext, plan: Plan): boolean {
  const blocking = blockingRefusals(plan, ctx.settings);
  for (const refusal of blocking.slice(0, MAX_ANNOTATED)) {
    ctx.annotate({
      level: 'error',
      message: `apply will refuse this plan: ${refusal.message} (set the input ${overrideInput(refusal)}: true on the workflow that applies, if this is intended)`,
    });
  }
  if (blocking.length > MAX_ANNOTATED) {
    ctx.annotate({
      level: 'error',
      message: `apply will refuse this plan: ${blocking.length - MAX_ANNOTATED} more refusals than shown here, listed in the plan comment`,
    });
  }
  return blocking.length > 0;
}
