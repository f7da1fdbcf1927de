// A settings object that Snyk's REST API serves at one path of an org or a group
// (`/orgs/{org_id}/settings/sast`, `/groups/{group_id}/settings/iac`, …), as its part declares
// it: the client reads and writes every such part through one generic pair of methods, and the
// emulator serves them all from one handler. The file's keys are camelCase; Snyk's attributes
// are their snake_case spelling unless the declaration renames them (docs/configuration.md,
// "REST settings").
import { type TObject, type TSchema, TypeGuard } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { isPlainObject } from '../json.ts';
import type { Json } from '../types.ts';

export interface RestSettingsEndpoint {
  /** The path template, with one `{org_id}` or `{group_id}` parameter. */
  template: string;
  /** The JSON:API `type` of the resource. */
  type: string;
  /** PATCH changes only the attributes sent; POST replaces the whole object. */
  write: 'PATCH' | 'POST';
  /** The write body names the resource with `data.id` (the org's or group's id). */
  writeId?: boolean;
  /** The object may not exist: a read answered 404 means "none", and it can be deleted. */
  deletable?: boolean;
  /** What the file may say, in camelCase: the keys that are read, compared and written. */
  schema: TObject;
  /** Attribute names that are not the key's snake_case spelling, by dotted key path. */
  renames?: Readonly<Record<string, string>>;
  /** The releases (`x-snyk-api-releases`) of each method of the 2025-11-05 spec. */
  releases: { read: readonly string[]; write: readonly string[]; delete?: readonly string[] };
}

/** A settings object in the file's terms: camelCase keys, nested as the schema nests them. */
export type SettingsValue = Record<string, Json>;

/** An attribute that does not have the declared shape, at its place in the body. */
export interface AttributeProblem {
  path: string;
  expected: string;
}

const snakeCase = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The path parameter of the endpoint's template (`org_id` or `group_id`). */
export function scopeParameter(endpoint: RestSettingsEndpoint): string {
  const match = /\{(\w+)\}/.exec(endpoint.template);
  if (match?.[1] === undefined) throw new Error(`${endpoint.template}: no path parameter`);
  return match[1];
}

/** The attribute that holds a key (`path`: the key's dotted path in the file). */
function attributeOf(endpoint: RestSettingsEndpoint, path: string, key: string): string {
  return endpoint.renames?.[path] ?? snakeCase(key);
}

const join = (parent: string, key: string) => (parent === '' ? key : `${parent}.${key}`);

/** The file's keys as the attributes of a write body (keys the schema lacks are not sent). */
export function toAttributes(endpoint: RestSettingsEndpoint, value: SettingsValue): Record<string, Json> {
  const convert = (schema: TObject, from: Record<string, Json>, parent: string): Record<string, Json> => {
    const out: Record<string, Json> = {};
    for (const [key, property] of Object.entries(schema.properties as Record<string, TSchema>)) {
      const have = from[key];
      if (have === undefined) continue;
      const path = join(parent, key);
      out[attributeOf(endpoint, path, key)] =
        TypeGuard.IsObject(property) && isPlainObject(have)
          ? convert(property, have as Record<string, Json>, path)
          : have;
    }
    return out;
  };
  return convert(endpoint.schema, value, '');
}

/**
 * Attributes read back into the file's keys, each checked against the declared schema.
 * Attributes the schema does not name (read-only ones such as `updated`) are left out, or,
 * with `strict` (what the emulator asks of a request), are problems too.
 */
export function fromAttributes(
  endpoint: RestSettingsEndpoint,
  attributes: unknown,
  at: string,
  options: { strict?: boolean } = {},
): { value: SettingsValue } | { problem: AttributeProblem } {
  const problems: AttributeProblem[] = [];
  const convert = (schema: TObject, from: unknown, parent: string, where: string): SettingsValue => {
    const out: SettingsValue = {};
    if (!isPlainObject(from)) {
      problems.push({ path: where, expected: 'an object' });
      return out;
    }
    const known = new Set<string>();
    for (const [key, property] of Object.entries(schema.properties as Record<string, TSchema>)) {
      const path = join(parent, key);
      const name = attributeOf(endpoint, path, key);
      known.add(name);
      const have = from[name];
      if (have === undefined) continue;
      if (TypeGuard.IsObject(property)) out[key] = convert(property, have, path, `${where}.${name}`);
      else if (Value.Check(property, have)) out[key] = have as Json;
      else problems.push({ path: `${where}.${name}`, expected: describe(property) });
    }
    if (options.strict === true)
      for (const name of Object.keys(from))
        if (!known.has(name)) problems.push({ path: `${where}.${name}`, expected: 'no such attribute' });
    return out;
  };
  const value = convert(endpoint.schema, attributes, '', at);
  const problem = problems[0];
  return problem === undefined ? { value } : { problem };
}

/** What a leaf schema accepts, in words (for a located message). */
function describe(schema: TSchema): string {
  if (TypeGuard.IsUnion(schema))
    return `one of ${schema.anyOf.map((s) => JSON.stringify(s.const)).join(', ')}`;
  if (TypeGuard.IsLiteral(schema)) return `one of ${JSON.stringify(schema.const)}`;
  if (TypeGuard.IsBoolean(schema)) return 'a boolean';
  if (TypeGuard.IsString(schema)) return schema.minLength ? 'a non-empty string' : 'a string';
  if (TypeGuard.IsNumber(schema) || TypeGuard.IsInteger(schema)) return 'a number';
  return 'a value the schema accepts';
}
