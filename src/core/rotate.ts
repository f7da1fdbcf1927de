// `--rotate ADDRESS` (docs/commands.md#service-account-secrets): a service account's secret
// replaced by a new one, which apply writes to --secrets-dir. Swapped into the plan as
// `--replace` swaps its replacements: whatever the diff said of that address gives way, unless
// the diff already replaces the account (a new account comes with a new secret anyway).
import { inertText } from '../util/inert-text.ts';
import { didYouMean } from '../util/suggest.ts';
import type { PlanIssue } from './issues.ts';
import type { PlanContext } from './kinds/kind.ts';
import { accountRotations } from './kinds/service-account-changes.ts';
import type { Change } from './types.ts';

export function planRotations(
  ctx: PlanContext,
  changes: Change[],
  rotate: readonly string[],
): { changes: Change[]; issues: PlanIssue[] } {
  if (rotate.length === 0) return { changes, issues: [] };
  const offered = accountRotations(ctx);
  const issues: PlanIssue[] = [];
  let out = changes;
  for (const address of new Set(rotate)) {
    const rotation = offered.get(address);
    if (rotation === undefined) {
      issues.push({
        code: 'ROTATE_UNKNOWN',
        message: `--rotate ${inertText(address)}: no service account at this address that the file lists and Snyk has.${didYouMean(address, [...offered.keys()])}`,
        address,
      });
      continue;
    }
    if ('problem' in rotation) {
      issues.push({ code: 'ROTATE_UNKNOWN', message: `--rotate ${inertText(rotation.problem)}`, address });
      continue;
    }
    const planned = out.filter((c) => c.address === address);
    if (planned.some((c) => c.action === 'create')) continue;
    if (planned.length > 0) {
      issues.push({
        code: 'ROTATE_UNKNOWN',
        message: `--rotate ${inertText(address)}: the plan already changes this account (a rename); apply that first, then rotate`,
        address,
      });
      continue;
    }
    out = [...out, ...rotation.changes];
  }
  return { changes: out, issues };
}
