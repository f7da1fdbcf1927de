// The catalogue of error codes: every `code` a GitopsError can carry, one code per cause, with
// a one-line description, and the process exit code they end a command with. docs/errors.md is
// the same table for readers (a test keeps the two equal). Scripts may branch on these codes.

/**
 * The exit code of a command that ends with any of these errors: one code for every cause, so
 * scripts tell causes apart by the error code, not the exit code (docs/errors.md).
 */
const ERROR_EXIT = 1;

export const ERROR_CODES = {
  // ------------------------------------------------------------ the command line and files
  USAGE: 'bad command-line usage: an unknown command or flag, a missing argument, conflicting options',
  CONFIG_INVALID: 'the config files break the schema or a rule, or do not fit the live account',
  OUTPUT_UNWRITABLE:
    'an output path (--out, --output) cannot be written: no such folder, a folder, not a regular file',
  OUTPUT_SYMLINK: 'an output path is a symbolic link, which is never followed',
  EMULATOR_STATE:
    'the emulator state file given to `emulator --state` cannot be read or is not a valid state',
  // ------------------------------------------------------------ the environment
  NO_TOKEN: 'none of SNYK_TOKEN, SNYK_OAUTH_TOKEN, SNYK_OAUTH_CLIENT_ID is set for a command that reads Snyk',
  TOKEN_INVALID:
    'SNYK_TOKEN or SNYK_OAUTH_TOKEN holds something that cannot be a token (a line break, a control character)',
  AUTH_AMBIGUOUS:
    'more than one way to sign in to Snyk is set (SNYK_TOKEN, SNYK_OAUTH_TOKEN, SNYK_OAUTH_CLIENT_ID): keep one',
  OAUTH_SETUP:
    'the OAuth client settings are incomplete or unusable: no secret or key for the client id, both, an unreadable key',
  SECRET_MISSING: 'an environment variable a webhook secret is read from is not set at apply',
  SECRET_INVALID: 'a webhook secret in the environment breaks the rule Snyk holds secrets to (too short)',
  SECRETS_DIR_MISSING:
    'apply would create or rotate a service account whose secret Snyk returns once, and no --secrets-dir was given',
  SECRETS_DIR_UNWRITABLE:
    'the --secrets-dir folder cannot be made or written, or a file in it is a symbolic link',
  ACTION_INPUT: 'an input of the GitHub Action is missing or has a value the Action does not accept',
  // ------------------------------------------------------------ saved plans and apply
  PLAN_INVALID: 'a saved plan file cannot be read or is not a snyk-gitops plan',
  PLAN_STALE: 'the live state changed since the plan was made (or since the confirmation prompt): plan again',
  PLAN_EXPIRED: 'an entry of the plan’s desired state expired after the plan was made: plan again',
  PLAN_TAMPERED:
    'the plan’s changes do not follow from its desired state and the live state (the file was edited)',
  SAFETY_REFUSED: 'a safety rail refused the plan (mass delete, lock-out, …); nothing was written',
  NOT_CONFIRMED: '`apply` without a terminal to confirm on, and neither --auto-approve nor --plan',
  APPLY_FAILED:
    'a change cannot be carried out: the API has no such operation, or an org it needs was not created',
  TAG_IN_USE:
    'Snyk refuses to delete a group tag that projects still carry (prune.groupTags: force removes it from them)',
  ORG_DUPLICATE:
    'another apply created the same org at once, and deleting this run’s copy failed: delete it by hand',
  // ------------------------------------------------------------ reading Snyk
  UNKNOWN_USER: '`access` (or a person target) names someone no scope of the group knows',
  EXPORT_INCOMPLETE: '`export` could not read a part of the account, so it writes nothing',
  EXPORT_EXISTS: '`export` would overwrite files that exist (pass --force to replace them)',
  GITHUB_FAILED:
    'the repository list that `imports` globs need could not be read from GitHub (GITHUB_TOKEN, GITHUB_API_URL)',
  // ------------------------------------------------------------ the Snyk client, before sending
  SNYK_BAD_URL: 'the Snyk API URL is not a URL, carries credentials, or is not https:',
  SNYK_INSECURE_URL:
    'the Snyk API URL is plain http: to a host that is not loopback; the token is never sent in clear',
  SNYK_BAD_TOKEN: 'the token cannot be sent as an HTTP header value',
  SNYK_BAD_PARAMETER:
    'an id in a request path would change which resource the URL names; refused before sending',
  SNYK_CLOSED: 'a request was made on a client that was already closed',
  SNYK_CANCELLED:
    'a request was not sent, or stopped retrying, because the run was cancelled or already failed',
  // ------------------------------------------------------------ the Snyk client, Snyk's answer
  SNYK_UNAUTHORIZED: 'Snyk answered 401: the token is wrong or expired',
  SNYK_FORBIDDEN: 'Snyk answered 403: the token may not read or change this',
  SNYK_NOT_FOUND: 'Snyk answered 404: the group, org or object does not exist (or the token cannot see it)',
  SNYK_CONFLICT: 'Snyk answered 409: the object exists already or is being changed',
  SNYK_GONE: 'Snyk answered 410: the endpoint was retired',
  SNYK_BAD_REQUEST: 'Snyk answered another 4xx: it refused the request as sent',
  SNYK_RATE_LIMITED: 'Snyk kept answering 429, or asked for a wait beyond the retry budget',
  SNYK_SERVER_ERROR: 'Snyk kept answering 5xx after the retries',
  SNYK_NETWORK: 'the connection to Snyk (or the proxy) could not be made or was dropped',
  SNYK_TIMEOUT: 'Snyk’s answer did not arrive within the time allowed for its headers or body',
  SNYK_BAD_RESPONSE: 'Snyk’s answer does not have the documented shape, or is too large',
  OAUTH_REFUSED:
    'Snyk’s token endpoint refused the OAuth client (invalid_client, …): the id, secret or key is wrong',
  OAUTH_FAILED:
    'no OAuth access token could be had: the token endpoint kept failing, timed out or answered without a token',
} as const satisfies Record<string, string>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The exit code a command ends with when it fails with `code`: decided here and only here. */
export function exitCodeOf(_code: ErrorCode): number {
  return ERROR_EXIT;
}
