// The action's inputs, read once from the INPUT_* variables the runner sets (name upper-cased,
// spaces to underscores, hyphens kept: `snyk-token` → INPUT_SNYK-TOKEN) and validated into a
// typed settings object. Nothing else in the action reads inputs.
import { parseDuration } from '../core/audit/since.ts';
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
  /** An OAuth service account instead of snyk-token (docs/action.md#oauth-service-accounts). */
  snykOAuth?: SnykOAuthInputs;
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
  /** Milliseconds: a scheduled drift reads everything at least this often (docs/action.md#scheduled-drift). */
  fullDriftEveryMs: number;
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

/** The `snyk-oauth-*` inputs, as the SNYK_OAUTH_* variables the CLI reads take them. */
export interface SnykOAuthInputs {
  clientId: string;
  clientSecret?: string;
  privateKey?: string;
  keyId?: string;
}

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
  const fullDriftEvery = getInput(env, 'full-drift-every') || '7d';
  const fullDriftEveryMs = parseDuration(fullDriftEvery);
  if (fullDriftEveryMs === undefined) {
    throw new ActionInputError(
      `input 'full-drift-every' is '${fullDriftEvery}'; expected a duration such as 12h, 7d or 0d (always full)`,
    );
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
    fullDriftEveryMs,
    targetChangedFiles: getBooleanInput(env, 'target-changed-files', false),
    commentAuthor,
  };
  const secretsDir = getInput(env, 'secrets-dir');
  if (secretsDir) settings.secretsDir = secretsDir;
  const snykToken = checkToken('snyk-token', getInput(env, 'snyk-token'));
  if (snykToken) settings.snykToken = snykToken;
  const snykOAuth = readOAuthInputs(env);
  if (snykOAuth && snykToken) {
    throw new ActionInputError(
      "inputs 'snyk-token' and 'snyk-oauth-client-id' are both set: keep the one to sign in to Snyk with",
    );
  }
  if (snykOAuth) settings.snykOAuth = snykOAuth;
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

/** The OAuth client inputs; which credential goes with the id is checked as for the CLI. */
function readOAuthInputs(env: Env): SnykOAuthInputs | undefined {
  const clientId = checkToken('snyk-oauth-client-id', getInput(env, 'snyk-oauth-client-id'));
  const clientSecret = checkToken('snyk-oauth-client-secret', getInput(env, 'snyk-oauth-client-secret'));
  const privateKey = getInput(env, 'snyk-oauth-private-key');
  const keyId = checkToken('snyk-oauth-key-id', getInput(env, 'snyk-oauth-key-id'));
  if (!clientId) {
    // An empty secret is what forks get; a credential set without its id is a workflow mistake.
    const orphan = [
      ['snyk-oauth-client-secret', clientSecret],
      ['snyk-oauth-private-key', privateKey],
      ['snyk-oauth-key-id', keyId],
    ].find(([, value]) => value)?.[0];
    if (orphan) throw new ActionInputError(`input '${orphan}' is set without 'snyk-oauth-client-id'`);
    return undefined;
  }
  // The id is not secret (often a repository variable) but the credential is: where secrets are
  // withheld (forks, Dependabot) the id comes alone, which means no token, as an empty snyk-token.
  if (!clientSecret && !privateKey) return undefined;
  return {
    clientId,
    ...(clientSecret && { clientSecret }),
    ...(privateKey && { privateKey }),
    ...(keyId && { keyId }),
  };
}
