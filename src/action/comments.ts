// The markdown the action posts: PR comments, the apply outcome, the drift issue. Pure
// string builders; masking, the size limit and posting happen in run.ts. Each body starts
// with a hidden marker so that later runs find (and update) it instead of adding another.
// Everything from Snyk, the config or an error goes through the markdown rule
// (src/render/inert-markdown.ts): it renders as text, never as markup or a mention.
import type { Plan } from '../core/types.ts';
import { countsPhrase as driftCountsPhrase } from '../drift/render-common.ts';
import { countsPhrase } from '../render/describe.ts';
import { mdCode, mdFence, mdText } from '../render/inert-markdown.ts';
import type { ApplyResult, DriftResult, ValidateResult } from './engine.ts';

export interface RunLink {
  /** URL of this workflow run, when known. */
  url?: string;
  sha: string;
}

function sanitize(key: string): string {
  return key.replace(/-->/g, '—>').replace(/\s+/g, ' ');
}

export const planMarker = (key: string) => `<!-- snyk-gitops:plan:${sanitize(key)} -->`;
export const applyMarker = (key: string) => `<!-- snyk-gitops:apply:${sanitize(key)} -->`;
export const driftMarker = (key: string) => `<!-- snyk-gitops:drift:${sanitize(key)} -->`;

function short(sha: string): string {
  return sha.slice(0, 7) || 'unknown';
}

function runLine(run: RunLink): string {
  const where = run.url ? `[this run](${run.url})` : 'this run';
  return `Commit \`${short(run.sha)}\` · ${where}`;
}

/** Multi-line text (validator output, an error, the apply log) that nothing can leave. */
export const fence = (text: string): string => mdFence(text);

/** A drift result's counts in the drift report's words (`1 added, 0 removed, 2 changed`). */
function driftCounts(summary: Record<string, number>): string {
  return driftCountsPhrase({
    added: summary.added ?? 0,
    removed: summary.removed ?? 0,
    changed: summary.changed ?? 0,
  });
}

export function renderPlanComment(input: {
  config: string;
  plan: Plan;
  planMarkdown: string;
  digest: string;
  run: RunLink;
}): string {
  const { plan } = input;
  return [
    `### snyk-gitops plan for ${mdCode(input.config)}`,
    '',
    `${runLine(input.run)} · ${countsPhrase(plan.summary)}`,
    `Live-state fingerprint \`${plan.fingerprint}\` · plan digest \`${input.digest}\``,
    '',
    ...(plan.unreadable?.length ? [renderUnreadable(plan)] : []),
    input.planMarkdown,
    '',
    '<sub>On merge, the apply job applies this plan. The full plan is in the job summary and the plan file (output `plan-path`).</sub>',
  ].join('\n');
}

/** How many unreadable parts the comment names; the plan file lists them all. */
const MAX_UNREADABLE_SHOWN = 10;

/**
 * What the plan's token could not read (not compared here, planned in full by apply), as the
 * lines the plan comment shows; bounded, so the caller can budget the rest of the comment.
 */
export function renderUnreadable(plan: Pick<Plan, 'unreadable'>): string {
  const parts = plan.unreadable ?? [];
  if (parts.length === 0) return '';
  const shown = parts.slice(0, MAX_UNREADABLE_SHOWN);
  return [
    `> ⚠️ **Unknown: the token cannot read ${parts.length === 1 ? 'this part' : `these ${parts.length} parts`}** of live Snyk, so this plan does not compare ${parts.length === 1 ? 'it' : 'them'}. The apply (with the admin token) reads and plans everything.`,
    ...shown.map((part) => `> - unknown: ${mdCode(part.address)}: ${mdText(part.reason.slice(0, 300))}`),
    ...(parts.length > shown.length
      ? [`> - … and ${parts.length - shown.length} more, listed in the plan file`]
      : []),
    '',
  ].join('\n');
}

export function renderValidationComment(input: {
  config: string;
  result: ValidateResult;
  reason?: string;
  run: RunLink;
}): string {
  const { result } = input;
  const lines = [
    result.ok
      ? `### ✅ snyk-gitops: ${mdCode(input.config)} is valid`
      : `### ❌ snyk-gitops: ${mdCode(input.config)} is invalid`,
    '',
    runLine(input.run),
  ];
  if (input.reason) lines.push('', `> **Plan skipped:** ${mdText(input.reason)}.`);
  if (!result.ok) {
    lines.push('', `${result.issues.length} problem(s):`, '');
    for (const issue of result.issues) {
      const where = issue.file ? `${mdCode(`${issue.file}${issue.line ? `:${issue.line}` : ''}`)} ` : '';
      lines.push(`- ${where}${mdText(issue.message)}`);
    }
    if (result.text.trim())
      lines.push(
        '',
        '<details><summary>Validator output</summary>',
        '',
        fence(result.text),
        '',
        '</details>',
      );
  }
  return lines.join('\n');
}

export function renderPlanErrorComment(input: { config: string; error: string; run: RunLink }): string {
  return [
    `### ❌ snyk-gitops: could not plan ${mdCode(input.config)}`,
    '',
    runLine(input.run),
    '',
    fence(input.error),
  ].join('\n');
}

export function renderApplyComment(input: { config: string; result: ApplyResult; run: RunLink }): string {
  const { result } = input;
  const head = result.ok
    ? `### ✅ snyk-gitops applied ${mdCode(input.config)}`
    : `### ❌ snyk-gitops apply of ${mdCode(input.config)} failed`;
  return [
    head,
    '',
    `${runLine(input.run)} · ${result.applied} applied, ${result.failed} failed, ${result.skipped} skipped`,
    '',
    // The result names addresses and Snyk's error details: fenced, so none of it is markup.
    fence(result.text),
  ].join('\n');
}

export function renderRefusalComment(input: {
  config: string;
  why: string[];
  run: RunLink;
  /** The pull requests whose reviewed plans were considered. */
  reviewed: number[];
}): string {
  const shown = input.why.slice(0, 50);
  const more = input.why.length - shown.length;
  const reviewed =
    input.reviewed.length === 0
      ? 'no reviewed plan'
      : `the plans last commented on ${mdText(input.reviewed.map((n) => `#${n}`).join(', '))}`;
  return [
    `### ⛔ snyk-gitops did not apply ${mdCode(input.config)}`,
    '',
    runLine(input.run),
    '',
    `\`require-reviewed-plan\` is on and the plan at merge has changes that ${reviewed} (the pull requests merged since the last applied commit) did not show. Nothing was changed in Snyk. Open a pull request to review the current plan (or revert the live change and re-run this workflow).`,
    '',
    ...shown.map(refusalLine),
    ...(more > 0 ? [`- … and ${more} more`] : []),
  ].join('\n');
}

/** `new since review: ADDRESS…` with the change in code; other reasons as escaped text. */
function refusalLine(line: string): string {
  const match = /^((?:new|changed) since review|no longer planned): (.*)$/.exec(line);
  return match ? `- ${match[1]}: ${mdCode(match[2] ?? '')}` : `- ${mdText(line)}`;
}

export function driftIssueTitle(config: string): string {
  return `Snyk drift: live state differs from ${config}`;
}

export function renderDriftIssue(input: {
  config: string;
  result: DriftResult;
  run: RunLink;
  /** Set when merged config changes have no successful apply yet (unapplied-merges.ts). */
  unapplied?: string;
}): string {
  const { result } = input;
  return [
    `Live Snyk state differs from ${mdCode(input.config)} (changes made in Snyk behind git's back).`,
    '',
    ...(input.unapplied ? [`> ⚠️ ${mdText(input.unapplied)}`, ''] : []),
    `Last checked: ${runLine(input.run)} · ${driftCounts(result.summary)}${result.unknownParts > 0 ? ` · ${result.unknownParts} part(s) could not be read` : ''}`,
    '',
    result.markdown,
    '',
    '<sub>Updated by every drift run while drift persists; closed when live state is back in sync. Fix it by reverting the change in Snyk or by updating the file.</sub>',
  ].join('\n');
}

export function renderInSyncComment(input: { config: string; run: RunLink }): string {
  return `✅ Live Snyk state is back in sync with ${mdCode(input.config)} (${runLine(input.run)}). Closing.`;
}
