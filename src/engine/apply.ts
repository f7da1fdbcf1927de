// apply: the guarded path from a plan to writes. In order: (saved plans, and an interactive
// apply after its prompt) re-read and refuse a stale plan; refuse what a safety rail forbids;
// execute; then re-read the scopes the changes touched and say what, if anything, remains
// there. Nothing is written before every check has passed. (`plan` right after remains the
// full check.)

import type { ApplyResult } from '../core/apply-result.ts';
import { withoutClassNote } from '../core/class-notes.ts';
import { expiryInstants } from '../core/expiry.ts';
import { fingerprintLive } from '../core/fingerprint.ts';
import { canonicalJson } from '../core/json.ts';
import type { CreateJournal } from '../core/kinds/apply-support.ts';
import { narrowDesired } from '../core/narrow-desired.ts';
import type { RepositorySource } from '../core/port/repository-source.ts';
import type { SnykClient } from '../core/port/snyk-client.ts';
import { checkSafety } from '../core/safety.ts';
import { type Target, touchedScopes } from '../core/target-address.ts';
import type { Change, LiveState, Plan } from '../core/types.ts';
import { GitopsError } from '../errors.ts';
import { type ApplyEvent, executePlan } from '../executor/execute-plan.ts';
import { readLiveState } from '../live/index.ts';
import { ConfigInvalidError, SafetyRefusalError, StalePlanError } from './errors.ts';
import { planAgainst, systemClock } from './plan.ts';
import { type PlanScope, readScoped } from './scope.ts';
import { resolveSecrets } from './secrets.ts';
import { checkSecretsDir, openSecretsDir } from './secrets-dir.ts';

export interface ApplyOptions {
  allowMassDelete: boolean;
  allowLockout: boolean;
  concurrency: number;
  onEvent?: (event: ApplyEvent) => void;
  now?: () => Date;
  /** Where secrets named by the plan (a webhook's `secret: { env }`) are read: the environment. */
  env?: Readonly<Record<string, string | undefined>>;
  /** `--secrets-dir`: where the secrets Snyk hands out (service accounts) are written. */
  secretsDir?: string | undefined;
  /** Org creates of earlier runs on this machine (docs/concurrency.md); none: not remembered. */
  journal?: CreateJournal | undefined;
  /** Aborted (Ctrl+C, SIGTERM): start no more changes, let the running ones finish. */
  stop?: AbortSignal;
  /** Where `imports` globs are listed (GitHub), for the verifying read; absent: none. */
  repositories?: RepositorySource;
  /** Progress of a long change (an import job still pending). */
  onProgress?: (message: string) => void;
}

export interface ApplyOutcome {
  result: ApplyResult;
  /** What a fresh plan still shows after applying (empty when converged). */
  remaining: Change[];
  /** Why the remaining changes remain, when known (e.g. pending users until first login). */
  remainingNotes: string[];
  /** How many scopes the changes touched were read again to verify them. */
  verifiedScopes: number;
}

/**
 * Re-reads what a plan touches and refuses it when the live state differs from the one the
 * plan was computed from: a saved plan, or (after the confirmation prompt) the plan the user
 * said yes to. Returns the fresh read, which the rails and the executor then use.
 */
export async function checkFresh(
  plan: Plan,
  client: SnykClient,
  now: () => Date = systemClock,
  since?: string,
  repositories?: RepositorySource,
): Promise<{ live: LiveState; scope: PlanScope }> {
  // A partial plan is re-read as it was made: by its targets.
  const { live, scope } = await readScoped(client, plan.desired, plan.targets ?? [], {
    ...(repositories ? { repositories } : {}),
  });
  const fingerprint = fingerprintLive(live);
  if (fingerprint !== plan.fingerprint) throw new StalePlanError(plan.fingerprint, fingerprint, since);
  checkNotAged(plan, now());
  checkChanges(plan, live, scope);
  return { live, scope };
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
    ...(desired.ignores ?? []),
  ];
  const passed = expiryInstants(specs).find((at) => at.getTime() > made && at.getTime() <= now.getTime());
  if (passed === undefined) return;
  throw new GitopsError(
    `an entry of the plan's desired state expired at ${passed.toISOString()}, after the plan was made (${plan.createdAt}): plan again. Nothing was written.`,
    { code: 'PLAN_EXPIRED' },
  );
}

/**
 * The live state is the one the plan was made from, and the plan carries its desired state:
 * planning them again must give exactly the plan's changes. Anything else (an edited id in a
 * target, a change added or dropped by hand) is refused, so that apply never writes what the
 * output does not name.
 */
function checkChanges(plan: Plan, live: LiveState, scope: PlanScope): void {
  // Planned again at the plan's own instant, so that expiry decides as it did then.
  const at = plan.createdAt === undefined ? undefined : new Date(plan.createdAt);
  const again = planAgainst(
    { desired: plan.desired, files: [] },
    live,
    at && (() => at),
    scope,
    plan.replace,
    undefined,
    plan.rotate,
  ).changes;
  const differs = (i: number) => {
    const saved = plan.changes[i];
    return saved === undefined || canonicalJson(again[i]) !== canonicalJson(withoutClassNote(saved));
  };
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
  scope: PlanScope = { partial: false },
): Promise<ApplyOutcome> {
  // The one decision `plan` made too (the rails the plan lifted count, and flags given now).
  const refusals = checkSafety(plan, live, {
    allowMassDelete: options.allowMassDelete,
    allowLockout: options.allowLockout,
  });
  if (refusals.length > 0) throw new SafetyRefusalError(refusals);
  const secrets = resolveSecrets(plan.changes, options.env ?? {});
  checkSecretsDir(plan.changes, options.secretsDir);
  const secretSink = options.secretsDir === undefined ? undefined : openSecretsDir(options.secretsDir);

  const result = await executePlan(plan, {
    client,
    liveOrgIds: new Map(live.orgs.map((o) => [o.slug, o.id])),
    concurrency: options.concurrency,
    secrets,
    ...(secretSink ? { secretSink } : {}),
    ...(options.onEvent ? { onEvent: options.onEvent } : {}),
    ...(options.journal ? { journal: options.journal } : {}),
    ...(options.stop ? { stop: options.stop } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  // Interrupted: the user wants out, so no verifying read; a plan shows what is left.
  if (result.notStarted > 0) return { result, remaining: [], remainingNotes: [], verifiedScopes: 0 };

  const remainingNotes: string[] = [];
  const touched = touchedScopes(plan.changes);
  let remaining: Change[];
  try {
    remaining = await verifyTouched(
      plan,
      touched,
      client,
      scope,
      options.now ?? systemClock,
      options.repositories,
    );
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
  return { result, remaining, remainingNotes, verifiedScopes: touched.length };
}

/**
 * Converged means: the scopes the changes touched (each org a change is in, each group or
 * tenant part), read again and planned against the same desired state, show nothing more that
 * the plan's targets select. Untouched scopes had no changes, so reading them proves nothing.
 */
async function verifyTouched(
  plan: Plan,
  touched: readonly Target[],
  client: SnykClient,
  scope: PlanScope,
  now?: () => Date,
  repositories?: RepositorySource,
): Promise<Change[]> {
  if (touched.length === 0) return [];
  const narrowed = narrowDesired(plan.desired, touched);
  const after = await readLiveState(client, narrowed.desired, repositories ? { repositories } : {});
  const again = planAgainst({ desired: plan.desired, files: [] }, after, now, {
    partial: true,
    narrowed,
    targets: [...touched],
  });
  const selected = scope.partial ? scope.targets : undefined;
  return again.changes.filter((c) => selected === undefined || selected.some((t) => t.matches(c.address)));
}
