// The assertions every process-level action test makes: no token anywhere the run leaves a
// trace, and no request the fake GitHub does not know.
import { expect } from 'vitest';
import {
  type ActionRun,
  GITHUB_TOKEN,
  type Harness,
  logWithoutMasks,
  SNYK_TOKEN,
} from './harness.test-helpers.ts';

export function expectNoSecrets(run: ActionRun): void {
  const traces = {
    stdout: logWithoutMasks(run.stdout),
    stderr: run.stderr,
    outputs: run.outputFile,
    summary: run.summary,
    posted: run.posted.join('\n'),
  };
  for (const [where, text] of Object.entries(traces)) {
    expect(text.includes(SNYK_TOKEN), `Snyk token in ${where}`).toBe(false);
    expect(text.includes(GITHUB_TOKEN), `GitHub token in ${where}`).toBe(false);
  }
}

/** A run's own mask lines name exactly the tokens the runner must hide. */
export function expectMasksTokens(run: ActionRun): void {
  expect(run.stdout).toContain(`::add-mask::${SNYK_TOKEN}\n`);
  expect(run.stdout).toContain(`::add-mask::${GITHUB_TOKEN}\n`);
}

export function expectOnlyKnownGitHubRequests(harness: Harness): void {
  expect(harness.github.unexpected).toEqual([]);
}
