// The repositories an org must monitor (docs/configuration.md#repositories-imported-into-an-org):
// per integration, owner/name entries or globs over them. A glob needs the owner's repository
// list, which only GitHub types can give (src/github): elsewhere names are exact and a branch
// must be said, because the v1 import body needs one.
import { type Static, Type as T } from '@sinclair/typebox';

const strict = { additionalProperties: false } as const;

const GITHUB_TYPES = ['github', 'github-cloud-app', 'github-enterprise', 'github-server-app'] as const;

/** The integrations whose v1 import body is `{ owner, name, branch }`. */
export const IMPORT_INTEGRATIONS = [
  ...GITHUB_TYPES,
  'bitbucket-cloud',
  'bitbucket-connect-app',
  'azure-repos',
] as const;

/** The integrations whose repositories the GitHub API lists (globs, default branches). */
export const GITHUB_INTEGRATIONS: readonly string[] = GITHUB_TYPES;

/** The integration whose imports Snyk takes only with a personal token (REALITY.md §18). */
export const PERSONAL_TOKEN_INTEGRATION = 'github';

/** Snyk takes at most this many files in one import (snyk-scm-refresh caps there too). */
export const MAX_IMPORT_FILES = 1000;

const RepoPattern = T.String({
  minLength: 3,
  maxLength: 200,
  pattern: '^[^\\s/]+/[^\\s/]+$',
  description: '`owner/name`, or a glob over names (`acme/payments-*`): a glob needs a repository listing.',
});

export const ImportSchema = T.Object(
  {
    integration: T.Union(
      IMPORT_INTEGRATIONS.map((t) => T.Literal(t)),
      { description: 'The integration of the org the repositories are imported through (its type).' },
    ),
    repos: T.Array(RepoPattern, {
      minItems: 1,
      description: 'The repositories that must be monitored: `owner/name` or globs (GitHub types only).',
    }),
    exclude: T.Optional(
      T.Array(RepoPattern, {
        description: 'Repositories the globs of `repos` leave out (`owner/name` or globs).',
      }),
    ),
    branch: T.Optional(
      T.String({
        minLength: 1,
        maxLength: 250,
        description:
          "The branch to import. Default: the repository's default branch, read from GitHub; required for other integrations.",
      }),
    ),
    files: T.Optional(
      T.Array(T.String({ minLength: 1, maxLength: 1000 }), {
        maxItems: MAX_IMPORT_FILES,
        description: "Manifest paths to import; empty or absent: Snyk's own detection.",
      }),
    ),
  },
  { ...strict, description: 'Repositories of one integration that must have a Snyk target in this org.' },
);

export const Imports = T.Array(ImportSchema, {
  description:
    'Repositories that must be monitored in this org. Without this key the org’s targets are not read; targets it does not list are deleted only with prune.imports.',
});

export type ImportSpec = Static<typeof ImportSchema>;

/** `*`, `?`, `[` or `{` make an entry a glob. */
export function isRepoGlob(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}
