// Executes a plan: changes run in dependency order with bounded concurrency (independent
// orgs in parallel, an org's members after the org exists). A failed change does not stop
// the independent ones; everything that depends on it, directly or not, is skipped.

import type { ApplyResult, ChangeResult } from '../core/apply-result.ts';
import type { CreateJournal, SecretSink } from '../core/kinds/apply-support.ts';
import { dependencyIndices } from '../core/order.ts';
import type { SnykClient } from '../core/port/snyk-client.ts';
import type { Change, Plan } from '../core/types.ts';
import { realSleep } from '../snyk/timers.ts';
import { type ApplyContext, executeChange } from './execute-change.ts';

export interface ApplyEvent {
  type: 'start' | 'done';
  change: Change;
  result?: ChangeResult;
  done: number;
  total: number;
}

export interface ExecuteOptions {
  client: SnykClient;
  /** Org ids by slug of the live orgs (from the read the plan was checked against). */
  liveOrgIds: Map<string, string>;
  concurrency: number;
  onEvent?: (event: ApplyEvent) => void;
  /** The secrets the plan's changes need, by environment variable (resolved by the caller). */
  secrets?: ReadonlyMap<string, string>;
  /** Where a secret Snyk hands out is written (`--secrets-dir`). */
  secretSink?: SecretSink;
  /** Org creates of earlier runs on this machine that Snyk may not list yet (see create-journal.ts). */
  journal?: CreateJournal;
  sleep?: (ms: number) => Promise<void>;
  /** Aborted: start no more changes; the ones running finish (docs/commands.md#interrupting-apply). */
  stop?: AbortSignal;
  /** Progress of a long change (an import job still pending), as a line for the user. */
  onProgress?: (message: string) => void;
}

/** Runs every change of the plan; never throws for a failed change (see the results). */
export async function executePlan(plan: Plan, options: ExecuteOptions): Promise<ApplyResult> {
  const ctx: ApplyContext = {
    groupId: plan.groupId,
    orgIdsBySlug: new Map(options.liveOrgIds),
    knownOrgIds: new Set(options.liveOrgIds.values()),
    secrets: options.secrets ?? new Map(),
    ...(options.journal ? { journal: options.journal } : {}),
    ...(options.secretSink ? { secretSink: options.secretSink } : {}),
    sleep: options.sleep ?? realSleep,
    orgCreates: new Map(),
    ...(options.onProgress ? { progress: options.onProgress } : {}),
  };
  // What the plan's read listed no longer needs remembering; what the journal still holds may be in flight.
  await options.journal?.prune(plan.groupId, ctx.knownOrgIds);
  const changes = plan.changes;
  const total = changes.length;
  const results: (ChangeResult | undefined)[] = new Array(total);
  let done = 0;

  // A change may run when every dependency that is part of this plan has succeeded. A
  // dependency outside the plan (already in place) does not hold it back.
  const waitingOn = changes.map(() => 0);
  const dependents: number[][] = changes.map(() => []);
  dependencyIndices(changes).forEach((deps, i) => {
    for (const d of deps) {
      waitingOn[i]! += 1;
      dependents[d]!.push(i);
    }
  });
  // Ready changes start in plan order (the plan is already ordered by dependency and address).
  const ready: number[] = [];
  changes.forEach((_, i) => {
    if (waitingOn[i] === 0) ready.push(i);
  });
  let readyHead = 0;

  const settle = (index: number, result: ChangeResult) => {
    results[index] = result;
    done += 1;
    options.onEvent?.({ type: 'done', change: result.change, result, done, total });
    const ok = result.status === 'applied' || result.status === 'confirmed';
    for (const dependent of dependents[index]!) {
      if (results[dependent] !== undefined) continue;
      if (result.status === 'not-started') {
        settle(dependent, { change: changes[dependent]!, status: 'not-started', error: result.error! });
      } else if (!ok) {
        settle(dependent, {
          change: changes[dependent]!,
          status: 'skipped',
          error: `skipped because ${result.change.address} did not succeed`,
        });
      } else if (--waitingOn[dependent]! === 0) {
        ready.push(dependent);
      }
    }
  };

  const run = async (index: number) => {
    const change = changes[index]!;
    options.onEvent?.({ type: 'start', change, done, total });
    settle(index, await runOne(change, options.client, ctx));
  };

  const running = new Set<Promise<void>>();
  for (;;) {
    while (!options.stop?.aborted && running.size < options.concurrency && readyHead < ready.length) {
      const index = ready[readyHead++]!;
      if (results[index] !== undefined) continue;
      const task: Promise<void> = run(index).finally(() => running.delete(task));
      running.add(task);
    }
    if (running.size === 0) break;
    await Promise.race(running);
  }
  // Interrupted: what did not begin is reported as such. Otherwise whatever never became ready
  // waits on a cycle: report it rather than hang.
  changes.forEach((change, i) => {
    if (results[i] !== undefined) return;
    if (options.stop?.aborted)
      settle(i, { change, status: 'not-started', error: 'not started: interrupted' });
    else settle(i, { change, status: 'skipped', error: 'skipped: circular dependency in the plan' });
  });

  return tally(results.filter((r): r is ChangeResult => r !== undefined));
}

/** One change carried out, its failure (with the API's error) a result, never a throw. */
async function runOne(change: Change, client: SnykClient, ctx: ApplyContext): Promise<ChangeResult> {
  try {
    const outcome = await executeChange(change, client, ctx);
    return {
      change,
      status: outcome.confirmed ? 'confirmed' : 'applied',
      ...(outcome.notice ? { notice: outcome.notice } : {}),
    };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return {
      change,
      status: 'failed',
      error: error instanceof Error ? error.message : String(error),
      ...(typeof code === 'string' ? { errorCode: code } : {}),
    };
  }
}

function tally(results: ChangeResult[]): ApplyResult {
  return {
    results,
    applied: results.filter((r) => r.status === 'applied' || r.status === 'confirmed').length,
    failed: results.filter((r) => r.status === 'failed').length,
    skipped: results.filter((r) => r.status === 'skipped').length,
    notStarted: results.filter((r) => r.status === 'not-started').length,
    notices: results.flatMap((r) => (r.notice ? [r.notice] : [])),
  };
}
