// Settings are diffed as JSON, limited to the keys the file manages: live settings are
// projected onto the desired key set, so unmanaged live keys never show up in a patch.
import { type TSchema, TypeGuard } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { Operation } from 'fast-json-patch';
import jsonpatch from 'fast-json-patch';
import { isPlainObject, mergeDeep, projectOnto, toJson } from '../json.ts';
import type { Json } from '../types.ts';

export interface SettingsDiff {
  before: Json;
  after: Json;
  patch: Operation[];
}

/** The managed subset's diff, or undefined when live already matches. */
export function diffSettings(desired: object, live: unknown): SettingsDiff | undefined {
  const after = toJson(desired) as Record<string, Json>;
  const before = projectOnto(live, after);
  const patch = jsonpatch.compare(before, after);
  return patch.length === 0 ? undefined : { before, after, patch };
}

/** Live settings after a PUT of the managed keys (`after`): the keys not sent are kept. */
export function mergeSettings<T>(live: T | undefined, after: Json | null): T {
  return mergeDeep((live ?? {}) as T, after);
}

/**
 * The part of live settings the config format can express, by its schema: keys it defines,
 * with values it accepts (so an export always validates), in the schema's key order.
 */
export function pickBySchema(value: unknown, schema: TSchema): Record<string, Json> {
  const out: Record<string, Json> = {};
  if (!isPlainObject(value) || !TypeGuard.IsObject(schema)) return out;
  for (const [key, property] of Object.entries(schema.properties)) {
    const have = value[key];
    if (have === undefined) continue;
    if (TypeGuard.IsObject(property)) {
      if (isPlainObject(have)) out[key] = pickBySchema(have, property);
    } else if (Value.Check(property, have)) {
      out[key] = have as Json;
    }
  }
  return out;
}

/**
 * An update of a settings object's managed keys: their diff against the live object, or, when
 * the object's scope does not exist yet (`live` undefined: an org this plan creates), the listed
 * keys written whole.
 */
export function settingsChange(
  wanted: object,
  live: { current: unknown } | undefined,
): SettingsDiff | undefined {
  if (live !== undefined) return diffSettings(wanted, live.current);
  const after = toJson(wanted);
  return { before: null, after, patch: jsonpatch.compare({}, after as object) };
}
