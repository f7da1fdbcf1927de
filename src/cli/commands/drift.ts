// snyk-gitops drift [paths] [--format text|markdown|json|html] [--output file]
// Like plan, worded as drift. Exit 0 in sync, 2 drift, 1 error — and 1 when a part of Snyk
// could not be read: a scheduled job must not look green while it cannot see the account.
import { resolve } from 'node:path';
import { renderDriftHtml } from '../../drift/render-html.ts';
import { renderDriftJson } from '../../drift/render-json.ts';
import { renderDriftMarkdown } from '../../drift/render-markdown.ts';
import { renderDriftText } from '../../drift/render-text.ts';
import type { DriftReport } from '../../drift/types.ts';
import { detectDriftWithAudit } from '../../engine/drift-audit.ts';
import { loadDesired } from '../../engine/plan.ts';
import { repositoriesFrom } from '../../engine/repository-source.ts';
import { UsageError } from '../../errors.ts';
import { inertText } from '../../util/inert-text.ts';
import { checkOutputPath, writeOutputFile } from '../../util/output-file.ts';
import { redact } from '../../util/redact.ts';
import { DRIFT_OPTIONS } from '../command-options.ts';
import { type Command, clockOf } from '../context.ts';
import { configPaths, parseCommandArgs, resolveApiSettings } from '../options.ts';
import { withSnyk } from '../session.ts';
import { useColor } from '../style.ts';

export const DRIFT_FORMATS = ['text', 'markdown', 'json', 'html'] as const;
type DriftFormat = (typeof DRIFT_FORMATS)[number];

export const driftCommand: Command = async (ctx) => {
  const { values, positionals } = parseCommandArgs(ctx.argv, DRIFT_OPTIONS);
  const format = String(values.format) as DriftFormat;
  if (!DRIFT_FORMATS.includes(format)) {
    throw new UsageError(`--format '${format}' is not one of ${DRIFT_FORMATS.join(', ')}`);
  }
  const settings = resolveApiSettings(values, ctx.env);
  const config = await loadDesired(configPaths(positionals), ctx.cwd, clockOf(ctx));
  const output =
    values.output === undefined ? undefined : { shown: String(values.output), option: '--output' };
  if (output) await checkOutputPath(resolve(ctx.cwd, output.shown), output);
  const report = await withSnyk(ctx, settings, values.quiet, ({ client, reading }) =>
    detectDriftWithAudit(config, client, {
      now: clockOf(ctx),
      onProgress: reading,
      full: values.full === true,
      ...(values.since === undefined ? {} : { since: String(values.since) }),
      ...repositoriesFrom(ctx.env),
    }),
  );

  // Asked to read only what changed, it read everything: said on stderr too, so that --quiet shows it.
  if (values.since !== undefined && report.audit?.mode === 'full' && report.audit.reason !== undefined) {
    ctx.io.err(`Note: drift read everything: ${inertText(report.audit.reason)}.\n`);
  }
  const color = useColor(ctx.stdout, values['no-color'], ctx.env);
  const rendered = render(report, format, values.output === undefined && color);
  if (output !== undefined) {
    await writeOutputFile(resolve(ctx.cwd, output.shown), redact(rendered, ctx.secrets), output);
    if (!values.quiet)
      ctx.io.out(
        `${report.inSync ? 'No drift' : `Drift: ${report.summary.total} items`}; wrote the ${format} report to ${values.output}\n`,
      );
  } else if (!values.quiet || !report.inSync || report.unknown.length > 0) {
    ctx.io.out(rendered);
  }
  if (report.unknown.length > 0) {
    ctx.io.err(
      `Error: ${report.unknown.length} part${report.unknown.length === 1 ? '' : 's'} of Snyk could not be read (${report.unknown.map((u) => u.address).join(', ')}); the report covers the rest.\n`,
    );
    return 1;
  }
  return report.inSync ? 0 : 2;
};

function render(report: DriftReport, format: DriftFormat, color: boolean): string {
  if (format === 'json') return renderDriftJson(report);
  if (format === 'markdown') return renderDriftMarkdown(report);
  if (format === 'html') return renderDriftHtml(report);
  return renderDriftText(report, { color });
}
