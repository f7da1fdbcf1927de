// The pull-request check of a plan that apply would refuse
// (docs/safety.md#safety-rails-one-decision-for-plan-and-apply): the plan was made with the rails
// the workflow's inputs lift, so its refusals are exactly what apply of it will refuse; the check
// fails with each refusal's own message.
import { overrideInput } from '../core/refusal.ts';
import type { Plan } from '../core/types.ts';
import type { ActionContext } from './action-context.ts';

/** GitHub shows only the first few annotations of a step: the rest are counted. */
const MAX_ANNOTATED = 5;

/** Annotates each refusal of the plan; true when the check must fail. */
export function reportRefusals(ctx: ActionContext, plan: Pick<Plan, 'refusals'>): boolean {
  const blocking = plan.refusals ?? [];
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
