import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ProjectMatchSchema,
  ProjectRules
} from "./chunk-IYOQTL2Z.js";
import {
  Imports,
  KIND_NAMES,
  ServiceAccounts
} from "./chunk-3VISFR46.js";
import {
  EXPIRES_PATTERN,
  GroupSettingsSchema,
  IntegrationsSchema,
  MemberSchema,
  Members,
  PruneSchema,
  TagSchema,
  Type,
  Uuid,
  Webhooks,
  groupSettingsPartProperties,
  settingsPartProperties
} from "./chunk-WX2GK3PI.js";

// src/core/desired-estate.ts
var strict = { additionalProperties: false };
var Slug = (description) => Type.String({ pattern: "^[\\w.-]{1,100}$", description });
var PlacementRuleSchema = Type.Object(
  {
    match: ProjectMatchSchema,
    org: Slug("The slug of the org (listed in the file) where every project the rule matches belongs.")
  },
  {
    ...strict,
    description: "A project of a managed org that `match` matches and that is in another org is moved to `org` (v1 project move; its reporting history stays behind)."
  }
);
var Placement = Type.Array(PlacementRuleSchema, {
  description: "Which org each project belongs in, by rule (docs/configuration.md#project-placement). Without this key no project is moved."
});
var IGNORE_TYPES = ["wont-fix", "not-vulnerable", "temporary-ignore"];
var IgnoreRuleSchema = Type.Object(
  {
    issue: Type.String({
      pattern: "^[A-Za-z0-9][A-Za-z0-9:._-]{0,199}$",
      description: "The Snyk issue id, e.g. 'SNYK-JS-LODASH-567746' or 'snyk:lic:npm:lodash:MIT'."
    }),
    projects: Type.Object(
      {
        org: Type.Optional(
          Type.String({
            minLength: 1,
            maxLength: 100,
            description: "Glob over the slugs of the managed orgs whose projects the rule covers (e.g. 'payments*'); absent: every org of the file."
          })
        ),
        match: Type.Optional(ProjectMatchSchema)
      },
      {
        ...strict,
        description: "The projects the ignore is set on: those of the orgs `org` names that `match` matches."
      }
    ),
    type: Type.Union(
      IGNORE_TYPES.map((t) => Type.Literal(t)),
      { description: "Snyk's reason type: 'wont-fix', 'not-vulnerable' or 'temporary-ignore'." }
    ),
    reason: Type.String({
      minLength: 1,
      maxLength: 500,
      description: "Why the issue is ignored. Sent with the prefix '[snyk-gitops] ', which marks the ignore as this tool's."
    }),
    expires: Type.Optional(
      Type.String({
        pattern: EXPIRES_PATTERN,
        description: "When the ignore ends: a date (the end of that day in UTC) or a timestamp with its zone. Sent to Snyk; from then on the ignore is deleted."
      })
    )
  },
  { ...strict, description: "An issue ignored on every project the rule covers." }
);
var Ignores = Type.Array(IgnoreRuleSchema, {
  description: "Ignores owned by this tool (docs/configuration.md#ignores-as-code). Without this key no ignore is read or changed; `[]` removes this tool's ignores (with `prune.ignores`)."
});

// src/core/desired-schema.ts
var strict2 = { additionalProperties: false };
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
    // Org classes (docs/configuration.md#org-classes): merged after defaults.org, in this order.
    classes: Type.Optional(
      Type.Array(Type.String({ minLength: 1 }), {
        description: "Names of classes (top-level `classes:`) merged into this org after defaults.org, in this order; the org's own keys win."
      })
    ),
    ...settingsPartProperties(),
    members: Type.Optional(Members("the org")),
    // Project rules (docs/configuration.md#project-rules-tags-and-attributes): after defaults.org,
    // its rules come first.
    projects: Type.Optional(ProjectRules("the org")),
    integrations: Type.Optional(IntegrationsSchema),
    webhooks: Type.Optional(Webhooks("the org")),
    imports: Type.Optional(Imports),
    serviceAccounts: Type.Optional(ServiceAccounts("the org"))
  },
  { ...strict2, description: "An org of the group." }
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
  { ...strict2, minProperties: 1, description: "A rule for known, accepted drift." }
);
var PruneRulesSchema = Type.Required(PruneSchema);
var DesiredStateSchema = Type.Object(
  {
    version: Type.Literal(1),
    group: Type.Object(
      {
        id: Uuid("group"),
        settings: Type.Optional(GroupSettingsSchema),
        ...groupSettingsPartProperties(),
        tags: Type.Optional(Type.Array(TagSchema)),
        members: Type.Optional(Type.Array(MemberSchema)),
        serviceAccounts: Type.Optional(ServiceAccounts("the group"))
      },
      strict2
    ),
    tenant: Type.Optional(
      Type.Object(
        {
          id: Uuid("tenant"),
          name: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
          members: Type.Optional(Type.Array(MemberSchema))
        },
        strict2
      )
    ),
    orgs: Type.Array(OrgSchema),
    placement: Type.Optional(Placement),
    ignores: Type.Optional(Ignores),
    users: Type.Object(
      {
        unknown: Type.Union([Type.Literal("error"), Type.Literal("provision"), Type.Literal("invite")]),
        ignore: Type.Array(Type.String({ minLength: 1 })),
        expiryWarningDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 3660 })),
        domains: Type.Optional(Type.Array(Type.String({ minLength: 1 }))),
        allowLookalikes: Type.Optional(Type.Array(Type.String({ minLength: 1 })))
      },
      strict2
    ),
    prune: PruneRulesSchema,
    limits: Type.Object({ maxDeletePercent: Type.Number({ minimum: 0, maximum: 100 }) }, strict2),
    drift: Type.Object({ ignore: Type.Array(DriftIgnoreSchema) }, strict2)
  },
  strict2
);

export {
  Placement,
  Ignores,
  OrgSchema,
  DriftIgnoreSchema,
  DesiredStateSchema
};
