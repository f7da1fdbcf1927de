// One chaos run: a seeded fault schedule on the emulator, then plan+apply (in-process, through
// the engine and a real HTTP client) repeated until the live state is the desired one.
import type { Emulator, FaultConfig, FaultRule, RequestLogEntry } from '../../../src/emulator/index.ts';
import { applyPlan } from '../../../src/engine/apply.ts';
import { loadDesired, planDesired } from '../../../src/engine/plan.ts';
import { createSnykClient } from '../../../src/snyk/index.ts';
import { createRandom } from '../../../src/util/prng.ts';
import type { ChaosConfig } from './desired.test-helpers.ts';
import { differences } from './invariants.test-helpers.ts';

export const REST_VERSION = '2024-10-15';

const jsonApiError = (status: number) => ({
  jsonapi: { version: '1.0' },
  errors: [{ status: String(status), detail: 'injected by the chaos schedule' }],
});

/** Names of the rules in a schedule, by index, for counting faults by type. */
export interface Schedule {
  faults: FaultConfig;
  ruleTypes: string[];
}

/**
 * A deterministic fault schedule: background 5xx, dropped connections before and after the
 * server handled a write, jitter; plus a 429 storm with a scaled-down Retry-After, a 5xx
 * burst, a latency spike and a dropped org creation, each placed at a seeded point.
 */
export function chaosSchedule(seed: number): Schedule {
  const random = createRandom(seed * 7919 + 13);
  const at = (max: number) => Math.floor(random() * max);
  const rules: FaultRule[] = [];
  const ruleTypes: string[] = [];
  const add = (type: string, rule: FaultRule) => {
    rules.push(rule);
    ruleTypes.push(type);
  };
  add('429-storm', {
    path: '^/(rest|v1)/',
    skip: at(300),
    times: 5 + at(20),
    respond: { status: 429, headers: { 'retry-after': '0.02' }, body: jsonApiError(429) },
  });
  add('5xx-burst', {
    path: '^/(rest|v1)/',
    skip: at(400),
    times: 3 + at(8),
    respond: { status: [500, 502, 503][at(3)]!, body: jsonApiError(503) },
  });
  add('latency-spike', {
    path: 'memberships',
    skip: at(200),
    times: 5 + at(10),
    respond: { delayMs: 30 + at(70) },
  });
  if (random() < 0.5)
    add('drop-after-org-create', { method: 'POST', path: '^/v1/org$', times: 1, respond: { drop: 'after' } });
  if (random() < 0.5)
    add('drop-before-write', {
      method: 'POST',
      path: 'memberships$',
      skip: at(4),
      times: 2,
      respond: { drop: 'before' },
    });
  return {
    ruleTypes,
    faults: {
      seed,
      serverErrorRate: 0.01 + random() * 0.02,
      dropBeforeRate: 0.005 + random() * 0.01,
      dropAfterRate: 0.01 + random() * 0.02,
      writesOnly: random() < 0.5,
      jitterMs: 2,
      rules,
    },
  };
}

/** Counts injected faults in a request log by type. */
export function countFaults(log: RequestLogEntry[], ruleTypes: string[], into: Record<string, number>): void {
  for (const entry of log) {
    if (entry.fault === undefined) continue;
    const match = /^rule#(\d+):/.exec(entry.fault);
    const type = match ? (ruleTypes[Number(match[1])] ?? entry.fault) : entry.fault;
    into[type] = (into[type] ?? 0) + 1;
  }
}

export interface ConvergeResult {
  /** Applies until the live state matched (Infinity when it never did within the limit). */
  applies: number;
  planFailures: number;
  applyErrors: string[];
}

/** Plans and applies `file` under the emulator's current faults until converged (max `limit` applies). */
export async function converge(
  emulator: Emulator,
  token: string,
  config: ChaosConfig,
  file: string,
  cwd: string,
  limit = 5,
): Promise<ConvergeResult> {
  const client = createSnykClient({
    apiUrl: emulator.url,
    restVersion: REST_VERSION,
    auth: { scheme: 'token', token },
    concurrency: 8,
    retry: { maxRetries: 6, baseDelayMs: 2, maxDelayMs: 40, maxElapsedMs: 10_000 },
  });
  const loaded = await loadDesired([file], cwd);
  const result: ConvergeResult = { applies: 0, planFailures: 0, applyErrors: [] };
  try {
    for (let tries = 0; tries < limit * 3 && result.applies < limit; tries++) {
      if (differences(emulator.getState(), config).length === 0) return result;
      let outcome: Awaited<ReturnType<typeof planDesired>>;
      try {
        outcome = await planDesired(loaded, client);
      } catch {
        result.planFailures++;
        continue;
      }
      result.applies++;
      try {
        const applied = await applyPlan(outcome.plan, outcome.live, client, {
          // The rails are tested elsewhere; random edits may remove an org's last admin.
          allowMassDelete: true,
          allowLockout: true,
          concurrency: 8,
        });
        for (const r of applied.result.results)
          if (r.status === 'failed') result.applyErrors.push(`${r.change.address}: ${r.error ?? ''}`);
      } catch (error) {
        result.applyErrors.push(error instanceof Error ? error.message : String(error));
      }
    }
    if (differences(emulator.getState(), config).length > 0) result.applies = Number.POSITIVE_INFINITY;
    else result.applies = Math.max(result.applies, 0);
    return result;
  } finally {
    await client.close();
  }
}
