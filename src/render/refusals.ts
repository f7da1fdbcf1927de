// The refusals a plan carries
// (docs/configuration.md#access-that-ends-delegated-team-files-invitations), for the terminal and
// the pull-request comment: each with the exact message `apply` will print, and the flag or Action
// input that lifts it. Kept apart from the plan renderers so that they only call it.
import { overrideInput } from '../core/refusal.ts';
import type { Plan } from '../core/types.ts';
import { showLookalikes } from '../util/lookalike.ts';

const HEADING = 'Apply will refuse this plan:';
/** A comment stays readable (and small) when every org of a large plan would be refused. */
const MAX_SHOWN = 10;

function liftedBy(override: string, input: string): string {
  return `lifted by ${override} (Action input ${input}: true)`;
}

/** The flags a plan was made with, which its apply honours: a reviewer sees what is not checked. */
function liftedSentence(plan: Pick<Plan, 'lifted'>): string | undefined {
  const lifted = plan.lifted ?? [];
  if (lifted.length === 0) return undefined;
  const flags = lifted.map((rail) => (rail === 'mass-delete' ? '--allow-mass-delete' : '--allow-lockout'));
  return `Made with ${flags.join(' and ')}: apply of this plan does not check ${lifted.length === 1 ? 'that rail' : 'those rails'}.`;
}

/** Lines for the text plan, or [] when apply would not refuse it and no rail was lifted. */
export function renderRefusalsText(
  plan: Pick<Plan, 'refusals' | 'lifted'>,
  paint: (style: 'delete' | 'dim', text: string) => string,
): string[] {
  const refusals = plan.refusals ?? [];
  const lifted = liftedSentence(plan);
  const note = lifted === undefined ? [] : [paint('dim', lifted), ''];
  if (refusals.length === 0) return note;
  const lines = [...note, paint('delete', HEADING)];
  for (const refusal of refusals) {
    lines.push(`  ${paint('delete', '✗')} ${refusal.message}`);
    lines.push(paint('dim', `      ${liftedBy(refusal.override, overrideInput(refusal))}`));
  }
  return [...lines, ''];
}

function escapeHtml(text: string): string {
  return showLookalikes(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The markdown block for the PR comment, or '' when apply would not refuse the plan and no rail was lifted. */
export function renderRefusalsMarkdown(plan: Pick<Plan, 'refusals' | 'lifted'>): string {
  const refusals = plan.refusals ?? [];
  const lifted = liftedSentence(plan);
  const note = lifted === undefined ? '' : `_${lifted}_\n\n`;
  if (refusals.length === 0) return note;
  const items = refusals
    .slice(0, MAX_SHOWN)
    .map(
      (r) =>
        `- ${escapeHtml(r.message)}<br>_Lifted by \`${r.override}\` on the CLI, or the Action input \`${overrideInput(r)}: true\`._`,
    );
  if (refusals.length > MAX_SHOWN) items.push(`- … and ${refusals.length - MAX_SHOWN} more refusals`);
  return `${note}${[`**⛔ ${HEADING}**`, '', ...items].join('\n')}\n\n`;
}
