// Which of validate / plan / apply / drift / expire a run performs, and why when it does less than
// asked. Pure: the event facts and the settings in, the decision out.
import { type ActionEvent, isFork } from './event.ts';
import type { RequestedMode } from './inputs.ts';

export type Mode = Exclude<RequestedMode, 'auto'>;

export interface ModeDecision {
  mode: Mode;
  /** Set when the run does less than the input or the event asked, saying why. */
  reason?: string;
  /** The reason deserves a warning annotation (a misconfiguration, not a normal downgrade). */
  warn?: boolean;
}

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];

export function isPullRequestEvent(event: ActionEvent): boolean {
  return PULL_REQUEST_EVENTS.includes(event.name);
}

function modeForEvent(event: ActionEvent): ModeDecision {
  if (isPullRequestEvent(event)) return { mode: 'plan' };
  if (event.name === 'push') {
    if (event.defaultBranch !== undefined && event.ref === `refs/heads/${event.defaultBranch}`) {
      return { mode: 'apply' };
    }
    return {
      mode: 'plan',
      reason: `push to ${event.ref || 'an unknown ref'} is not the default branch (${event.defaultBranch ?? 'unknown'}): planning, not applying`,
    };
  }
  if (event.name === 'schedule' || event.name === 'workflow_dispatch') return { mode: 'drift' };
  return {
    mode: 'validate',
    reason: `mode 'auto' has no rule for the '${event.name || 'unknown'}' event: validating only`,
  };
}

export function selectMode(
  requested: RequestedMode,
  event: ActionEvent,
  options: { hasSnykToken: boolean },
): ModeDecision {
  let decision: ModeDecision = requested === 'auto' ? modeForEvent(event) : { mode: requested };
  const pullRequest = isPullRequestEvent(event);
  // Code under review must never change Snyk, whatever the inputs say.
  if (pullRequest && (decision.mode === 'apply' || decision.mode === 'expire')) {
    decision = {
      mode: 'plan',
      reason: `a pull_request event never ${decision.mode === 'apply' ? 'applies (apply runs on push to the default branch)' : 'removes expired access'}: planning instead`,
    };
  }
  const pr = event.pullRequest;
  if (decision.mode !== 'validate' && pullRequest && pr && isFork(pr)) {
    return {
      mode: 'validate',
      reason: `the pull request comes from ${pr.headRepo ? `a fork (${pr.headRepo})` : 'a head repository the event does not name (a deleted fork)'}, which must not reach Snyk with this repository's token: validating only`,
    };
  }
  if (decision.mode !== 'validate' && !options.hasSnykToken) {
    return {
      mode: 'validate',
      reason:
        "no Snyk token (inputs 'snyk-token' and 'snyk-oauth-client-id' are empty; secrets are not passed to forks or Dependabot, nor to a job outside the environment that holds them: give plan and drift a read-only token, see docs/action.md#tokens-and-permissions): validating only",
      // Forks were decided above: here a missing token is a misconfigured workflow (often the
      // token kept only in the apply job's protected environment), or Dependabot. Say so where
      // people look, not only in the log.
      warn: true,
    };
  }
  return decision;
}
