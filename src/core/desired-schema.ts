// The validated desired state, defined once in TypeBox: the TypeScript types of the core are
// derived from it, the config schema (src/config/schema.ts) builds the file format from its
// parts, and a saved plan's `desired` is checked against it at the boundary.
import { type Static, Type as T } from '@sinclair/typebox';
import { Ignores, Placement } from './desired-estate.ts';
import { Imports } from './desired-imports.ts';
import { IntegrationsSchema, Webhooks } from './desired-integrations.ts';
import { GroupSettingsSchema, MemberSchema, Members, PruneSchema, TagSchema, Uuid } from './desired-parts.ts';
import { ProjectRules } from './desired-project-rules.ts';
import { ServiceAccounts } from './desired-service-accounts.ts';
import { groupSettingsPartProperties } from './group-settings-parts.ts';
import { KIND_NAMES } from './kinds/index.ts';
import { settingsPartProperties } from './org-settings-parts.ts';

export * from './desired-estate.ts';
export * from './desired-imports.ts';
export * from './desired-integrations.ts';
export * from './desired-parts.ts';
export * from './desired-project-rules.ts';
export * from './desired-service-accounts.ts';

const strict = { additionalProperties: false } as const;

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
    // Org classes (docs/configuration.md#org-classes): merged after defaults.org, in this order.
    classes: T.Optional(
      T.Array(T.String({ minLength: 1 }), {
        description:
          "Names of classes (top-level `classes:`) merged into this org after defaults.org, in this order; the org's own keys win.",
      }),
    ),
    ...settingsPartProperties(),
    members: T.Optional(Members('the org')),
    // Project rules (docs/configuration.md#project-rules-tags-and-attributes): after defaults.org,
    // its rules come first.
    projects: T.Optional(ProjectRules('the org')),
    integrations: T.Optional(IntegrationsSchema),
    webhooks: T.Optional(Webhooks('the org')),
    imports: T.Optional(Imports),
    serviceAccounts: T.Optional(ServiceAccounts('the org')),
  },
  { ...strict, description: 'An org of the group.' },
);

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

/** The prune rules after defaults: every rule present. */
const PruneRulesSchema = T.Required(PruneSchema);

/**
 * The validated, merged and defaulted desired state: what the planner compares with live.
 * It is plain JSON (it is embedded in saved plans as `desired`).
 */
export const DesiredStateSchema = T.Object(
  {
    version: T.Literal(1),
    group: T.Object(
      {
        id: Uuid('group'),
        settings: T.Optional(GroupSettingsSchema),
        ...groupSettingsPartProperties(),
        tags: T.Optional(T.Array(TagSchema)),
        members: T.Optional(T.Array(MemberSchema)),
        serviceAccounts: T.Optional(ServiceAccounts('the group')),
      },
      strict,
    ),
    tenant: T.Optional(
      T.Object(
        {
          id: Uuid('tenant'),
          name: T.Optional(T.String({ minLength: 1, maxLength: 60 })),
          members: T.Optional(T.Array(MemberSchema)),
        },
        strict,
      ),
    ),
    orgs: T.Array(OrgSchema),
    placement: T.Optional(Placement),
    ignores: T.Optional(Ignores),
    users: T.Object(
      {
        unknown: T.Union([T.Literal('error'), T.Literal('provision'), T.Literal('invite')]),
        ignore: T.Array(T.String({ minLength: 1 })),
        expiryWarningDays: T.Optional(T.Integer({ minimum: 0, maximum: 3660 })),
        domains: T.Optional(T.Array(T.String({ minLength: 1 }))),
        allowLookalikes: T.Optional(T.Array(T.String({ minLength: 1 }))),
      },
      strict,
    ),
    prune: PruneRulesSchema,
    limits: T.Object({ maxDeletePercent: T.Number({ minimum: 0, maximum: 100 }) }, strict),
    drift: T.Object({ ignore: T.Array(DriftIgnoreSchema) }, strict),
  },
  strict,
);

export type DriftIgnore = Static<typeof DriftIgnoreSchema>;
/** An org after `defaults.org` has been merged in (the org's own values win). */
export type DesiredOrg = Static<typeof OrgSchema>;
export type PruneRules = Static<typeof PruneRulesSchema>;
export type DesiredState = Static<typeof DesiredStateSchema>;
