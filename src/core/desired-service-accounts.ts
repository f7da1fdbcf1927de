// Service accounts as the file lists them (docs/configuration.md#service-accounts): who and what
// calls Snyk besides people. Identity is the name within its group or org; `id` pins an account
// so that a new name is a rename. Which keys an auth type takes is checked when planning, where
// the message can name the account.
import { type Static, Type as T } from '@sinclair/typebox';
import { Uuid } from './desired-parts.ts';

const strict = { additionalProperties: false } as const;

export const SERVICE_ACCOUNT_AUTH = ['oauth_private_key_jwt', 'oauth_client_secret', 'api_key'] as const;

export type ServiceAccountAuth = (typeof SERVICE_ACCOUNT_AUTH)[number];

/** Auth types for which Snyk answers a create (or a rotation) with a secret to keep. */
export const SECRET_BEARING_AUTH: ReadonlySet<string> = new Set(['oauth_client_secret', 'api_key']);

export const ServiceAccountSchema = T.Object(
  {
    name: T.String({
      minLength: 1,
      maxLength: 200,
      description: 'The name of the account, unique within its group or org: its identity in the file.',
    }),
    id: T.Optional(Uuid('Pins an existing account by id: with it, a changed `name` renames the account.')),
    role: T.String({
      minLength: 1,
      description:
        'The role the account acts with: a group role for the group’s accounts, an org role for an org’s (name, case-insensitive, or role id).',
    }),
    auth: T.Union(
      SERVICE_ACCOUNT_AUTH.map((a) => T.Literal(a)),
      {
        description:
          'How the account authenticates: `oauth_private_key_jwt` (a JWKS URL, no stored secret), `oauth_client_secret` or `api_key` (Snyk returns a secret once, written to --secrets-dir).',
      },
    ),
    jwksUrl: T.Optional(
      T.String({
        pattern: '^https://\\S+$',
        description:
          'The https URL of the public keys (required for, and only for, `oauth_private_key_jwt`).',
      }),
    ),
    accessTokenTtlSeconds: T.Optional(
      T.Integer({
        minimum: 3600,
        maximum: 86400,
        description:
          'Lifetime of the OAuth access tokens the account gets (3600..86400; OAuth accounts only).',
      }),
    ),
  },
  {
    ...strict,
    description: 'A service account. A change of anything but its name replaces it (delete + create).',
  },
);

export const ServiceAccounts = (where: string) =>
  T.Array(ServiceAccountSchema, {
    description: `Service accounts of ${where}. Without this key they are not read; unlisted ones are deleted only with prune.serviceAccounts.`,
  });

export type ServiceAccountSpec = Static<typeof ServiceAccountSchema>;
