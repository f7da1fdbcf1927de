// `snyk-gitops validate [paths] [--format text|json]`: schema and rules, offline. Exit 0 when
// valid, 1 when not; every problem of every file is reported in one run.
import { formatIssue, type Issue, type LoadResult, loadConfig } from '../../config/index.ts';
import type { DesiredState } from '../../core/types.ts';
import { UsageError } from '../../errors.ts';
import { VALIDATE_OPTIONS } from '../command-options.ts';
import { type Command, clockOf } from '../context.ts';
import { configPaths, parseCommandArgs } from '../options.ts';

const FORMATS = ['text', 'json'] as const;

export interface ValidateSummary {
  valid: boolean;
  files: number;
  errors: number;
  warnings: number;
  /** Counts of the validated state (0 when invalid). */
  orgs: number;
  memberships: number;
  text: string;
}

export const validateCommand: Command = async (ctx) => {
  const { values, positionals } = parseCommandArgs(ctx.argv, VALIDATE_OPTIONS);
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(
      `--format '${format}' is not supported by validate: expected ${FORMATS.join(' or ')}`,
    );
  const result = await loadConfig(configPaths(positionals), { cwd: ctx.cwd, now: clockOf(ctx) });
  const summary = summarize(result);
  const issues = result.ok ? [] : result.issues;
  const warnings = result.ok ? result.warnings : [];
  if (format === 'json') {
    ctx.io.out(
      `${JSON.stringify({ valid: result.ok, files: result.files, issues, warnings, summary }, null, 2)}\n`,
    );
  } else {
    const quiet = values.quiet === true;
    if (!quiet) for (const w of warnings) ctx.io.err(`warning: ${formatIssue(w)}\n`);
    for (const issue of issues) ctx.io.err(`${formatIssue(issue)}\n`);
    if (result.ok) {
      if (!quiet) ctx.io.out(`${summary.text}\n`);
    } else ctx.io.err(`${summary.text}\n`);
  }
  return result.ok ? 0 : 1;
};

export function summarize(result: LoadResult): ValidateSummary {
  const files = result.files.length;
  if (!result.ok) {
    const errors = result.issues.length;
    const inFiles = new Set(result.issues.flatMap((i: Issue) => (i.file === undefined ? [] : [i.file]))).size;
    const where = inFiles === 0 ? '' : ` in ${plural(inFiles, 'file')}`;
    return {
      valid: false,
      files,
      errors,
      warnings: 0,
      orgs: 0,
      memberships: 0,
      text: `${plural(errors, 'error')}${where}`,
    };
  }
  const orgs = result.desired.orgs.length;
  const memberships = countMemberships(result.desired);
  const warned = result.warnings.length === 0 ? '' : `, ${plural(result.warnings.length, 'warning')}`;
  return {
    valid: true,
    files,
    errors: 0,
    warnings: result.warnings.length,
    orgs,
    memberships,
    text: `valid: ${plural(files, 'file')}, ${plural(orgs, 'org')}, ${plural(memberships, 'membership')}${warned}`,
  };
}

function countMemberships(desired: DesiredState): number {
  let count = (desired.group.members?.length ?? 0) + (desired.tenant?.members?.length ?? 0);
  for (const org of desired.orgs) count += org.members?.length ?? 0;
  return count;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
