// `--replace ADDRESS`: the object at ADDRESS is planned as a delete and a create (the create
// waiting for the delete) instead of whatever the diff said about it. One mechanism for every
// kind: each kind that can create and delete what it manages offers its replaceable objects,
// and this swaps them into the plan. It is how a secret that cannot be read back is rotated.
import { inertText } from '../util/inert-text.ts';
import { didYouMean } from '../util/suggest.ts';
import type { PlanIssue } from './issues.ts';
import { KINDS } from './kinds/index.ts';
import type { PlanContext } from './kinds/kind.ts';
import type { Change } from './types.ts';

export function planReplacements(
  ctx: PlanContext,
  changes: Change[],
  replace: readonly string[],
): { changes: Change[]; issues: PlanIssue[] } {
  if (replace.length === 0) return { changes, issues: [] };
  const offered = new Map<string, Change[]>();
  const nouns: string[] = [];
  for (const kind of KINDS) {
    if (kind.replaceable === undefined) continue;
    nouns.push(kind.noun.many);
    for (const r of kind.replaceable(ctx as never) as { address: string; changes: Change[] }[])
      offered.set(r.address, r.changes);
  }
  const issues: PlanIssue[] = [];
  let out = changes;
  for (const address of new Set(replace)) {
    const pair = offered.get(address);
    if (pair === undefined) {
      issues.push({
        code: 'REPLACE_UNKNOWN',
        message: `--replace ${inertText(address)}: no object at this address that the file lists and Snyk has.${didYouMean(address, [...offered.keys()])} Objects that can be replaced: ${nouns.join(', ')} that exist in Snyk and in the file.`,
        address,
      });
      continue;
    }
    out = [...out.filter((c) => c.address !== address), ...pair];
  }
  return { changes: out, issues };
}
