// One fresh harness per test of a file, with the merged pull request linked: the setup that
// most process-level action tests share, checked (no unknown GitHub request) and closed after.
import { afterEach, beforeEach } from 'vitest';
import { expectOnlyKnownGitHubRequests } from './expect-clean.test-helpers.ts';
import { type Harness, linkMergedPullRequest, startHarness } from './harness.test-helpers.ts';

/** The current test's harness, through a getter (it is started anew before each test). */
export function harnessPerTest(): () => Harness {
  let harness: Harness | undefined;
  beforeEach(async () => {
    harness = await startHarness();
    linkMergedPullRequest(harness.github);
  });
  afterEach(async () => {
    if (harness === undefined) return;
    expectOnlyKnownGitHubRequests(harness);
    await harness.close();
  });
  return () => {
    if (harness === undefined) throw new Error('the harness starts before each test');
    return harness;
  };
}
