// Project rules in the desired state (docs/configuration.md#project-rules-tags-and-attributes):
// which projects of an org a rule matches, and the tags and attributes it sets on them.
import { type Static, Type as T } from '@sinclair/typebox';
import { TagSchema } from './desired-parts.ts';

const strict = { additionalProperties: false } as const;

/** The values Snyk accepts for each project attribute, by its REST field name. */
export const PROJECT_ATTRIBUTE_VALUES = {
  business_criticality: ['critical', 'high', 'medium', 'low'],
  environment: [
    'frontend',
    'backend',
    'internal',
    'external',
    'mobile',
    'saas',
    'onprem',
    'hosted',
    'distributed',
  ],
  lifecycle: ['production', 'development', 'sandbox'],
} as const;

const attributeList = (values: readonly string[], description: string) =>
  T.Array(T.Union(values.map((v) => T.Literal(v))), { uniqueItems: true, description });

export const ProjectAttributesSchema = T.Object(
  {
    criticality: T.Optional(
      attributeList(
        PROJECT_ATTRIBUTE_VALUES.business_criticality,
        "Business criticality (REST `business_criticality`): 'critical', 'high', 'medium', 'low'.",
      ),
    ),
    environment: T.Optional(
      attributeList(
        PROJECT_ATTRIBUTE_VALUES.environment,
        "Environment (REST `environment`): 'frontend', 'backend', 'internal', 'external', 'mobile', 'saas', 'onprem', 'hosted', 'distributed'.",
      ),
    ),
    lifecycle: T.Optional(
      attributeList(
        PROJECT_ATTRIBUTE_VALUES.lifecycle,
        "Lifecycle (REST `lifecycle`): 'production', 'development', 'sandbox'.",
      ),
    ),
  },
  {
    ...strict,
    minProperties: 1,
    description:
      'Project attributes. An attribute a rule names replaces that list on the projects it matches (`[]` clears it); unnamed attributes are kept.',
  },
);

export const ProjectMatchSchema = T.Object(
  {
    name: T.Optional(
      T.String({
        minLength: 1,
        maxLength: 1000,
        description:
          "Glob over the project's name (e.g. 'acme/payments-*'): `*` is any run of characters, `/` and `:` included; `?` is one character; case-sensitive.",
      }),
    ),
    type: T.Optional(
      T.String({
        minLength: 1,
        maxLength: 100,
        description: "The project's type, exactly (e.g. 'npm', 'maven', 'sast').",
      }),
    ),
    origin: T.Optional(
      T.String({
        minLength: 1,
        maxLength: 100,
        description: "The project's origin, exactly (e.g. 'github', 'cli', 'gitlab').",
      }),
    ),
  },
  {
    ...strict,
    minProperties: 1,
    description:
      "Which projects of the org the rule applies to: all that is given must hold. `{ name: '*' }` is every project.",
  },
);

export const ProjectRuleSchema = T.Object(
  {
    match: ProjectMatchSchema,
    tags: T.Optional(
      T.Array(T.Object(TagSchema.properties, { ...strict, description: 'A project tag (key and value).' }), {
        description:
          'Tags set on every project the rule matches. A key listed here is managed on those projects (its value is set); their other tags stay unless `prune.projectTags` is true.',
      }),
    ),
    attributes: T.Optional(ProjectAttributesSchema),
  },
  {
    ...strict,
    description:
      "A rule over the org's projects. Every rule that matches a project applies; two that set the same tag key or attribute to different values for one project are an error.",
  },
);

export const ProjectRules = (where: string) =>
  T.Array(ProjectRuleSchema, {
    description: `Tags and attributes of the projects of ${where}, by rule (docs/configuration.md#project-rules-tags-and-attributes). Projects are never created or deleted; only those a rule matches are changed.`,
  });

export type ProjectRule = Static<typeof ProjectRuleSchema>;
export type ProjectAttributes = Static<typeof ProjectAttributesSchema>;
