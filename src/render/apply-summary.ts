// The result of an apply, as people read it: the counts, each failure with Snyk's error, the
// notices, and what a fresh plan still shows. One renderer for the CLI (text, coloured on a
// terminal) and the action (text for the log, markdown for the PR comment and job summary).
import type { ApplyResult } from '../core/apply-result.ts';
import type { Change } from '../core/types.ts';
import { inertText } from '../util/inert-text.ts';
import { red } from './ansi.ts';
import { mdCode, mdText } from './inert-markdown.ts';

export interface ApplySummaryInput {
  result: ApplyResult;
  /** What a fresh plan still shows after applying (empty when converged). */
  remaining: readonly Change[];
  remainingNotes: readonly string[];
  /** How many scopes (orgs, group or tenant parts) were read again to verify the apply. */
  verifiedScopes?: number;
}

const SHOWN_REMAINING = 20;

function lines(input: ApplySummaryInput, markdown: boolean, color: boolean): string[] {
  const { result, remaining, remainingNotes } = input;
  const item = markdown ? '- ' : '  ';
  // Addresses, errors and notes carry names from Snyk: inert in either form.
  const code = (text: string) => (markdown ? mdCode(text) : inertText(text));
  const say = (text: string) => (markdown ? mdText(text) : inertText(text));
  const notStarted = result.notStarted > 0 ? `, not started ${result.notStarted}` : '';
  const out = [`Applied ${result.applied}, failed ${result.failed}, skipped ${result.skipped}${notStarted}.`];
  for (const r of result.results.filter((x) => x.status === 'failed')) {
    out.push(
      `${item}${markdown ? 'failed' : red(color, 'failed')} ${code(r.change.address.text)}: ${say(r.error ?? '')}`,
    );
  }
  for (const notice of result.notices) out.push(`${item}note: ${say(notice)}`);
  if (result.notStarted > 0) {
    out.push(
      'Interrupted: the changes above were made or failed; the ones not started were not. Run plan to see what is left, then apply again: nothing done is done twice.',
    );
  } else if (remaining.length > 0) {
    out.push(`A fresh plan still shows ${remaining.length} change${remaining.length === 1 ? '' : 's'}:`);
    for (const c of remaining.slice(0, SHOWN_REMAINING))
      out.push(`${item}${c.action} ${code(c.address.text)}`);
    if (remaining.length > SHOWN_REMAINING)
      out.push(`${item}… and ${remaining.length - SHOWN_REMAINING} more`);
    out.push(...remainingNotes.map((n) => `${item}${say(n)}`));
    if (result.failed + result.skipped > 0)
      out.push(`${item}Re-run apply to finish: nothing done is done twice.`);
  } else if (remainingNotes.length > 0) {
    out.push(...remainingNotes.map((n) => `${item}${say(n)}`));
  } else {
    const scopes = input.verifiedScopes;
    out.push(
      scopes === undefined
        ? 'Snyk now matches the configuration.'
        : `Snyk now matches the configuration. Converged in the ${scopes} scope${scopes === 1 ? '' : 's'} the changes touched (read again to check).`,
    );
  }
  return out;
}

export function renderApplySummaryText(input: ApplySummaryInput, options: { color?: boolean } = {}): string {
  return lines(input, false, options.color === true).join('\n');
}

export function renderApplySummaryMarkdown(input: ApplySummaryInput): string {
  return lines(input, true, false).join('\n\n');
}
