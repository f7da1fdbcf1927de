// drift: read live state tolerantly and report what changed in Snyk behind git's back. Parts
// that could not be read are left out of the comparison and reported as unknown; what Snyk
// lost (an org, a user) is drift rather than a plan error.

import type { RepositorySource } from '../core/port/repository-source.ts';
import type { SnykClient } from '../core/port/snyk-client.ts';
import { dropUnreadablePending } from '../drift/mask-unknown.ts';
import { prepareDriftComparison } from '../drift/prepare.ts';
import { buildDriftReport } from '../drift/report.ts';
import type { DriftReport } from '../drift/types.ts';
import { readLiveState } from '../live/index.ts';
import { type LoadedConfig, planAgainst } from './plan.ts';

export async function detectDrift(
  config: LoadedConfig,
  client: SnykClient,
  options: {
    now?: () => Date;
    onProgress?: (done: number, total: number, label: string) => void;
    /** Where `imports` globs are listed (GitHub); absent: globs are an error, as in a plan. */
    repositories?: RepositorySource;
  } = {},
): Promise<DriftReport> {
  const live = await readLiveState(client, config.desired, {
    tolerant: true,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.repositories ? { repositories: options.repositories } : {}),
  });
  const now = (options.now ?? (() => new Date()))();
  const comparison = prepareDriftComparison(config.desired, live);
  const planned = planAgainst(
    { ...config, desired: comparison.desired },
    { ...live, unknown: [] },
    () => now,
  );
  const plan = { ...planned, changes: dropUnreadablePending(planned.changes, live.unknown) };
  return buildDriftReport(plan, live, {
    now,
    ignore: config.desired.drift.ignore,
    missing: comparison.missing,
  });
}
