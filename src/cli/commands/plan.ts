// snyk-gitops plan [paths] [--out plan.json] [--format text|markdown|json] [--detailed-exitcode]
//   [--target ADDRESS]... [--replace ADDRESS]... [--allow-mass-delete] [--allow-lockout]
import { resolve } from 'node:path';
import { loadDesired } from '../../engine/plan.ts';
import { UsageError } from '../../errors.ts';
import { renderPlanJsonLines } from '../../render/plan-json.ts';
import { renderPlanMarkdown } from '../../render/plan-markdown.ts';
import { renderPlanText } from '../../render/plan-text.ts';
import { checkOutputPath, writeOutputFile } from '../../util/output-file.ts';
import { type Command, clockOf } from '../context.ts';
import {
  configPaths,
  PLAN_SELECTION_OPTIONS,
  parseCommandArgs,
  planSelection,
  RAIL_OPTIONS,
  railLifts,
  resolveApiSettings,
} from '../options.ts';
import { planLive, withSnyk } from '../session.ts';
import { useColor } from '../style.ts';

export const FORMATS = ['text', 'markdown', 'json'] as const;

export const planCommand: Command = async (ctx) => {
  const { values, positionals } = parseCommandArgs(ctx.argv, {
    out: { type: 'string' },
    format: { type: 'string', default: 'text' },
    'detailed-exitcode': { type: 'boolean' },
    ...PLAN_SELECTION_OPTIONS,
    ...RAIL_OPTIONS,
  });
  const selection = planSelection(values);
  const format = String(values.format);
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format '${format}' is not one of ${FORMATS.join(', ')}`);
  }
  const settings = resolveApiSettings(values, ctx.env);
  const config = await loadDesired(configPaths(positionals), ctx.cwd, clockOf(ctx));
  const out = values.out ? { shown: String(values.out), option: '--out' } : undefined;
  if (out) await checkOutputPath(resolve(ctx.cwd, out.shown), out);
  return withSnyk(ctx, settings, values.quiet, async (session) => {
    const { plan } = await planLive(ctx, session, config, selection, railLifts(values));
    // In pieces: the JSON of thousands of orgs need not exist whole to be written.
    if (out) await writeOutputFile(resolve(ctx.cwd, out.shown), renderPlanJsonLines(plan), out);
    if (format === 'json') await ctx.io.outAll(renderPlanJsonLines(plan));
    else if (format === 'markdown') ctx.io.out(renderPlanMarkdown(plan));
    else if (!values.quiet || plan.changes.length > 0) {
      ctx.io.out(renderPlanText(plan, { color: useColor(ctx.stdout, values['no-color'], ctx.env) }));
    }
    if (values.out && format === 'text' && !values.quiet)
      ctx.io.out(
        `\nSaved the plan to ${values.out}; apply it with: snyk-gitops apply --plan ${values.out}\n`,
      );
    return values['detailed-exitcode'] && plan.changes.length > 0 ? 2 : 0;
  });
};
