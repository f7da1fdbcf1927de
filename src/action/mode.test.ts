import { describe, expect, it } from 'vitest';
import type { ActionEvent } from './event.ts';
import { parseEvent } from './event.ts';
import { selectMode } from './mode.ts';

const repo = 'acme/snyk-config';
const pullRequest = (headRepo: string | null = repo): ActionEvent =>
  parseEvent(
    {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REPOSITORY: repo,
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_SHA: 'm1',
    },
    {
      pull_request: {
        number: 7,
        head: { sha: 'abc', repo: headRepo === null ? null : { full_name: headRepo } },
        base: { repo: { full_name: repo } },
      },
      repository: { default_branch: 'main' },
    },
  );
const push = (ref: string): ActionEvent =>
  parseEvent(
    { GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: repo, GITHUB_REF: ref, GITHUB_SHA: 'c1' },
    { repository: { default_branch: 'main' } },
  );
const named = (name: string): ActionEvent =>
  parseEvent({ GITHUB_EVENT_NAME: name, GITHUB_REPOSITORY: repo }, {});
const token = { hasSnykToken: true };

describe('selectMode', () => {
  it('auto: plans on a pull request, applies on push to the default branch, checks drift on schedule and dispatch', () => {
    expect(selectMode('auto', pullRequest(), token)).toEqual({ mode: 'plan' });
    expect(selectMode('auto', push('refs/heads/main'), token)).toEqual({ mode: 'apply' });
    expect(selectMode('auto', named('schedule'), token)).toEqual({ mode: 'drift' });
    expect(selectMode('auto', named('workflow_dispatch'), token)).toEqual({ mode: 'drift' });
  });

  it('auto: plans, not applies, on push to another branch', () => {
    const decision = selectMode('auto', push('refs/heads/feature'), token);
    expect(decision.mode).toBe('plan');
    expect(decision.reason).toMatch(/not the default branch/);
  });

  it('never applies on a pull_request event, whatever the input says', () => {
    const decision = selectMode('apply', pullRequest(), token);
    expect(decision.mode).toBe('plan');
    expect(decision.reason).toMatch(/never applies/);
    expect(selectMode('apply', { ...pullRequest(), name: 'pull_request_target' }, token).mode).toBe('plan');
  });

  it('only validates a pull request from a fork, and says why', () => {
    const decision = selectMode('auto', pullRequest('mallory/snyk-config'), token);
    expect(decision).toEqual({
      mode: 'validate',
      reason: expect.stringMatching(/fork \(mallory\/snyk-config\)/),
    });
    expect(selectMode('apply', pullRequest('mallory/snyk-config'), token).mode).toBe('validate');
  });

  it('treats a pull request whose head repository is null (a deleted fork) as a fork', () => {
    const target = { ...pullRequest(null), name: 'pull_request_target' };
    expect(selectMode('auto', target, token)).toEqual({
      mode: 'validate',
      reason: expect.stringMatching(/head repository the event does not name/),
    });
    expect(selectMode('auto', pullRequest(null), token).mode).toBe('validate');
  });

  it('only validates without a Snyk token, and says why; outside a pull request that deserves a warning', () => {
    const decision = selectMode('auto', push('refs/heads/main'), { hasSnykToken: false });
    expect(decision).toEqual({
      mode: 'validate',
      reason: expect.stringMatching(/no Snyk token/),
      warn: true,
    });
    // A pull request from this repository should have had (a read-only) one: a warning too.
    const onPullRequest = selectMode('auto', pullRequest(), { hasSnykToken: false });
    expect(onPullRequest).toEqual({
      mode: 'validate',
      reason: expect.stringMatching(/no Snyk token.*read-only token/),
      warn: true,
    });
  });

  it('honours an explicit mode outside pull requests', () => {
    expect(selectMode('drift', push('refs/heads/main'), token)).toEqual({ mode: 'drift' });
    expect(selectMode('validate', pullRequest(), { hasSnykToken: false })).toEqual({ mode: 'validate' });
  });
});
