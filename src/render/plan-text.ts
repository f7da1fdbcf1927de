// The plan for a terminal or a CI log: grouped by scope, one line per change with its details,
// notes and warnings, and Terraform's summary line. Colour only when asked (a TTY).
import type { Action, Plan } from '../core/types.ts';
import { bold, dim, green, red, yellow } from './ansi.ts';
import { describeChange, groupByScope, SYMBOL, summarySentence } from './describe.ts';
import { renderRefusalsText } from './refusals.ts';

const STYLES: Record<Action | 'warn' | 'bold' | 'dim', (on: boolean, text: string) => string> = {
  create: green,
  update: yellow,
  delete: red,
  warn: yellow,
  bold,
  dim,
};

export function renderPlanText(plan: Plan, options: { color: boolean }): string {
  const paint = (style: keyof typeof STYLES, text: string) => STYLES[style](options.color, text);
  const out: string[] = [];
  for (const scope of groupByScope(plan.changes)) {
    out.push(paint('bold', scope.title));
    for (const change of scope.changes) {
      const details = describeChange(change);
      const inline = details.length === 1 && change.action !== 'update' ? `  (${details[0]})` : '';
      out.push(`  ${paint(change.action, `${SYMBOL[change.action]} ${change.address}`)}${inline}`);
      if (inline === '') for (const line of details) out.push(`      ${line}`);
      if (change.note !== undefined) out.push(paint('dim', `      # ${change.note}`));
    }
    out.push('');
  }
  if (plan.warnings.length > 0) {
    out.push(paint('warn', 'Warnings:'));
    for (const warning of plan.warnings) {
      out.push(
        `  ${paint('warn', '!')} ${warning.address === undefined ? '' : `${warning.address}: `}${warning.message}`,
      );
    }
    out.push('');
  }
  out.push(...renderRefusalsText(plan, paint));
  out.push(paint('bold', summarySentence(plan.summary)));
  return `${out.join('\n')}\n`;
}
