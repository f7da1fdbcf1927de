// The pull-request check of a plan that apply would refuse
// (docs/safety.md#safety-rails-one-decision-for-plan-and-apply): the plan was made with the rails
// the workflow's inputs lift, so its refusals are exactly what apply of it will refuse; the check
// fails with each refusal's own message. So does a plan that creates a service account with a
// secret when the workflow gives no secrets-dir: apply refuses it before any write.
import { overrideInput } from '../core/refusal.ts';
import type { Plan } from '../core/types.ts';
import { secretOutputs } from '../engine/secrets-dir.ts';
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

/** Annotates a plan whose apply needs the secrets-dir input the workflow lacks; true when it does. */
export function reportMissingSecretsDir(ctx: ActionContext, plan: Pick<Plan, 'changes'>): boolean {
  if (ctx.settings.secretsDir !== undefined) return false;
  const needing = secretOutputs(plan.changes);
  if (needing.length === 0) return false;
  const addresses = needing.slice(0, MAX_ANNOTATED).map((c) => c.address);
  const more = needing.length > MAX_ANNOTATED ? ` and ${needing.length - MAX_ANNOTATED} more` : '';
  ctx.annotate({
    level: 'error',
    message: `apply will refuse this plan: Snyk returns the secret of ${addresses.join(', ')}${more} once, and this workflow has no secrets-dir input to write it to (docs/action.md)`,
  });
  return true;
}
