// apply: the guarded path from a plan to writes. In order: (saved plans) re-read and refuse a
// stale plan; refuse what a safety rail forbids; execute; then plan again and say what, if
// anything, remains. Nothing is written before every check has passed.
import { type ApplyEvent, type ApplyResult, executePlan } from '../apply/executor.ts';
import { expiryInstants } from '../core/expiry.ts';
import { fingerprintLive } from '../core/fingerprint.ts';
import { canonicalJson } from '../core/json.ts';
import { checkSafety } from '../core/safety.ts';
import type { Change, LiveState, Plan } from '../core/types.ts';
import { GitopsError } from '../errors.ts';
import { readLiveState } from '../live/index.ts';
import type { SnykClient } from '../snyk/index.ts';
import { ConfigInvalidError, SafetyRefusalError, StalePlanError } from './errors.ts';
import { planAgainst, systemClock } from './plan.ts';

export interface ApplyOptions {
  allowMassDelete: boolean;
  allowLockout: boolean;
  concurrency: number;
  onEvent?: (event: ApplyEvent) => void;
  now?: () => Date;
}

export interface ApplyOutcome {
  result: ApplyResult;
  /** What a fresh plan still shows after applying (empty when converged). */
  remaining: Change[];
  /** Why the remaining changes remain, when known (e.g. pending users until first login). */
  remainingNotes: string[];
}

/**
 * Re-reads what a saved plan touches and refuses it when the live state differs from the
 * one the plan was computed from. Returns the fresh read (used by the rails and executor).
 */
export async function checkFresh(
  plan: Plan,
  client: SnykClient,
  now: () => Date = systemClock,
): Promise<LiveState> {
  const live = await readLiveState(client, plan.desired);
  const fingerprint = fingerprintLive(live);
  if (fingerprint !== plan.fingerprint) throw new StalePlanError(plan.fingerprint, fingerprint);
  checkNotAged(plan, now());
  checkChanges(plan, live);
  return live;
}

/**
 * Expiry makes a plan depend on its instant: an entry that ended between the plan and now
 * would be created or kept by a plan that no longer matches the file. Such a plan is refused.
 */
function checkNotAged(plan: Plan, now: Date): void {
  if (plan.createdAt === undefined) return;
  const made = Date.parse(plan.createdAt);
  const { desired } = plan;
  const specs = [
    ...(desired.group.members ?? []),
    ...(desired.tenant?.members ?? []),
    ...desired.orgs.flatMap((o) => o.members ?? []),
  ];
  const passed = expiryInstants(specs).find((at) => at.getTime() > made && at.getTime() <= now.getTime());
  if (passed === undefined) return;
  throw new GitopsError(
    `an entry of the plan's desired state expired at ${passed.toISOString()}, after the plan was made (${plan.createdAt}): plan again. Nothing was written.`,
    { code: 'PLAN_STALE' },
  );
}

/**
 * The live state is the one the plan was made from, and the plan carries its desired state:
 * planning them again must give exactly the plan's changes. Anything else (an edited id in a
 * target, a change added or dropped by hand) is refused, so that apply never writes what the
 * output does not name.
 */
function checkChanges(plan: Plan, live: LiveState): void {
  // Planned again at the plan's own instant, so that expiry decides as it did then.
  const at = plan.createdAt === undefined ? undefined : new Date(plan.createdAt);
  const again = planAgainst({ desired: plan.desired, files: [] }, live, at && (() => at)).changes;
  const differs = (i: number) => canonicalJson(again[i]) !== canonicalJson(plan.changes[i]);
  const index = plan.changes.length !== again.length ? -1 : plan.changes.findIndex((_, i) => differs(i));
  if (plan.changes.length === again.length && index === -1) return;
  const which =
    index === -1
      ? `it has ${plan.changes.length} changes, its desired state plans ${again.length}`
      : `changes[${index}] (${plan.changes[index]!.address}) is not what its desired state plans`;
  throw new GitopsError(
    `the plan's changes do not follow from its desired state and the live state: ${which}. Was the file edited? Plan again. Nothing was written.`,
    { code: 'PLAN_TAMPERED' },
  );
}

/** Applies `plan` whose live state is `live`. Refusals throw before any write. */
export async function applyPlan(
  plan: Plan,
  live: LiveState,
  client: SnykClient,
  options: ApplyOptions,
): Promise<ApplyOutcome> {
  const refusals = checkSafety(plan, live, {
    allowMassDelete: options.allowMassDelete,
    allowLockout: options.allowLockout,
  });
  if (refusals.length > 0) throw new SafetyRefusalError(refusals);

  const result = await executePlan(plan, {
    client,
    liveOrgIds: new Map(live.orgs.map((o) => [o.slug, o.id])),
    concurrency: options.concurrency,
    ...(options.onEvent ? { onEvent: options.onEvent } : {}),
  });

  // Converged means: a fresh read planned against the same desired state shows nothing.
  const after = await readLiveState(client, plan.desired);
  let remaining: Change[];
  const remainingNotes: string[] = [];
  try {
    remaining = planAgainst({ desired: plan.desired, files: [] }, after, options.now ?? systemClock).changes;
  } catch (error) {
    // The writes are done; what keeps the file from planning cleanly now (e.g. Snyk gave a
    // new org another slug) is for the user to fix in the file, not a failure of this apply.
    if (!(error instanceof ConfigInvalidError)) throw error;
    remaining = [];
    remainingNotes.push(...error.issues.map((issue) => `the file needs an edit: ${issue.message}`));
  }
  if (remaining.length > 0 && result.failed + result.skipped === 0) {
    remainingNotes.push(
      'Snyk did not reflect every change yet (some writes take effect asynchronously); run plan again in a minute.',
    );
  }
  return { result, remaining, remainingNotes };
}
