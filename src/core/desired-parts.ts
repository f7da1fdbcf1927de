// The parts of the desired state that kinds build on (settings, members, tags), in TypeBox.
// Kept apart from desired-schema.ts, which also needs the kind registry, so that a kind can
// use a schema (to export exactly what the format accepts) without an import cycle.
import { type Static, Type as T } from '@sinclair/typebox';
import { EXPIRES_PATTERN } from './expiry.ts';

const strict = { additionalProperties: false } as const;

export const Uuid = (description: string) => T.String({ format: 'uuid', description });

/** A Snyk user: an email (case-insensitive), a username, or a user id (uuid). */
const UserRef = T.String({
  minLength: 1,
  maxLength: 320,
  // Anything with an '@' must look like an email; usernames and ids have none.
  pattern: '^(?:[^@]+|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$',
  description:
    'The user: an email address (case-insensitive), a Snyk username, or a user id (uuid). Resolved through the API.',
});

/** A role: its name (case-insensitive) or its id (uuid). */
const RoleRef = T.String({
  minLength: 1,
  maxLength: 100,
  description:
    "The role: a role name (case-insensitive, e.g. 'Org Admin', 'Org Collaborator', 'Group Admin') or a role id (uuid).",
});

/** When the access ends (docs/configuration.md#access-that-ends-delegated-team-files-invitations), as expiry.ts reads it. */
const Expires = T.String({
  pattern: EXPIRES_PATTERN,
  description:
    'When this access ends: a date (`2026-12-31`, meaning the end of that day in UTC) or a timestamp with its zone (`2026-12-05T18:00:00Z`). From then on the entry is not desired: a live membership is deleted, an absent one is not created. Entries ending within `users.expiryWarningDays` are warnings.',
});

export const MemberSchema = T.Object(
  { user: UserRef, role: RoleRef, expires: T.Optional(Expires) },
  { ...strict, description: 'A membership: this user holds this role.' },
);

export const Members = (where: string) =>
  T.Array(MemberSchema, {
    description: `Memberships of ${where}. Only listed when managed: without this key the live memberships are kept; \`[]\` means no members.`,
  });

export const OrgSettingsSchema = T.Object(
  {
    requestAccess: T.Optional(
      T.Object(
        {
          enabled: T.Boolean({
            description: 'Whether users of the group may request access to this org.',
          }),
        },
        { ...strict, description: 'Access requests to the org (v1 org settings `requestAccess`).' },
      ),
    ),
    ignores: T.Optional(
      T.Object(
        {
          approvalWorkflowEnabled: T.Optional(
            T.Boolean({ description: 'The Ignore Approval Workflow is enabled.' }),
          ),
          autoApproveIgnores: T.Optional(
            T.Boolean({ description: 'Pending ignores are approved automatically.' }),
          ),
          reasonRequired: T.Optional(
            T.Boolean({ description: 'A reason is required when creating ignores.' }),
          ),
        },
        { ...strict, description: 'Ignore policy of the org (v1 org settings `ignores`).' },
      ),
    ),
  },
  {
    ...strict,
    description:
      'v1 org settings. Only the keys listed here are managed; other live settings are left alone.',
  },
);

export const GroupSettingsSchema = T.Object(
  {
    sessionLength: T.Optional(
      T.Union([T.Integer({ minimum: 1, maximum: 43200 }), T.Null()], {
        description:
          'Session length in minutes (1..43200, i.e. up to 30 days); null inherits the global default.',
      }),
    ),
    requestAccess: T.Optional(
      T.Object(
        {
          enabled: T.Boolean({
            description: 'Whether users may request access to orgs of the group they are not members of.',
          }),
        },
        { ...strict, description: 'Access requests to the orgs of the group.' },
      ),
    ),
  },
  {
    ...strict,
    description: 'v1 group settings. Only the keys listed here are managed.',
  },
);

/**
 * Tag values as real data has them (`/ . @ :` among others, docs/configuration.md#project-rules-tags-and-attributes): the
 * alphabet of the REST `tags` filter.
 */
export const TAG_VALUE_PATTERN = '^[A-Za-z0-9_.~:/?#@&+=%-]{1,256}$';

export const TagSchema = T.Object(
  {
    key: T.String({
      pattern: '^[A-Za-z0-9_-]{1,30}$',
      description: 'Tag key: letters, digits, `-` and `_`, at most 30 characters.',
    }),
    value: T.String({
      pattern: TAG_VALUE_PATTERN,
      description:
        'Tag value: letters, digits and `_ . ~ : / ? # @ & + = % -` (as in `acme/api@1.2:prod`), at most 256 characters.',
    }),
  },
  { ...strict, description: 'A group tag (key and value).' },
);

export const PruneSchema = T.Object(
  {
    groupMembers: T.Optional(
      T.Boolean({
        default: true,
        description: 'Delete group memberships the file does not list (default true).',
      }),
    ),
    orgMembers: T.Optional(
      T.Boolean({
        default: true,
        description: 'Delete org memberships the file does not list (default true).',
      }),
    ),
    tenantMembers: T.Optional(
      T.Boolean({
        default: false,
        description: 'Delete tenant memberships the file does not list (default false).',
      }),
    ),
    groupTags: T.Optional(
      T.Union([T.Boolean(), T.Literal('force')], {
        default: false,
        description:
          'Delete group tags the file does not list (default false); `force` also removes them from the projects that carry them.',
      }),
    ),
    orgs: T.Optional(
      T.Boolean({
        default: false,
        description:
          'Delete orgs the file does not list (default false: deleting an org destroys its projects and history).',
      }),
    ),
    webhooks: T.Optional(
      T.Boolean({
        default: false,
        description:
          'Delete the webhooks the file does not list, in orgs that list `webhooks` (default false).',
      }),
    ),
    imports: T.Optional(
      T.Boolean({
        default: false,
        description:
          'Delete the targets (and their projects) that the file no longer lists, in orgs that list `imports`, of the integrations they name (default false).',
      }),
    ),
    serviceAccounts: T.Optional(
      T.Boolean({
        default: false,
        description:
          'Delete the service accounts the file does not list, in the group or orgs that list `serviceAccounts` (default false).',
      }),
    ),
    projectTags: T.Optional(
      T.Boolean({
        default: false,
        description:
          "Remove the tags of a matched project that no matching rule lists (default false: a matched project's unlisted tag keys stay; unmatched projects are never touched).",
      }),
    ),
    ignores: T.Optional(
      T.Boolean({
        default: true,
        description:
          'Delete the ignores this tool created (its prefix, by the token’s user) that no `ignores` rule lists any more, on the projects of the orgs the rules cover (default true). Other ignores are never touched.',
      }),
    ),
  },
  { ...strict, description: 'Which live objects that the file does not list are deleted.' },
);

/** The prune rules where the file is silent: each rule's schema default (docs/configuration.md). */
export const DEFAULT_PRUNE = Object.fromEntries(
  Object.entries(PruneSchema.properties).map(([key, schema]) => [
    key,
    (schema as { default: unknown }).default,
  ]),
) as Required<Static<typeof PruneSchema>>;

export type MemberSpec = Static<typeof MemberSchema>;
export type OrgSettings = Static<typeof OrgSettingsSchema>;
export type GroupSettings = Static<typeof GroupSettingsSchema>;
export type Tag = Static<typeof TagSchema>;
