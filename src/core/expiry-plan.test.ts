// Which desired states the scheduled expiry run reads for: member entries and ignore rules
// with `expires` (docs/configuration.md#ignores-as-code).
import { describe, expect, it } from 'vitest';
import { desiredState } from './builders.test-helpers.ts';
import { hasExpiringEntries } from './expiry-plan.ts';

const rule = { issue: 'SNYK-JS-LODASH-567746', projects: {}, type: 'wont-fix' as const, reason: 'r' };

describe('hasExpiringEntries', () => {
  it('counts an ignore rule with an end, and not one without', () => {
    expect(hasExpiringEntries(desiredState({ ignores: [rule] }))).toBe(false);
    expect(hasExpiringEntries(desiredState({ ignores: [{ ...rule, expires: '2027-03-31' }] }))).toBe(true);
    expect(hasExpiringEntries(desiredState())).toBe(false);
  });
});
