// The plan for a terminal or a CI log: grouped by scope, one line per change with its details,
// notes and warnings, and Terraform's summary line. Colour only when asked (a TTY).

import { applyBudgetSentence } from '../core/apply-estimate.ts';
import type { ChangeAction, Plan } from '../core/types.ts';
import { inertText } from '../util/inert-text.ts';
import { bold, dim, green, red, yellow } from './ansi.ts';
import { entriesOf, groupByScope, partialSentence, SYMBOL, summarySentence } from './describe.ts';
import { renderRefusalsText } from './refusals.ts';

const STYLES: Record<
  ChangeAction | 'replace' | 'warn' | 'bold' | 'dim',
  (on: boolean, text: string) => string
> = {
  create: green,
  update: yellow,
  delete: red,
  replace: yellow,
  warn: yellow,
  bold,
  dim,
};

export function renderPlanText(plan: Plan, options: { color: boolean }): string {
  const paint = (style: keyof typeof STYLES, text: string) => STYLES[style](options.color, text);
  const out: string[] = [];
  const partial = partialSentence(plan);
  if (partial !== undefined) out.push(paint('warn', partial), '');
  for (const scope of groupByScope(plan.changes)) {
    out.push(paint('bold', inertText(scope.title)));
    for (const entry of entriesOf(scope.changes)) {
      // Every string of a change may come from Snyk: shown, never obeyed by the terminal.
      const details = entry.details.map(inertText);
      const inline = details.length === 1 && entry.action !== 'update' ? `  (${details[0]})` : '';
      const replaced = entry.action === 'replace' ? ' must be replaced' : '';
      const head = `${SYMBOL[entry.action]} ${inertText(entry.address.text)}${replaced}`;
      out.push(`  ${paint(entry.action, head)}${inline}`);
      if (inline === '') for (const line of details) out.push(`      ${line}`);
      if (entry.note !== undefined) out.push(paint('dim', `      # ${inertText(entry.note)}`));
    }
    out.push('');
  }
  if (plan.warnings.length > 0) {
    out.push(paint('warn', 'Warnings:'));
    for (const warning of plan.warnings) {
      out.push(
        `  ${paint('warn', '!')} ${warning.address === undefined ? '' : `${inertText(warning.address.text)}: `}${inertText(warning.message)}`,
      );
    }
    out.push('');
  }
  out.push(...renderRefusalsText(plan, paint));
  out.push(paint('bold', summarySentence(plan.summary)));
  const budget = plan.changes.length > 0 && plan.stats ? applyBudgetSentence(plan.stats) : undefined;
  if (budget !== undefined) out.push(budget);
  return `${out.join('\n')}\n`;
}
