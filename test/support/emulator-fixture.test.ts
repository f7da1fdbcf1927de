// The e2e fixture's default reality: $SNYK_EMULATOR_REALITY, so a whole suite can be rerun
// against reality mode.
import { describe, expect, it } from 'vitest';
import { REALITY_ALL } from '../../src/emulator/reality/options.ts';
import { realityFromEnv } from './emulator-fixture.test-helpers.ts';

describe('SNYK_EMULATOR_REALITY', () => {
  it('gives the fixture its default reality in parseReality syntax; unset or empty, none', () => {
    expect(realityFromEnv({ SNYK_EMULATOR_REALITY: 'all' })).toEqual(REALITY_ALL);
    expect(realityFromEnv({ SNYK_EMULATOR_REALITY: 'membershipTopLevel,lastPageSelf' })).toEqual({
      membershipTopLevel: true,
      lastPageSelf: true,
    });
    expect(realityFromEnv({})).toBeUndefined();
    expect(realityFromEnv({ SNYK_EMULATOR_REALITY: ' ' })).toBeUndefined();
    expect(() => realityFromEnv({ SNYK_EMULATOR_REALITY: 'nope' })).toThrow(/unknown reality switch/);
  });
});
