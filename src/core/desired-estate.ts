// The group-level rules over the project estate (docs/configuration.md#project-placement and
// docs/configuration.md#ignores-as-code): where each project belongs, and which issues are
// ignored on which projects. In TypeBox, as the other parts of the desired state.
import { type Static, Type as T } from '@sinclair/typebox';
import { ProjectMatchSchema } from './desired-project-rules.ts';
import { EXPIRES_PATTERN } from './expiry.ts';

const strict = { additionalProperties: false } as const;

const Slug = (description: string) => T.String({ pattern: '^[\\w.-]{1,100}$', description });

export const PlacementRuleSchema = T.Object(
  {
    match: ProjectMatchSchema,
    org: Slug('The slug of the org (listed in the file) where every project the rule matches belongs.'),
  },
  {
    ...strict,
    description:
      'A project of a managed org that `match` matches and that is in another org is moved to `org` (v1 project move; its reporting history stays behind).',
  },
);

export const Placement = T.Array(PlacementRuleSchema, {
  description:
    'Which org each project belongs in, by rule (docs/configuration.md#project-placement). Without this key no project is moved.',
});

export const IGNORE_TYPES = ['wont-fix', 'not-vulnerable', 'temporary-ignore'] as const;

export const IgnoreRuleSchema = T.Object(
  {
    issue: T.String({
      pattern: '^[A-Za-z0-9][A-Za-z0-9:._-]{0,199}$',
      description: "The Snyk issue id, e.g. 'SNYK-JS-LODASH-567746' or 'snyk:lic:npm:lodash:MIT'.",
    }),
    projects: T.Object(
      {
        org: T.Optional(
          T.String({
            minLength: 1,
            maxLength: 100,
            description:
              "Glob over the slugs of the managed orgs whose projects the rule covers (e.g. 'payments*'); absent: every org of the file.",
          }),
        ),
        match: T.Optional(ProjectMatchSchema),
      },
      {
        ...strict,
        description: 'The projects the ignore is set on: those of the orgs `org` names that `match` matches.',
      },
    ),
    type: T.Union(
      IGNORE_TYPES.map((t) => T.Literal(t)),
      { description: "Snyk's reason type: 'wont-fix', 'not-vulnerable' or 'temporary-ignore'." },
    ),
    reason: T.String({
      minLength: 1,
      maxLength: 500,
      description:
        "Why the issue is ignored. Sent with the prefix '[snyk-gitops] ', which marks the ignore as this tool's.",
    }),
    expires: T.Optional(
      T.String({
        pattern: EXPIRES_PATTERN,
        description:
          'When the ignore ends: a date (the end of that day in UTC) or a timestamp with its zone. Sent to Snyk; from then on the ignore is deleted.',
      }),
    ),
  },
  { ...strict, description: 'An issue ignored on every project the rule covers.' },
);

export const Ignores = T.Array(IgnoreRuleSchema, {
  description:
    "Ignores owned by this tool (docs/configuration.md#ignores-as-code). Without this key no ignore is read or changed; `[]` removes this tool's ignores (with `prune.ignores`).",
});

export type PlacementRule = Static<typeof PlacementRuleSchema>;
export type IgnoreRule = Static<typeof IgnoreRuleSchema>;
export type IgnoreType = (typeof IGNORE_TYPES)[number];
