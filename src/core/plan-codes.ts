// The catalogue of plan codes: every `code` a plan warning (`Warning`, the plan JSON's
// `warnings[].code`, drift reports' `notes`) and a plan issue (`PlanIssue`, reported located
// under CONFIG_INVALID) can carry, one code per cause, with a one-line description of it.
// docs/errors.md#plan-warnings-and-plan-issues is the same tables for readers (a test keeps them
// equal). Scripts read these codes from the plan JSON: a code, once given, keeps its spelling,
// and a new cause gets a new code rather than a second meaning for an existing one.

/** What a plan noticed and does not change: the plan is made, and says so. */
export const WARNING_CODES = {
  // ------------------------------------------------------------ orgs
  ORG_SLUG_MISMATCH:
    'an org the plan creates has a slug in the file other than the one Snyk derives from its name',
  ORG_SLUG_DIFFERS:
    'an org pinned by id has another slug in Snyk than in the file (the API cannot change a slug)',
  ORG_DUPLICATE_SUSPECTED:
    'the group has an org the file does not list, named like an org of the file under its slug plus a suffix',
  // ------------------------------------------------------------ people
  GROUP_MEMBER_PENDING:
    'a group member is not a Snyk user yet (users.unknown invites or provisions): it converges after their first login',
  PENDING_ROLE_DIFFERS:
    'someone already invited or provisioned has another role than the listed one, taken at their first login',
  SERVICE_ACCOUNT_MEMBER:
    'a member entry names a service account, which its serviceAccounts entry manages: the entry is left out',
  MEMBER_EXPIRED: 'a member entry’s expires has passed and Snyk has no such membership: nothing is created',
  MEMBER_EXPIRES_SOON: 'a member entry’s expires falls within users.expiryWarningDays',
  TENANT_MEMBER_NOT_CREATABLE:
    'a tenant member the file lists is not one in Snyk, and the API cannot create tenant memberships',
  // ------------------------------------------------------------ integrations, imports, projects
  INTEGRATION_MISSING:
    'an org lacks an integration type the file lists (or its template has none), and none is named to clone from',
  'import-archived-skipped':
    'a repository an import names or matches is archived on GitHub: it is not imported',
  'import-needs-personal-token':
    'the token is a service account’s, and imports through the github integration take only a personal token',
  PROJECT_RULE_UNMATCHED: 'a project rule of an org matches none of its projects',
  PLACEMENT_ORG_PENDING:
    'a placement rule names an org this plan creates: its projects are moved by the first plan after that',
  TAG_NOT_CREATABLE:
    'a group tag the file lists does not exist in Snyk, and no project rule puts it on a project',
  IGNORE_NOT_OURS:
    'an issue an ignore rule names is already ignored by someone else: their ignore is left as it is',
} as const satisfies Record<string, string>;

/** What stops a plan: the desired state cannot be reconciled with the live account as written. */
export const ISSUE_CODES = {
  // ------------------------------------------------------------ the live state
  LIVE_STATE_INCOMPLETE: 'parts of the live state could not be read, so no plan can be made from it',
  TENANT_NOT_FOUND: 'tenant.id names no tenant the token can read, or another than the group’s',
  // ------------------------------------------------------------ orgs
  ORG_ID_NOT_FOUND: 'an org is pinned by an id that no org of the group has',
  ORG_NAME_REQUIRED: 'an org does not exist in the group and has no name to create it with',
  ORG_NAME_TAKEN: 'an org to create has the name of an org of the group under another slug',
  UNKNOWN_TEMPLATE: 'an org’s template is neither an org of the file nor of the group',
  TEMPLATE_CYCLE: 'two orgs to create name each other (in a loop) as their template',
  // ------------------------------------------------------------ people
  UNKNOWN_ROLE: 'a member or service account names a role that its scope does not have',
  DUPLICATE_MEMBER: 'two entries of the same member list name the same user',
  UNKNOWN_USERS: 'a member is not a Snyk user of the group and users.unknown is error',
  UNKNOWN_USER_NOT_EMAIL: 'a member to invite or provision is not an email address',
  UNKNOWN_USER_LOOKALIKE:
    'a member to invite or provision looks like a user of the group without being them (not in users.allowLookalikes)',
  UNKNOWN_USER_DOMAIN: 'a member to invite or provision has an email domain that users.domains does not list',
  SERVICE_ACCOUNT_DUPLICATE: 'two serviceAccounts entries of the same scope have the same name',
  SERVICE_ACCOUNT_ID_UNKNOWN: 'a service account is pinned by an id that no service account of its scope has',
  SERVICE_ACCOUNT_INVALID:
    'a service account’s settings do not fit its auth: a jwksUrl without oauth_private_key_jwt or the reverse, a token lifetime for api_key',
  // ------------------------------------------------------------ integrations and imports
  UNKNOWN_CLONE_SOURCE: 'an integration’s from names no org of the group, nor one this plan creates',
  CLONE_SOURCE_LACKS: 'the org an integration is to be cloned from has no such integration either',
  IMPORT_BRANCH_REQUIRED:
    'an import’s integration has no default branch to read and the entry gives no branch',
  IMPORT_GLOB_UNLISTABLE:
    'an import names a glob, and its integration has no repository listing to match it against',
  IMPORT_NEEDS_LISTING:
    'an import needs GitHub’s repository list (a glob, or a default branch) and no GITHUB_TOKEN is set',
  IMPORT_REPO_UNKNOWN:
    'a repository an import names is not among those GitHub lists for its owner with the token',
  IMPORT_LISTED_TWICE: 'a repository is named by two import entries of the same integration in one org',
  // ------------------------------------------------------------ projects, placement, ignores
  PROJECT_RULE_CONFLICT: 'two project rules of an org set the same property of a project to different values',
  PLACEMENT_UNKNOWN_ORG: 'a placement rule names an org that the file does not list',
  PLACEMENT_CONFLICT: 'two placement rules put the same project in different orgs',
  IGNORE_RULE_CONFLICT: 'two ignore rules set the same issue of the same project differently',
  // ------------------------------------------------------------ --replace and --rotate
  REPLACE_UNKNOWN: '--replace names no object that can be replaced and that both the file and Snyk have',
  ROTATE_UNKNOWN: '--rotate names no service account that both the file and Snyk have',
  ROTATE_NO_SECRET:
    '--rotate names a service account whose auth is oauth_private_key_jwt: Snyk keeps no secret of it to rotate',
  ROTATE_CHANGED: '--rotate names a service account the plan already changes (a rename): apply that first',
} as const satisfies Record<string, string>;

export type WarningCode = keyof typeof WARNING_CODES;
export type IssueCode = keyof typeof ISSUE_CODES;

/** Whether `code` (read from a saved plan) is a warning code of the catalogue. */
export function isWarningCode(code: string): code is WarningCode {
  return Object.hasOwn(WARNING_CODES, code);
}
