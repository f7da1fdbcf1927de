// Property: for random desired/live pairs, applying the plan to the live model (a pure
// simulator) and planning again gives no changes; no change is a no-op; every dependency runs
// before its dependents. test/e2e/property-executor.test.ts runs the same cases through the
// real executor against the emulator.
import { describe, expect, it } from 'vitest';
import { buildPlan } from './plan.ts';
import { generateCase as generate } from './property-cases.test-helpers.ts';
import { applyChangesToLive } from './simulate.ts';
import type { Plan } from './types.ts';

function expectOk(result: ReturnType<typeof buildPlan>, seed: number): Plan {
  if (!result.ok) throw new Error(`seed ${seed}: ${JSON.stringify(result.issues)}`);
  return result.plan;
}

describe('plan convergence (property, seeded)', () => {
  it('applying a plan then planning again gives zero changes, and no change is a no-op, for 400 random cases', () => {
    let changesSeen = 0;
    const shapes = new Set<string>();
    for (let seed = 1; seed <= 400; seed++) {
      const { desired, live } = generate(seed);
      const plan = expectOk(buildPlan(desired, live), seed);
      changesSeen += plan.changes.length;
      for (const change of plan.changes) shapes.add(`${change.kind}:${change.action}`);

      const addresses = plan.changes.map((c) => c.address);
      expect(new Set(addresses).size, `seed ${seed}: duplicate addresses`).toBe(addresses.length);
      plan.changes.forEach((change, index) => {
        if (change.action === 'update' && change.before !== null) {
          expect(change.patch.length, `seed ${seed}: no-op ${change.address}`).toBeGreaterThan(0);
        }
        for (const dep of change.dependsOn) {
          const at = addresses.indexOf(dep);
          expect(at, `seed ${seed}: ${change.address} runs before ${dep}`).toBeLessThan(index);
        }
      });

      const after = applyChangesToLive(live, plan);
      const again = expectOk(buildPlan(desired, after), seed);
      expect(
        again.changes.map((c) => `${c.action} ${c.address}`),
        `seed ${seed}`,
      ).toEqual([]);
    }
    expect(changesSeen).toBeGreaterThan(400);
    // The generator reaches every kind × action the API allows.
    expect([...shapes].sort()).toEqual([
      'group_membership:create',
      'group_membership:delete',
      'group_membership:update',
      'group_settings:update',
      'group_tag:delete',
      'org:create',
      'org:delete',
      'org:update',
      'org_membership:create',
      'org_membership:delete',
      'org_membership:update',
      'org_settings:update',
      'pending_user:create',
      'pending_user:delete',
      'tenant:update',
      'tenant_membership:delete',
      'tenant_membership:update',
    ]);
  });
});
