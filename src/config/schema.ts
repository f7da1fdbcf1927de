// The desired-state file format (docs/configuration.md). This TypeBox definition is the single
// source of truth: `schema/snyk-gitops.schema.json` is generated from it (`npm run gen:schema`, and
// a test fails when the committed file is stale), and the `Config` type is derived from it, so the
// schema and the types cannot drift apart.

import { type Static, Type as T, type TSchema } from '@sinclair/typebox';
import {
  DriftIgnoreSchema,
  GroupSettingsSchema,
  Ignores,
  IntegrationsSchema,
  MemberSchema,
  Members,
  OrgSchema,
  OrgSettingsSchema,
  Placement,
  ProjectRules,
  PruneSchema,
  ServiceAccounts,
  TagSchema,
  Uuid,
  Webhooks,
} from '../core/desired-schema.ts';
import { groupSettingsPartProperties } from '../core/group-settings-parts.ts';
import { settingsPartProperties } from '../core/org-settings-parts.ts';
import { ClassesSchema } from './class-schema.ts';
import { shareRepeatedSubschemas } from './shared-subschemas.ts';

export {
  DriftIgnoreSchema,
  GroupSettingsSchema,
  MemberSchema,
  OrgSchema,
  OrgSettingsSchema,
  PruneSchema,
  TagSchema,
};

export const SCHEMA_ID = 'https://snyk-gitops.dev/schema/snyk-gitops.schema.json';

const strict = { additionalProperties: false } as const;

const Globs = (description: string) =>
  T.Union([T.String({ minLength: 1 }), T.Array(T.String({ minLength: 1 }), { minItems: 1 })], {
    description,
  });

export const DelegateSchema = T.Array(
  T.Object(
    {
      files: Globs(
        'Globs over the config files this entry restricts, relative to the config directory given on the command line (e.g. `teams/payments/**`).',
      ),
      orgs: T.Array(T.String({ minLength: 1 }), {
        minItems: 1,
        description: 'Globs over the slugs of the orgs those files may define (case-insensitive).',
      }),
      roles: T.Array(T.String({ minLength: 1 }), {
        description: 'The roles those files may grant in their orgs (names, case-insensitive, or role ids).',
      }),
    },
    {
      ...strict,
      description:
        'Files matching `files` may define only orgs whose slug matches `orgs`, grant only `roles`, and set none of group, tenant, users, prune, limits, defaults, drift, delegate or classes (they may use classes).',
    },
  ),
  {
    description:
      'Delegated team files (only in the file that sets group.id). Files that no entry matches are unrestricted.',
  },
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
          ...groupSettingsPartProperties(),
          tags: T.Optional(
            T.Array(TagSchema, {
              description:
                'The group tag catalogue. Snyk cannot create a tag (it exists while a project carries it): a listed tag Snyk lacks is a warning.',
            }),
          ),
          members: T.Optional(Members('the group')),
          serviceAccounts: T.Optional(ServiceAccounts('the group')),
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
                ...settingsPartProperties(),
                members: T.Optional(Members('every org (merged with each org; the org’s role wins)')),
                // Project rules (docs/configuration.md#project-rules-tags-and-attributes): added to
                // every org's own rules.
                projects: T.Optional(ProjectRules('every org (added to each org’s own rules)')),
                integrations: T.Optional(IntegrationsSchema),
                webhooks: T.Optional(
                  Webhooks('every org (merged with each org by url; the org’s entry wins)'),
                ),
              },
              { ...strict, description: "Merged into every org; the org's own values win." },
            ),
          ),
        },
        { ...strict, description: 'Defaults merged into the objects of the file.' },
      ),
    ),
    classes: T.Optional(ClassesSchema),
    orgs: T.Optional(T.Array(OrgSchema, { description: 'The orgs of the group that this file manages.' })),
    placement: T.Optional(Placement),
    ignores: T.Optional(Ignores),
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
          expiryWarningDays: T.Optional(
            T.Integer({
              minimum: 0,
              maximum: 3660,
              default: 7,
              description:
                'Member entries whose `expires` falls within this many days are warnings in plan, drift and the pull-request comment (default 7).',
            }),
          ),
          domains: T.Optional(
            T.Array(
              T.String({
                pattern: '^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$',
                description: 'An email domain, lower case ASCII (punycode for an internationalized one).',
              }),
              {
                description:
                  'The email domains whose people may be invited or provisioned (`users.unknown`); absent: any. A member whose email domain looks like one of these (same confusable skeleton, Unicode TS #39) without being it is an error.',
              },
            ),
          ),
          allowLookalikes: T.Optional(
            T.Array(T.String({ minLength: 1 }), {
              description:
                'Emails or usernames, exactly as written in member entries, that are accepted although they hold invisible characters, mix scripts or look like another listed person or domain. Write them with YAML escapes (`"j\\u00f6rg@acme.com"`) so the review shows what they are.',
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
    delegate: T.Optional(DelegateSchema),
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
export type { DriftIgnore, GroupSettings, MemberSpec, OrgSettings, Tag } from '../core/desired-schema.ts';
export type OrgSpec = Static<typeof OrgSchema>;

/** The config's JSON Schema as TypeBox writes it: every subschema in place. */
export function buildJsonSchema(): Record<string, unknown> {
  // JSON round-trip drops TypeBox's symbol-keyed metadata.
  const plain = JSON.parse(JSON.stringify(ConfigSchema as TSchema)) as Record<string, unknown>;
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', ...plain };
}

/**
 * The schema the validator compiles and `schema/snyk-gitops.schema.json` publishes: repeated
 * subschemas (an integration's settings per type, the org entry inside a class) written once
 * under `$defs` (shared-subschemas.ts): the same rules, a file a twelfth the size for editors.
 */
export function buildPublishedSchema(): Record<string, unknown> {
  return shareRepeatedSubschemas(buildJsonSchema());
}
