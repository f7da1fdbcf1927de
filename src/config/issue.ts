import type { ConfigIssueCode } from './issue-codes.ts';

// A problem found in the config files, located at the file, line and column it came from.
// Every message names the offending value and what was expected; `formatIssue` is the one
// place that turns an issue into the `file:line:column: message` line users read.

export interface Issue {
  /** One cause each, from the catalogue (src/config/issue-codes.ts), e.g. 'unknown-key'. */
  code: ConfigIssueCode;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  /** Path inside the file's document, e.g. 'orgs[3].members[1].role'. */
  path?: string;
}

/** `snyk.yaml:41:13: Unknown role ...`; the location is left out where it is unknown. */
export function formatIssue(issue: Issue): string {
  if (issue.file === undefined) return issue.message;
  const position = issue.line === undefined ? '' : `:${issue.line}:${issue.column ?? 1}`;
  return `${issue.file}${position}: ${issue.message}`;
}

/** Orders issues by file, then line, then column, so output reads top to bottom. */
export function compareIssues(a: Issue, b: Issue): number {
  const file = (a.file ?? '').localeCompare(b.file ?? '');
  if (file !== 0) return file;
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/** 'orgs[3].members[1].role' from ['orgs', 3, 'members', 1, 'role']. */
export function formatPath(path: readonly (string | number)[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text === '' ? '(top level)' : text;
}

/** A short, quoted rendering of a value for messages; long values are cut. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') {
    const cut = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return `'${cut}'`;
  }
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

/** The kind of a value in YAML terms, for "expected X, got Y" messages. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  return typeof value;
}
