// Schemas of the ids a change carries, shared by the kinds: a saved plan's targets are checked
// against them at the boundary, and the TypeScript type of each target is derived from them.
import { Type as T, type TProperties } from '@sinclair/typebox';

const strict = { additionalProperties: false } as const;

/** An id as Snyk gives it. Never `.`, `..` or anything that would change a URL's path. */
export const Id = T.String({ minLength: 1, maxLength: 200, pattern: '^(?!\\.\\.?$)[^/?#\\s\\\\%]+$' });
export const Text = T.String({ minLength: 1, maxLength: 1000 });

export const target = <P extends TProperties>(props: P) => T.Object(props, strict);

/**
 * A change of an org's part names the org by id when it is live, by slug when this plan
 * creates it (resolved at apply time from the create's result).
 */
export const orgScoped = <P extends TProperties>(props: P) =>
  T.Union([T.Object({ orgId: Id, ...props }, strict), T.Object({ orgSlug: Text, ...props }, strict)]);

export type OrgRef = { orgId: string } | { orgSlug: string };
