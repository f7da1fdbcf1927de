// Errors of the engine's steps, each with a stable code and everything needed to explain it.
import type { ConfigIssueCode } from '../config/issue-codes.ts';
import type { IssueCode } from '../core/plan-codes.ts';
import type { Refusal } from '../core/safety.ts';
import { GitopsError } from '../errors.ts';

/** One located problem, ready to print as `file:line:column: message`. */
export interface LocatedIssue {
  /** A config issue's code (src/config/issue-codes.ts) or a plan issue's (src/core/plan-codes.ts). */
  code: ConfigIssueCode | IssueCode;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  address?: string;
}

export function formatLocated(issue: LocatedIssue): string {
  const where = issue.file ? `${issue.file}${issue.line ? `:${issue.line}:${issue.column ?? 1}` : ''}: ` : '';
  return `${where}${issue.message}`;
}

/** The config is invalid (schema or rules), or it does not fit the live account. */
export class ConfigInvalidError extends GitopsError {
  readonly issues: LocatedIssue[];
  constructor(issues: LocatedIssue[], what = 'the configuration is invalid') {
    const count = `${issues.length} error${issues.length === 1 ? '' : 's'}`;
    super(`${what} (${count}):\n${issues.map((i) => `  ${formatLocated(i)}`).join('\n')}`, {
      code: 'CONFIG_INVALID',
    });
    this.issues = issues;
  }
}

export class StalePlanError extends GitopsError {
  /** `since`: when the plan's state was read ('this plan was made', 'the confirmation prompt'). */
  constructor(planned: string, now: string, since = 'this plan was made') {
    super(
      `the live state changed since ${since}; plan again (plan fingerprint ${planned}, live now ${now}). Nothing was written.`,
      { code: 'PLAN_STALE' },
    );
  }
}

export class SafetyRefusalError extends GitopsError {
  readonly refusals: Refusal[];
  constructor(refusals: Refusal[]) {
    super(
      `refusing to apply (nothing was written):\n${refusals.map((r) => `  - ${r.message} (override: ${r.override})`).join('\n')}`,
      { code: 'SAFETY_REFUSED' },
    );
    this.refusals = refusals;
  }
}
