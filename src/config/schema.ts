// The desired-state file format (contract §1). This TypeBox definition is the single source
// of truth: `schema/snyk-gitops.schema.json` is generated from it (`npm run gen:schema`, and a
// test fails when the committed file is stale), and the `Config` type is derived from it, so
// the schema and the types cannot drift apart.
import { type Static, Type as T, type TSchema } from '@sinclair/typebox';

export const SCHEMA_ID = 'https://snyk-gitops.dev/schema/snyk-gitops.schema.json';

const strict = { additionalProperties: false } as const;

const Uuid = (description: string) => T.String({ format: 'uuid', description });

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

export const MemberSchema = T.Object(
  { user: UserRef, role: RoleRef },
  { ...strict, description: 'A membership: this user holds this role.' },
);

const Members = (where: string) =>
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
          reasonRequired: T.Optional(
            T.Boolean({ description: 'A reason is required when creating ignores.' }),
          ),
          autoApproveIgnores: T.Optional(
            T.Boolean({ description: 'Pending ignores are approved automatically.' }),
          ),
          approvalWorkflowEnabled: T.Optional(
            T.Boolean({ description: 'The Ignore Approval Workflow is enabled.' }),
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

export const OrgSchema = T.Object(
  {
    slug: T.String({
      pattern: '^[\\w.-]{1,100}$',
      description:
        "The identity of the org in the file, Snyk's org slug: letters, digits, `_`, `.` and `-`, at most 100 characters.",
    }),
    name: T.Optional(
      T.String({
        minLength: 1,
        maxLength: 60,
        description:
          'Display name (1..60 characters). A new name is an update, never delete + create. Required to create an org.',
      }),
    ),
    id: T.Optional(Uuid('Pins an existing org by id (the slug is still its identity in the file).')),
    template: T.Optional(
      T.String({
        minLength: 1,
        description:
          'Slug of an org (in this file or live) whose integrations and policies are copied when this org is created (v1 `sourceOrgId`).',
      }),
    ),
    settings: T.Optional(OrgSettingsSchema),
    members: T.Optional(Members('the org')),
  },
  { ...strict, description: 'An org of the group.' },
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
  },
  { ...strict, description: 'Which live objects that the file does not list are deleted.' },
);

export const KIND_NAMES = [
  'org',
  'org_settings',
  'org_membership',
  'group_settings',
  'group_membership',
  'group_tag',
  'tenant',
  'tenant_membership',
  'pending_user',
] as const;

export const DriftIgnoreSchema = T.Object(
  {
    kind: T.Optional(
      T.Union(
        KIND_NAMES.map((k) => T.Literal(k)),
        { description: 'Only items of this kind.' },
      ),
    ),
    address: T.Optional(
      T.String({
        minLength: 1,
        description: "Glob over item addresses, e.g. 'org[legacy-*].member[*]'.",
      }),
    ),
    reason: T.Optional(T.String({ description: 'Why this drift is accepted (shown in reports).' })),
  },
  { ...strict, minProperties: 1, description: 'A rule for known, accepted drift.' },
);

export const ConfigSchema = T.Object(
  {
    $schema: T.Optional(T.String({ description: 'JSON Schema reference for editors.' })),
    version: T.Literal(1, { description: 'Format version of this file. Always 1.' }),
    // Optional per file, so that a directory can hold one file per team; the merged files
    // must define it once (a semantic rule).
    group: T.Optional(
      T.Object(
        {
          id: Uuid('The id of the Snyk group this file manages.'),
          settings: T.Optional(GroupSettingsSchema),
          tags: T.Optional(
            T.Array(TagSchema, {
              description:
                'The group tag catalogue. Snyk cannot create a tag (it exists while a project carries it): a listed tag Snyk lacks is a warning.',
            }),
          ),
          members: T.Optional(Members('the group')),
        },
        {
          ...strict,
          description:
            'The Snyk group. Required in one file; in a directory of files every file that has it names the same id.',
        },
      ),
    ),
    tenant: T.Optional(
      T.Object(
        {
          id: Uuid('The id of the tenant that holds the group.'),
          name: T.Optional(T.String({ minLength: 1, maxLength: 60, description: 'Tenant name (1..60).' })),
          members: T.Optional(
            T.Array(MemberSchema, {
              description:
                'Tenant memberships. The API can change or remove them, not create them: a listed member Snyk lacks is a warning.',
            }),
          ),
        },
        { ...strict, description: 'The tenant (optional).' },
      ),
    ),
    defaults: T.Optional(
      T.Object(
        {
          org: T.Optional(
            T.Object(
              {
                settings: T.Optional(OrgSettingsSchema),
                members: T.Optional(Members('every org (merged with each org; the org’s role wins)')),
              },
              { ...strict, description: "Merged into every org; the org's own values win." },
            ),
          ),
        },
        { ...strict, description: 'Defaults merged into the objects of the file.' },
      ),
    ),
    orgs: T.Optional(T.Array(OrgSchema, { description: 'The orgs of the group that this file manages.' })),
    users: T.Optional(
      T.Object(
        {
          unknown: T.Optional(
            T.Union([T.Literal('error'), T.Literal('provision'), T.Literal('invite')], {
              default: 'error',
              description:
                'What to do with a member who is not a Snyk user of the group yet: `error` (default), `provision` (v1 provisioning, SSO) or `invite` (org invitation).',
            }),
          ),
          ignore: T.Optional(
            T.Array(T.String({ minLength: 1 }), {
              description: 'Globs over emails/usernames of users that are never created, changed or removed.',
            }),
          ),
        },
        { ...strict, description: 'How users are resolved and which are left alone.' },
      ),
    ),
    prune: T.Optional(PruneSchema),
    limits: T.Optional(
      T.Object(
        {
          maxDeletePercent: T.Optional(
            T.Number({
              minimum: 0,
              maximum: 100,
              default: 25,
              description:
                'A plan deleting more than this share (percent) of the live objects of any kind is refused without --allow-mass-delete.',
            }),
          ),
        },
        { ...strict, description: 'Safety limits.' },
      ),
    ),
    drift: T.Optional(
      T.Object(
        {
          ignore: T.Optional(
            T.Array(DriftIgnoreSchema, { description: 'Known, accepted drift left out of reports.' }),
          ),
        },
        { ...strict, description: 'Drift report settings.' },
      ),
    ),
  },
  {
    ...strict,
    // Extension keys (as in docker compose): ignored, a place to define YAML anchors.
    patternProperties: {
      '^x-': { description: 'Extension field, ignored by snyk-gitops: a place for YAML anchors.' },
    },
    $id: SCHEMA_ID,
    title: 'snyk-gitops desired state',
    description: 'The desired state of a Snyk group: settings, tags, orgs, memberships.',
  },
);

export type Config = Static<typeof ConfigSchema>;
export type MemberSpec = Static<typeof MemberSchema>;
export type OrgSettings = Static<typeof OrgSettingsSchema>;
export type GroupSettings = Static<typeof GroupSettingsSchema>;
export type Tag = Static<typeof TagSchema>;
export type OrgSpec = Static<typeof OrgSchema>;
export type DriftIgnore = Static<typeof DriftIgnoreSchema>;

/** The JSON document written to `schema/snyk-gitops.schema.json`. */
export function buildJsonSchema(): Record<string, unknown> {
  // JSON round-trip drops TypeBox's symbol-keyed metadata.
  const plain = JSON.parse(JSON.stringify(ConfigSchema as TSchema)) as Record<string, unknown>;
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', ...plain };
}
