// Harnesses for a vitest file: each started with the file's options (and the call's on top),
// and every one closed after its test.
import { afterEach } from 'vitest';
import { type Harness, startHarness } from './harness.test-helpers.ts';

export type HarnessOptions = NonNullable<Parameters<typeof startHarness>[0]>;

/** Registers the afterEach that closes them (call it at the top of a test file); returns the starter. */
export function harnessesClosedAfterEach(
  base: HarnessOptions,
): (options?: HarnessOptions) => Promise<Harness> {
  const open: Harness[] = [];
  afterEach(async () => {
    for (const h of open.splice(0)) await h.emu.close();
  });
  return async (options = {}) => {
    const h = await startHarness({ ...base, ...options });
    open.push(h);
    return h;
  };
}
