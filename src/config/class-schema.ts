// The `classes:` section (docs/configuration.md#org-classes): named org fragments with the keys
// of an org entry except its identity (slug, name, id) and `classes` (a class lists no other
// class), plus an optional `match` that applies the class to every org whose slug it matches.
// Derived from the org's schema, so a key added to orgs can be set by a class too; `imports`
// is left out, as from `defaults.org`: a repository is monitored in one org, not in a tier.
import { type Static, Type as T } from '@sinclair/typebox';
import { OrgSchema } from '../core/desired-schema.ts';

const {
  slug: _slug,
  name: _name,
  id: _id,
  classes: _classes,
  imports: _imports,
  ...fragment
} = OrgSchema.properties;

export const CLASS_NAME_PATTERN = '^[A-Za-z0-9][\\w.-]{0,99}$';

export const ClassSchema = T.Object(
  {
    match: T.Optional(
      T.Object(
        {
          slug: T.String({
            minLength: 1,
            description:
              'Glob over org slugs (case-insensitive), e.g. `sbx-*`: the class also applies to every org of the files whose slug matches, after the classes the org lists.',
          }),
        },
        { additionalProperties: false, description: 'Orgs this class applies to without listing it.' },
      ),
    ),
    ...fragment,
  },
  {
    additionalProperties: false,
    description:
      "A named org fragment: an org's keys except slug, name, id, classes and imports. Merged after defaults.org and before the org's own keys.",
  },
);

export const ClassesSchema = T.Record(T.String({ pattern: CLASS_NAME_PATTERN }), ClassSchema, {
  additionalProperties: false,
  description:
    'Named org fragments (tiers such as production or sandbox) that orgs list in `classes` or that `match` their slug. Delegated files may use classes but not define them.',
});

export type ClassSpec = Static<typeof ClassSchema>;
