// `--replace ADDRESS`: the object at ADDRESS is planned as a delete and a create (the create
// waiting for the delete) instead of whatever the diff said about it. One mechanism for every
// kind: each kind that can create and delete what it manages offers its replaceable objects,
// and this swaps them into the plan. It is how a secret that cannot be read back is rotated.
import { swapAddresses } from './address-swaps.ts';
import type { Address } from './addresses.ts';
import { KINDS } from './kinds/index.ts';
import type { PlanContext } from './kinds/kind.ts';
import type { Change } from './types.ts';

export const planReplacements = (ctx: PlanContext, changes: Change[], replace: readonly string[]) =>
  swapAddresses(changes, replace, {
    flag: '--replace',
    code: 'REPLACE_UNKNOWN',
    offers: 'object',
    hint: ` Objects that can be replaced: ${KINDS.filter((k) => k.replaceable !== undefined)
      .map((k) => k.noun.many)
      .join(', ')} that exist in Snyk and in the file.`,
    offered: () => replaceableObjects(ctx),
    swap: (out, address, pair) => [...out.filter((c) => c.address !== address), ...pair],
  });

function replaceableObjects(ctx: PlanContext): Map<Address, Change[]> {
  const offered = new Map<Address, Change[]>();
  for (const kind of KINDS) {
    for (const r of (kind.replaceable?.(ctx as never) ?? []) as { address: Address; changes: Change[] }[])
      offered.set(r.address, r.changes);
  }
  return offered;
}
