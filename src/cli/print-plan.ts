// Printing a plan in the format asked for: shared by `plan` (a fresh plan) and `show` (a saved
// one), so both print the same thing.
import type { Plan } from '../core/types.ts';
import { UsageError } from '../errors.ts';
import { renderPlanJsonLines } from '../render/plan-json.ts';
import { renderPlanMarkdown } from '../render/plan-markdown.ts';
import { renderPlanText } from '../render/plan-text.ts';
import type { CommandContext } from './context.ts';
import { useColor } from './style.ts';

export const PLAN_FORMATS = ['text', 'markdown', 'json'] as const;
export type PlanFormat = (typeof PLAN_FORMATS)[number];

/** The `--format` value, checked. */
export function planFormatOf(raw: unknown): PlanFormat {
  const format = String(raw);
  if (!(PLAN_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format '${format}' is not one of ${PLAN_FORMATS.join(', ')}`);
  }
  return format as PlanFormat;
}

/** Writes the plan to stdout; `--quiet` text prints nothing for an empty plan. */
export async function printPlan(
  ctx: CommandContext,
  plan: Plan,
  format: PlanFormat,
  flags: { quiet?: boolean | undefined; 'no-color'?: boolean | undefined },
): Promise<void> {
  // In pieces: the JSON of thousands of orgs need not exist whole to be written.
  if (format === 'json') await ctx.io.outAll(renderPlanJsonLines(plan));
  else if (format === 'markdown') ctx.io.out(renderPlanMarkdown(plan));
  else if (!flags.quiet || plan.changes.length > 0) {
    ctx.io.out(renderPlanText(plan, { color: useColor(ctx.stdout, flags['no-color'], ctx.env) }));
  }
}
