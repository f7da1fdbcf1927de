// snyk-gitops show PLAN.json [--format text|markdown|json]
// Prints a saved plan as `plan` printed it, after the checks `apply --plan` makes of the file
// (a plan the Action made with a read-only token is shown, with a note, where apply refuses it).
// Offline: it reads no live state (apply --plan checks that the plan is still fresh).
import { incompleteness, readSavedPlan } from '../../engine/saved-plan.ts';
import { UsageError } from '../../errors.ts';
import { SHOW_OPTIONS } from '../command-options.ts';
import type { Command } from '../context.ts';
import { parseCommandArgs } from '../options.ts';
import { planFormatOf, printPlan } from '../print-plan.ts';

export const showCommand: Command = async (ctx) => {
  const { values, positionals } = parseCommandArgs(ctx.argv, SHOW_OPTIONS);
  const format = planFormatOf(values.format);
  const [file, ...rest] = positionals;
  if (file === undefined) throw new UsageError('show needs the plan file, e.g. snyk-gitops show plan.json');
  if (rest.length > 0) throw new UsageError(`show takes one plan file (got also '${rest[0]}')`);
  const plan = await readSavedPlan(ctx.cwd, file, false);
  await printPlan(ctx, plan, format, values);
  // A plan the Action made with a read-only token is shown, with what it could not see.
  const missing = incompleteness(plan, file);
  if (missing !== undefined) ctx.io.err(`Note: ${missing}; apply --plan refuses it.\n`);
  return 0;
};
