// drift: compare the file with live state read tolerantly (docs/commands.md#drift-reports). Parts
// that could not be read are left out of the comparison and reported as unknown; what Snyk lost
// (an org, a user) is drift rather than a plan error. The reads are drift-audit.ts's.

import type { Address } from '../core/addresses.ts';
import type { LiveState } from '../core/types.ts';
import { dropUnreadablePending } from '../drift/mask-unknown.ts';
import { prepareDriftComparison } from '../drift/prepare.ts';
import { buildDriftReport } from '../drift/report.ts';
import type { DriftReport } from '../drift/types.ts';
import { type LoadedConfig, planAgainst } from './plan.ts';

/**
 * The drift between the file and what was read. `within` keeps only the addresses of the scopes
 * that were read (`drift --since`); everything by default.
 */
export function compareDrift(
  config: LoadedConfig,
  live: LiveState,
  now: Date,
  within: (address: Address | undefined) => boolean = () => true,
): DriftReport {
  const comparison = prepareDriftComparison(config.desired, live);
  const planned = planAgainst(
    { ...config, desired: comparison.desired },
    { ...live, unknown: [] },
    () => now,
  );
  const changes = dropUnreadablePending(planned.changes, live.unknown).filter((c) => within(c.address));
  const plan = {
    ...planned,
    changes,
    warnings: planned.warnings.filter((w) => within(w.address)),
  };
  return buildDriftReport(plan, live, {
    now,
    ignore: config.desired.drift.ignore,
    missing: comparison.missing.filter((m) => within(m.address)),
  });
}
