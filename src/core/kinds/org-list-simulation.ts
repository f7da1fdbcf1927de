// How a plan simulates the kinds that are one entry in a list of their org (webhooks, import
// targets): a create adds an entry with a `sim:` id, a delete drops the entry with its id.
import type { Address } from '../addresses.ts';
import type { LiveOrg, LiveState } from '../types.ts';
import { findOrgOf } from './org-scope.ts';
import type { OrgRef } from './targets.ts';

type ListField = {
  [K in keyof LiveOrg]-?: NonNullable<LiveOrg[K]> extends readonly { id: string }[] ? K : never;
}[keyof LiveOrg];
type EntryOf<F extends ListField> = NonNullable<LiveOrg[F]>[number];

type ListChange<C, D> =
  | { action: 'create'; address: Address; target: C }
  | { action: 'delete'; address: Address; target: D };

/** `idKey`: the field of a delete's target that holds the id of the entry it drops. */
export function simulateOrgList<
  F extends ListField,
  C extends OrgRef,
  D extends OrgRef & Record<K, string>,
  K extends string,
>(field: F, idKey: K, entryOf: (created: C) => Omit<EntryOf<F>, 'id'>) {
  return (live: LiveState, change: ListChange<C, D>): void => {
    const org = findOrgOf(live.orgs, change.target);
    if (org === undefined) return;
    const entries: readonly { id: string }[] = org[field] ?? [];
    const next =
      change.action === 'delete'
        ? entries.filter((entry) => entry.id !== change.target[idKey])
        : [...entries, { id: `sim:${change.address}`, ...entryOf(change.target) }];
    org[field] = next as LiveOrg[F];
  };
}
