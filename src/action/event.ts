// The workflow run's event, parsed at the boundary from GITHUB_* variables and the payload at
// GITHUB_EVENT_PATH into the few facts the action decides on.

export interface PullRequestFacts {
  number: number;
  headSha: string;
  /**
   * owner/name of the head repository; differs from baseRepo for a PR from a fork, and is ''
   * when the payload does not name it (`head.repo: null`: the fork was deleted).
   */
  headRepo: string;
  baseRepo: string;
}

export interface ActionEvent {
  name: string;
  /** `owner/name` from GITHUB_REPOSITORY. */
  repository: string;
  ref: string;
  sha: string;
  defaultBranch?: string;
  pullRequest?: PullRequestFacts;
}

type Env = Readonly<Record<string, string | undefined>>;

function field(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** Builds the event facts from the environment and the (already JSON-parsed) payload. */
export function parseEvent(env: Env, payload: unknown): ActionEvent {
  const event: ActionEvent = {
    name: env.GITHUB_EVENT_NAME ?? '',
    repository: env.GITHUB_REPOSITORY ?? text(field(payload, 'repository', 'full_name')) ?? '',
    ref: env.GITHUB_REF ?? text(field(payload, 'ref')) ?? '',
    sha: env.GITHUB_SHA ?? text(field(payload, 'after')) ?? '',
  };
  const defaultBranch = text(field(payload, 'repository', 'default_branch'));
  if (defaultBranch !== undefined) event.defaultBranch = defaultBranch;
  const number = field(payload, 'pull_request', 'number');
  if (typeof number === 'number') {
    event.pullRequest = {
      number,
      headSha: text(field(payload, 'pull_request', 'head', 'sha')) ?? '',
      headRepo: text(field(payload, 'pull_request', 'head', 'repo', 'full_name')) ?? '',
      baseRepo: text(field(payload, 'pull_request', 'base', 'repo', 'full_name')) ?? event.repository,
    };
  }
  return event;
}

/**
 * Whether the pull request's code comes from outside the repository. A head repository the
 * payload does not name (a deleted fork arrives as `head.repo: null`) cannot be shown to be
 * this repository, so it counts as a fork: never trust what cannot be identified.
 */
export function isFork(pr: PullRequestFacts): boolean {
  return pr.headRepo === '' || pr.headRepo !== pr.baseRepo;
}
