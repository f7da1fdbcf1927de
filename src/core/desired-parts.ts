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

/** When the access ends (contract §4.3), as expiry.ts reads it. */
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

export const TagSchema = T.Object(
  {
    key: T.String({
      pattern: '^[A-Za-z0-9_-]{1,30}$',
      description: 'Tag key: letters, digits, `-` and `_`, at most 30 characters.',
    }),
    value: T.String({
      pattern: '^[A-Za-z0-9_-]{1,50}$',
      description: 'Tag value: letters, digits, `-` and `_`, at most 50 characters.',
    }),
  },
  { ...strict, description: 'A group tag (key and value).' },
);

export type MemberSpec = Static<typeof MemberSchema>;
export type OrgSettings = Static<typeof OrgSettingsSchema>;
export type GroupSettings = Static<typeof GroupSettingsSchema>;
export type Tag = Static<typeof TagSchema>;
