import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  TagSchema,
  Type
} from "./chunk-WX2GK3PI.js";

// src/core/desired-project-rules.ts
var strict = { additionalProperties: false };
var PROJECT_ATTRIBUTE_VALUES = {
  business_criticality: ["critical", "high", "medium", "low"],
  environment: [
    "frontend",
    "backend",
    "internal",
    "external",
    "mobile",
    "saas",
    "onprem",
    "hosted",
    "distributed"
  ],
  lifecycle: ["production", "development", "sandbox"]
};
var attributeList = (values, description) => Type.Array(Type.Union(values.map((v) => Type.Literal(v))), { uniqueItems: true, description });
var ProjectAttributesSchema = Type.Object(
  {
    criticality: Type.Optional(
      attributeList(
        PROJECT_ATTRIBUTE_VALUES.business_criticality,
        "Business criticality (REST `business_criticality`): 'critical', 'high', 'medium', 'low'."
      )
    ),
    environment: Type.Optional(
      attributeList(
        PROJECT_ATTRIBUTE_VALUES.environment,
        "Environment (REST `environment`): 'frontend', 'backend', 'internal', 'external', 'mobile', 'saas', 'onprem', 'hosted', 'distributed'."
      )
    ),
    lifecycle: Type.Optional(
      attributeList(
        PROJECT_ATTRIBUTE_VALUES.lifecycle,
        "Lifecycle (REST `lifecycle`): 'production', 'development', 'sandbox'."
      )
    )
  },
  {
    ...strict,
    minProperties: 1,
    description: "Project attributes. An attribute a rule names replaces that list on the projects it matches (`[]` clears it); unnamed attributes are kept."
  }
);
var ProjectMatchSchema = Type.Object(
  {
    name: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 1e3,
        description: "Glob over the project's name (e.g. 'acme/payments-*'): `*` is any run of characters, `/` and `:` included; `?` is one character; case-sensitive."
      })
    ),
    type: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 100,
        description: "The project's type, exactly (e.g. 'npm', 'maven', 'sast')."
      })
    ),
    origin: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 100,
        description: "The project's origin, exactly (e.g. 'github', 'cli', 'gitlab')."
      })
    )
  },
  {
    ...strict,
    minProperties: 1,
    description: "Which projects of the org the rule applies to: all that is given must hold. `{ name: '*' }` is every project."
  }
);
var ProjectRuleSchema = Type.Object(
  {
    match: ProjectMatchSchema,
    tags: Type.Optional(
      Type.Array(Type.Object(TagSchema.properties, { ...strict, description: "A project tag (key and value)." }), {
        description: "Tags set on every project the rule matches. A key listed here is managed on those projects (its value is set); their other tags stay unless `prune.projectTags` is true."
      })
    ),
    attributes: Type.Optional(ProjectAttributesSchema)
  },
  {
    ...strict,
    description: "A rule over the org's projects. Every rule that matches a project applies; two that set the same tag key or attribute to different values for one project are an error."
  }
);
var ProjectRules = (where) => Type.Array(ProjectRuleSchema, {
  description: `Tags and attributes of the projects of ${where}, by rule (docs/configuration.md#project-rules-tags-and-attributes). Projects are never created or deleted; only those a rule matches are changed.`
});

export {
  PROJECT_ATTRIBUTE_VALUES,
  ProjectMatchSchema,
  ProjectRules
};
