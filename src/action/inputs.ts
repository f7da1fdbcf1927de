// The action's inputs, read once from the INPUT_* variables the runner sets (name upper-cased,
// spaces to underscores, hyphens kept: `snyk-token` → INPUT_SNYK-TOKEN) and validated into a
// typed settings object. Nothing else in the action reads inputs.
import type { GivenSettings } from '../engine/api-settings.ts';
import { GitopsError } from '../errors.ts';
import { tokenProblem } from '../util/token-text.ts';

export const MODES = ['auto', 'validate', 'plan', 'apply', 'drift', 'expire'] as const;
export type RequestedMode = (typeof MODES)[number];

export interface ActionSettings {
  /** Config files or directories, relative to the workspace. */
  config: string[];
  mode: RequestedMode;
  /** Absent when the input is empty (e.g. a secret that forks do not receive). */
  snykToken?: string;
  snykApiUrl: string;
  /** How to talk to Snyk, as the CLI's flags give it (checked where the client is opened). */
  api: GivenSettings;
  githubToken?: string;
  maskEmails: boolean;
  requireReviewedPlan: boolean;
  allowMassDelete: boolean;
  /** Lift the lock-out rail (last admin, the token's own Group Admin) for this apply. */
  allowLockout: boolean;
  /** Where apply writes the secrets Snyk returns for new service accounts (input secrets-dir). */
  secretsDir?: string;
  /** On `schedule`: apply the deletes of expired access, nothing else (docs/configuration.md#access-that-ends-delegated-team-files-invitations). */
  enforceExpiry: boolean;
  driftIssueLabel: string;
  /**
   * Plan a pull request (and apply its merge) only for the orgs its changed config files
   * define, as `--target org[…]`; a full plan whenever the change cannot be attributed.
   */
  targetChangedFiles: boolean;
  /**
   * The login the action comments as: a sticky comment (and the drift issue) is one written
   * by this identity, never a comment anyone could post with the same marker.
   */
  commentAuthor: string;
}

/** GITHUB_TOKEN's identity; an app token comments as `<app-slug>[bot]`. */
export const DEFAULT_COMMENT_AUTHOR = 'github-actions[bot]';

export class ActionInputError extends GitopsError {
  constructor(message: string) {
    super(message, { code: 'ACTION_INPUT' });
  }
}

type Env = Readonly<Record<string, string | undefined>>;

export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** The trimmed value of an input, '' when unset. */
export function getInput(env: Env, name: string): string {
  return (env[inputVariable(name)] ?? '').trim();
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/** YAML 1.2 core-schema booleans, as actions/toolkit's getBooleanInput accepts them. */
export function getBooleanInput(env: Env, name: string, fallback: boolean): boolean {
  const value = getInput(env, name);
  if (value === '') return fallback;
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw new ActionInputError(`input '${name}' is '${value}'; expected true or false`);
}

/** How messages name the settings the action takes as inputs. */
export const API_INPUT_NAMES = {
  apiUrl: "input 'snyk-api-url'",
  restVersion: 'SNYK_REST_VERSION',
  concurrency: "input 'concurrency'",
  rateLimit: "input 'rate-limit'",
  httpTimeoutMs: "input 'http-timeout-ms'",
};

function apiInputs(env: Env, apiUrl: string): GivenSettings {
  const given: GivenSettings = { apiUrl };
  const concurrency = getInput(env, 'concurrency');
  const rateLimit = getInput(env, 'rate-limit');
  const httpTimeoutMs = getInput(env, 'http-timeout-ms');
  if (concurrency) given.concurrency = concurrency;
  if (rateLimit) given.rateLimit = rateLimit;
  if (httpTimeoutMs) given.httpTimeoutMs = httpTimeoutMs;
  return given;
}

export function readInputs(env: Env): ActionSettings {
  const config = getInput(env, 'config')
    .split(/[\s]+/)
    .filter((path) => path.length > 0);
  const mode = getInput(env, 'mode') || 'auto';
  if (!(MODES as readonly string[]).includes(mode)) {
    throw new ActionInputError(`input 'mode' is '${mode}'; expected one of ${MODES.join(', ')}`);
  }
  const snykApiUrl = (getInput(env, 'snyk-api-url') || 'https://api.snyk.io').replace(/\/+$/, '');
  if (!/^https?:\/\/[^/\s]+/.test(snykApiUrl)) {
    throw new ActionInputError(
      `input 'snyk-api-url' is '${snykApiUrl}'; expected an http(s) URL such as https://api.eu.snyk.io`,
    );
  }
  const label = getInput(env, 'drift-issue-label') || 'snyk-drift';
  if (label.includes(',')) {
    throw new ActionInputError(`input 'drift-issue-label' is '${label}'; expected one label (no commas)`);
  }
  const commentAuthor = getInput(env, 'comment-author') || DEFAULT_COMMENT_AUTHOR;
  if (!/^[A-Za-z0-9][A-Za-z0-9-]*(\[bot\])?$/.test(commentAuthor)) {
    throw new ActionInputError(
      `input 'comment-author' is '${commentAuthor}'; expected a GitHub login such as github-actions[bot] or my-app[bot]`,
    );
  }
  const settings: ActionSettings = {
    config: config.length > 0 ? config : ['snyk-gitops.yaml'],
    mode: mode as RequestedMode,
    snykApiUrl,
    api: apiInputs(env, snykApiUrl),
    maskEmails: getBooleanInput(env, 'mask-emails', false),
    requireReviewedPlan: getBooleanInput(env, 'require-reviewed-plan', false),
    allowMassDelete: getBooleanInput(env, 'allow-mass-delete', false),
    allowLockout: getBooleanInput(env, 'allow-lockout', false),
    enforceExpiry: getBooleanInput(env, 'enforce-expiry', true),
    driftIssueLabel: label,
    targetChangedFiles: getBooleanInput(env, 'target-changed-files', false),
    commentAuthor,
  };
  const secretsDir = getInput(env, 'secrets-dir');
  if (secretsDir) settings.secretsDir = secretsDir;
  const snykToken = checkToken('snyk-token', getInput(env, 'snyk-token'));
  if (snykToken) settings.snykToken = snykToken;
  const githubToken = checkToken('github-token', getInput(env, 'github-token'));
  if (githubToken) settings.githubToken = githubToken;
  return settings;
}

/** A token input, refused (without showing it) when an HTTP header could not carry it. */
function checkToken(name: string, token: string): string {
  const problem = token ? tokenProblem(token) : undefined;
  if (problem) throw new ActionInputError(`input '${name}' ${problem}`);
  return token;
}
