// Chaos convergence (issue 9): seeded runs of plan+apply over a generated 50-org account under
// deterministic fault schedules (5xx bursts, 429 storms with Retry-After, connections dropped
// before and after the server handled a write, latency spikes). In every run nothing the file
// keeps is deleted, nothing is created twice, and repeating apply reaches an empty plan.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, generateState, parseReality, startEmulator } from '../../src/emulator/index.ts';
import { loadDesired, planDesired } from '../../src/engine/plan.ts';
import { createSnykClient } from '../../src/snyk/index.ts';
import { chaosSchedule, converge, countFaults, REST_VERSION } from './support/chaos.test-helpers.ts';
import { editConfig, writeConfig } from './support/desired.test-helpers.ts';
import {
  deletableIds,
  differences,
  duplicates,
  forbiddenDeletes,
} from './support/invariants.test-helpers.ts';

const SOAK = process.env.SOAK === '1';
const REALITY = parseReality('all,groupMembershipConflict:defaultMembership=false');
const RUNS = Number(process.env.CHAOS_RUNS) || (SOAK ? 1000 : 200);

describe('chaos convergence', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    const { state } = generateState({ orgs: 1, membersPerOrg: [1, 1] });
    emulator = await startEmulator({ state, rateLimit: false, v1GroupMembersPerMinute: 100_000 });
  });
  afterAll(async () => {
    await emulator.close();
  });

  it(
    `${RUNS} seeded runs converge without deleting kept objects or creating duplicates`,
    async () => {
      const histogram: Record<string, number> = { '1': 0, '2': 0, '3': 0, more: 0 };
      const faults: Record<string, number> = {};
      const failures: string[] = [];
      let planFailures = 0;
      let realityRuns = 0;
      let changes = 0;
      const first = Number(process.env.CHAOS_FIRST) || 1;
      for (let seed = first; seed < first + RUNS; seed++) {
        const { state, token } = generateState({ orgs: 50, membersPerOrg: [1, 5], seed, groupMembers: 6 });
        const { config } = editConfig(state, seed, { edits: 10, newOrgs: 2 });
        const { dir, file } = writeConfig(config);
        try {
          emulator.setFaults(undefined);
          // Every fourth run also behaves as the real API does where it differs from its docs.
          // Snyk's default group membership for a new org member is left out here: the
          // invariants count its pruning as a forbidden delete (see the README's known limits).
          const reality = seed % 4 === 0 ? REALITY : undefined;
          if (reality !== undefined) realityRuns++;
          emulator.setReality(reality);
          emulator.setState(state);
          emulator.clearRequests();
          const schedule = chaosSchedule(seed);
          emulator.setFaults(schedule.faults);
          const result = await converge(emulator, token, config, file, dir);
          emulator.setFaults(undefined);
          const log = emulator.requests();
          countFaults(log, schedule.ruleTypes, faults);
          changes += log.filter((e) => e.method !== 'GET' && e.status >= 200 && e.status < 300).length;
          planFailures += result.planFailures;
          const bucket = result.applies <= 3 ? String(result.applies) : 'more';
          histogram[bucket] = (histogram[bucket] ?? 0) + 1;
          const final = emulator.getState();
          const problems = [
            ...forbiddenDeletes(log, deletableIds(state, config)),
            ...duplicates(final),
            ...differences(final, config),
          ];
          if (result.applies > 3)
            problems.unshift(`needed ${result.applies} applies: ${result.applyErrors.slice(-3).join(' | ')}`);
          // The fault-free plan after convergence is empty.
          const client = createSnykClient({
            apiUrl: emulator.url,
            restVersion: REST_VERSION,
            auth: { scheme: 'token', token },
          });
          try {
            const { plan } = await planDesired(await loadDesired([file], dir), client);
            if (plan.changes.length > 0)
              problems.push(
                `final plan not empty: ${plan.changes.map((c) => `${c.action} ${c.address}`).join(', ')}`,
              );
          } finally {
            await client.close();
          }
          if (problems.length > 0) failures.push(`seed ${seed}: ${problems.slice(0, 5).join('; ')}`);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
      console.log(
        `[chaos] runs=${RUNS} applies: 1=${histogram['1']} 2=${histogram['2']} 3=${histogram['3']} more=${histogram.more}; ` +
          `successful writes=${changes}; runs in reality mode=${realityRuns}; plans aborted by faults=${planFailures}; faults injected: ${JSON.stringify(faults)}`,
      );
      expect(failures).toEqual([]);
      expect(realityRuns).toBeGreaterThan(0);
      expect(histogram['1']! + histogram['2']! + histogram['3']!).toBe(RUNS);
      // The schedule really injected every kind of fault.
      for (const type of [
        '429-storm',
        '5xx-burst',
        'latency-spike',
        'server-error',
        'drop-before',
        'drop-after',
      ])
        expect(faults[type] ?? 0, type).toBeGreaterThan(0);
    },
    SOAK ? 3_600_000 : 240_000,
  );
});
