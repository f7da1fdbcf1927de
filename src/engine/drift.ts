// drift: read live state tolerantly and report what changed in Snyk behind git's back. Parts
// that could not be read are left out of the comparison and reported as unknown; what Snyk
// lost (an org, a user) is drift rather than a plan error.

import type { SnykClient } from '../core/port/snyk-client.ts';
import type { LiveState } from '../core/types.ts';
import { dropUnreadablePending } from '../drift/mask-unknown.ts';
import { prepareDriftComparison } from '../drift/prepare.ts';
import { buildDriftReport } from '../drift/report.ts';
import type { DriftReport } from '../drift/types.ts';
import { readLiveState } from '../live/index.ts';
import { type LoadedConfig, planAgainst } from './plan.ts';

export async function detectDrift(
  config: LoadedConfig,
  client: SnykClient,
  options: { now?: () => Date; onProgress?: (done: number, total: number, label: string) => void } = {},
): Promise<DriftReport> {
  const live = await readLiveState(client, config.desired, {
    tolerant: true,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return compareDrift(config, live, (options.now ?? (() => new Date()))());
}

/**
 * The drift between the file and what was read. `within` keeps only the addresses of the scopes
 * that were read (`drift --since`); everything by default.
 */
export function compareDrift(
  config: LoadedConfig,
  live: LiveState,
  now: Date,
  within: (address: string | undefined) => boolean = () => true,
): DriftReport {
  const comparison = prepareDriftComparison(config.desired, live);
  const planned = planAgainst(
    { ...config, desired: comparison.desired },
    { ...live, unknown: [] },
    () => now,
  );
  const changes = dropUnreadablePending(planned.changes, live.unknown).filter((c) => within(c.address));
  const plan = { ...planned, changes, warnings: planned.warnings.filter((w) => within(w.address)) };
  return buildDriftReport(plan, live, {
    now,
    ignore: config.desired.drift.ignore,
    missing: comparison.missing.filter((m) => within(m.address)),
  });
}
