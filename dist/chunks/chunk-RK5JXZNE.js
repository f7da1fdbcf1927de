import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  KIND_NAMES
} from "./chunk-DAQBXYXT.js";
import {
  GroupSettingsSchema,
  IntegrationsSchema,
  MemberSchema,
  Members,
  ProjectRules,
  PruneSchema,
  TagSchema,
  Type,
  Uuid,
  Webhooks,
  settingsPartProperties
} from "./chunk-M7VFZMOA.js";

// src/core/desired-schema.ts
var strict = { additionalProperties: false };
var OrgSchema = Type.Object(
  {
    slug: Type.String({
      pattern: "^[\\w.-]{1,100}$",
      description: "The identity of the org in the file, Snyk's org slug: letters, digits, `_`, `.` and `-`, at most 100 characters."
    }),
    name: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 60,
        description: "Display name (1..60 characters). A new name is an update, never delete + create. Required to create an org."
      })
    ),
    id: Type.Optional(Uuid("Pins an existing org by id (the slug is still its identity in the file).")),
    template: Type.Optional(
      Type.String({
        minLength: 1,
        description: "Slug of an org (in this file or live) whose integrations and policies are copied when this org is created (v1 `sourceOrgId`)."
      })
    ),
    ...settingsPartProperties(),
    members: Type.Optional(Members("the org")),
    // Project rules (docs/configuration.md#project-rules-tags-and-attributes): after defaults.org,
    // its rules come first.
    projects: Type.Optional(ProjectRules("the org")),
    integrations: Type.Optional(IntegrationsSchema),
    webhooks: Type.Optional(Webhooks("the org"))
  },
  { ...strict, description: "An org of the group." }
);
var DriftIgnoreSchema = Type.Object(
  {
    kind: Type.Optional(
      Type.Union(
        KIND_NAMES.map((k) => Type.Literal(k)),
        { description: "Only items of this kind." }
      )
    ),
    address: Type.Optional(
      Type.String({
        minLength: 1,
        description: "Glob over item addresses, e.g. 'org[legacy-*].member[*]'."
      })
    ),
    reason: Type.Optional(Type.String({ description: "Why this drift is accepted (shown in reports)." }))
  },
  { ...strict, minProperties: 1, description: "A rule for known, accepted drift." }
);
var PruneRulesSchema = Type.Required(PruneSchema);
var DesiredStateSchema = Type.Object(
  {
    version: Type.Literal(1),
    group: Type.Object(
      {
        id: Uuid("group"),
        settings: Type.Optional(GroupSettingsSchema),
        tags: Type.Optional(Type.Array(TagSchema)),
        members: Type.Optional(Type.Array(MemberSchema))
      },
      strict
    ),
    tenant: Type.Optional(
      Type.Object(
        {
          id: Uuid("tenant"),
          name: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
          members: Type.Optional(Type.Array(MemberSchema))
        },
        strict
      )
    ),
    orgs: Type.Array(OrgSchema),
    users: Type.Object(
      {
        unknown: Type.Union([Type.Literal("error"), Type.Literal("provision"), Type.Literal("invite")]),
        ignore: Type.Array(Type.String({ minLength: 1 })),
        expiryWarningDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 3660 })),
        domains: Type.Optional(Type.Array(Type.String({ minLength: 1 }))),
        allowLookalikes: Type.Optional(Type.Array(Type.String({ minLength: 1 })))
      },
      strict
    ),
    prune: PruneRulesSchema,
    limits: Type.Object({ maxDeletePercent: Type.Number({ minimum: 0, maximum: 100 }) }, strict),
    drift: Type.Object({ ignore: Type.Array(DriftIgnoreSchema) }, strict)
  },
  strict
);

export {
  OrgSchema,
  DriftIgnoreSchema,
  DesiredStateSchema
};
