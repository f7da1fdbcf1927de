// snyk-gitops plan [paths] [--out plan.json] [--format text|markdown|json] [--detailed-exitcode]
//   [--target ADDRESS]... [--replace ADDRESS]... [--allow-mass-delete] [--allow-lockout]
import { resolve } from 'node:path';
import { loadDesired } from '../../engine/plan.ts';
import { renderPlanJsonLines } from '../../render/plan-json.ts';
import { checkOutputPath, writeOutputFile } from '../../util/output-file.ts';
import { PLAN_OPTIONS } from '../command-options.ts';
import { type Command, clockOf } from '../context.ts';
import { configPaths, parseCommandArgs, planSelection, railLifts, resolveApiSettings } from '../options.ts';
import { planFormatOf, printPlan } from '../print-plan.ts';
import { planLive, withSnyk } from '../session.ts';

export const planCommand: Command = async (ctx) => {
  const { values, positionals } = parseCommandArgs(ctx.argv, PLAN_OPTIONS);
  const selection = planSelection(values);
  const format = planFormatOf(values.format);
  const settings = resolveApiSettings(values, ctx.env);
  const config = await loadDesired(configPaths(positionals), ctx.cwd, clockOf(ctx));
  const out = values.out ? { shown: String(values.out), option: '--out' } : undefined;
  if (out) await checkOutputPath(resolve(ctx.cwd, out.shown), out);
  return withSnyk(ctx, settings, values.quiet, async (session) => {
    const { plan } = await planLive(ctx, session, config, selection, railLifts(values));
    // In pieces: the JSON of thousands of orgs need not exist whole to be written.
    if (out) await writeOutputFile(resolve(ctx.cwd, out.shown), renderPlanJsonLines(plan), out);
    await printPlan(ctx, plan, format, values);
    if (values.out && format === 'text' && !values.quiet)
      ctx.io.out(
        `\nSaved the plan to ${values.out}; apply it with: snyk-gitops apply --plan ${values.out} (read it again with: snyk-gitops show ${values.out})\n`,
      );
    return values['detailed-exitcode'] && plan.changes.length > 0 ? 2 : 0;
  });
};
