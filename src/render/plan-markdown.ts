// The plan as a pull-request comment: the summary sentence, a table per scope, a collapsible
// diff per scope and the warnings. GitHub refuses comments over 65,536 characters, so a large
// plan is summarised: scopes are shown in full while they fit, the rest are counted.

import { applyBudgetSentence } from '../core/apply-estimate.ts';
import type { Change, Plan } from '../core/types.ts';
import {
  countActions,
  countsPhrase,
  type Entry,
  entriesOf,
  groupByScope,
  partialSentence,
  type Scope,
  SYMBOL,
  summarySentence,
} from './describe.ts';
import { mdCode, mdFenceLine, mdHtml, mdText } from './inert-markdown.ts';
import { renderRefusalsMarkdown } from './refusals.ts';

const DEFAULT_MAX_LENGTH = 65_000;
const MAX_TABLE_ROWS = 60;
const MAX_LINES_PER_SCOPE = 200;
const MAX_WARNINGS = 30;
// GitHub's diff highlighting: '+' green, '-' red, '!' orange.
// The plan text's symbols, except '!' for a change: GitHub's diff colours '+' green, '-' red,
// '!' orange, and '~' not at all. A replacement's '-/+' reads (and colours) as a removal.
const DIFF_SYMBOL = { ...SYMBOL, update: '!' } as const;

function counts(changes: Change[]): string {
  return countsPhrase(countActions(changes));
}

function diffLine(entry: Entry): string[] {
  const mark = DIFF_SYMBOL[entry.action];
  const head = `${mark} ${entry.address.text}${entry.action === 'replace' ? ' must be replaced' : ''}`;
  if (entry.details.length === 1 && entry.action !== 'update') return [`${head}  (${entry.details[0]})`];
  return [head, ...entry.details.map((line) => `${mark === '-/+' ? '-' : mark}     ${line}`)];
}

function renderScope(scope: Scope, maxLines: number): string {
  const lines = entriesOf(scope.changes).flatMap(diffLine).map(mdFenceLine);
  const shown = lines.slice(0, maxLines);
  if (lines.length > maxLines) shown.push(`# … and ${lines.length - maxLines} more lines`);
  const notes = [...new Set(scope.changes.flatMap((c) => (c.note === undefined ? [] : [c.note])))];
  return [
    `<details><summary><code>${mdHtml(scope.title)}</code>: ${counts(scope.changes)}</summary>`,
    '',
    '```diff',
    ...shown,
    '```',
    ...notes.map((note) => `> ${mdText(note)}`),
    '',
    '</details>',
    '',
  ].join('\n');
}

function renderTable(scopes: Scope[], maxRows: number): string {
  const rows = scopes.slice(0, maxRows).map((scope) => {
    const { create, update, delete: destroy } = countActions(scope.changes);
    return `| ${mdCode(scope.title, { inTable: true })} | ${create} | ${update} | ${destroy} |`;
  });
  const rest = scopes.slice(maxRows);
  if (rest.length > 0) {
    const { create, update, delete: destroy } = countActions(rest.flatMap((s) => s.changes));
    rows.push(`| … ${rest.length} more | ${create} | ${update} | ${destroy} |`);
  }
  return ['| Scope | Add | Change | Destroy |', '|---|--:|--:|--:|', ...rows, ''].join('\n');
}

function renderWarnings(plan: Plan, max: number): string {
  if (plan.warnings.length === 0) return '';
  const items = plan.warnings.slice(0, max).map((w) => {
    const where = w.address === undefined ? '' : `${mdCode(w.address.text)}: `;
    return `- ${where}${mdText(w.message)}`;
  });
  if (plan.warnings.length > max) items.push(`- … and ${plan.warnings.length - max} more warnings`);
  return ['**Warnings**', '', ...items, ''].join('\n');
}

/** The partial-plan notice and the apply budget line, when they apply. */
function headNotes(plan: Plan): string[] {
  const partial = partialSentence(plan);
  const budget = plan.changes.length > 0 && plan.stats ? applyBudgetSentence(plan.stats) : undefined;
  return [
    ...(budget === undefined ? [] : [budget, '']),
    ...(partial === undefined ? [] : [`> ${mdText(partial)}`, '']),
  ];
}

export function renderPlanMarkdown(plan: Plan, options: { maxLength?: number; title?: string } = {}): string {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const head =
    [
      `### ${mdText(options.title ?? 'snyk-gitops plan')}`,
      '',
      `**${summarySentence(plan.summary)}**`,
      '',
      ...headNotes(plan),
    ].join('\n') + renderRefusalsMarkdown(plan);
  const scopes = groupByScope(plan.changes);
  if (scopes.length === 0) return fitWithin(`${head}${renderWarnings(plan, MAX_WARNINGS)}`, maxLength);

  const full = [
    head,
    renderTable(scopes, scopes.length),
    ...scopes.map((s) => renderScope(s, Infinity)),
    renderWarnings(plan, plan.warnings.length),
  ].join('\n');
  if (full.length <= maxLength) return full;

  // Too large for one comment: a bounded table and warnings, then whole scopes while they fit.
  const table = renderTable(scopes, MAX_TABLE_ROWS);
  const warnings = renderWarnings(plan, MAX_WARNINGS);
  const footer = (shown: number) =>
    `\n_This plan is too large for one comment: ${plan.changes.length} changes in ${scopes.length} scopes, ${shown} shown in full above. Run \`snyk-gitops plan\` or see the job summary for the whole plan._\n`;
  let body = [head, table, warnings].join('\n');
  let shown = 0;
  for (const scope of scopes) {
    const section = renderScope(scope, MAX_LINES_PER_SCOPE);
    // A scope that does not fit is skipped, not the end: smaller ones after it still may.
    if (body.length + section.length + 1 + footer(scopes.length).length > maxLength) continue;
    body += `\n${section}`;
    shown += 1;
  }
  return fitWithin(body + footer(shown), maxLength);
}

/** Last resort: never exceed the limit, whatever the content. */
function fitWithin(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const marker = '\n\n_… truncated to fit the comment size limit._\n';
  return text.slice(0, Math.max(0, maxLength - marker.length)) + marker;
}
