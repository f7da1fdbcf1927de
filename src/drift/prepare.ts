// Before the plan: what the plan would call an error is drift when it is about Snyk having
// lost something. An org of the file that Snyk no longer has (even one pinned by id) and a
// listed member whose user Snyk no longer knows are "removed in Snyk" items, taken out of the
// desired state so the plan compares the rest. Unreadable parts are masked first. Each kind
// says what of its part Snyk can lose (`prepareDrift`); orgs come before their members.
import { KINDS } from '../core/kinds/index.ts';
import type { MissingObject as KindMissing } from '../core/kinds/kind.ts';
import { createResolver } from '../core/resolve.ts';
import type { DesiredState, Kind, LiveState } from '../core/types.ts';
import { maskUnknownParts } from './mask-unknown.ts';

/** Something the file lists and Snyk lacks, found before planning. */
export type MissingObject = KindMissing & { kind: Kind };

export interface DriftComparison {
  /** What the plan compares: readable, existing parts only. */
  desired: DesiredState;
  missing: MissingObject[];
}

export function prepareDriftComparison(desired: DesiredState, live: LiveState): DriftComparison {
  const masked = maskUnknownParts(desired, live.unknown);
  const resolver = createResolver(live, masked.users.ignore);
  const missing = KINDS.flatMap((kind) =>
    (kind.prepareDrift?.(masked, live, resolver) ?? []).map((item) => ({ ...item, kind: kind.kind })),
  );
  return { desired: masked, missing };
}
