// The refusals a plan carries (contract §4.3), for the terminal and the pull-request comment:
// each with the exact message `apply` will print, and the flag or Action input that lifts it.
// Kept apart from the plan renderers so that they only call it.
import { overrideInput } from '../core/refusal.ts';
import type { Plan } from '../core/types.ts';
import { showLookalikes } from '../util/lookalike.ts';

const HEADING = 'Apply will refuse this plan:';
/** A comment stays readable (and small) when every org of a large plan would be refused. */
const MAX_SHOWN = 10;

function liftedBy(override: string, input: string): string {
  return `lifted by ${override} (Action input ${input}: true)`;
}

/** Lines for the text plan, or [] when apply would not refuse it. */
export function renderRefusalsText(
  plan: Pick<Plan, 'refusals'>,
  paint: (style: 'delete' | 'dim', text: string) => string,
): string[] {
  const refusals = plan.refusals ?? [];
  if (refusals.length === 0) return [];
  const lines = [paint('delete', HEADING)];
  for (const refusal of refusals) {
    lines.push(`  ${paint('delete', '✗')} ${refusal.message}`);
    lines.push(paint('dim', `      ${liftedBy(refusal.override, overrideInput(refusal))}`));
  }
  return [...lines, ''];
}

function escapeHtml(text: string): string {
  return showLookalikes(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The markdown block for the PR comment, or '' when apply would not refuse the plan. */
export function renderRefusalsMarkdown(plan: Pick<Plan, 'refusals'>): string {
  const refusals = plan.refusals ?? [];
  if (refusals.length === 0) return '';
  const items = refusals
    .slice(0, MAX_SHOWN)
    .map(
      (r) =>
        `- ${escapeHtml(r.message)}<br>_Lifted by \`${r.override}\` on the CLI, or the Action input \`${overrideInput(r)}: true\`._`,
    );
  if (refusals.length > MAX_SHOWN) items.push(`- … and ${refusals.length - MAX_SHOWN} more refusals`);
  return `${[`**⛔ ${HEADING}**`, '', ...items].join('\n')}\n\n`;
}
