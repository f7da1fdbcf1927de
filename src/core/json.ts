// Small pure helpers over plain JSON values: canonical serialisation, projection of live
// settings onto the keys a file manages, and a deep merge of managed keys.
import type { Json } from './types.ts';

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * JSON with object keys sorted and, when `sortArrays`, array items sorted by their own
 * canonical form: two values that differ only in order serialise identically.
 */
export function canonicalJson(value: unknown, options: { sortArrays?: boolean } = {}): string {
  if (Array.isArray(value)) {
    const items = value.map((item) => canonicalJson(item, options));
    if (options.sortArrays === true) items.sort();
    return `[${items.join(',')}]`;
  }
  if (isPlainObject(value)) {
    const keys = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key], options)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The part of `live` at the keys `shape` has, recursing into objects both sides have. */
export function projectOnto(live: unknown, shape: Record<string, unknown>): Record<string, Json> {
  const source = isPlainObject(live) ? live : {};
  const out: Record<string, Json> = {};
  for (const [key, wanted] of Object.entries(shape)) {
    if (!(key in source) || source[key] === undefined) continue;
    const have = source[key];
    out[key] = isPlainObject(wanted) && isPlainObject(have) ? projectOnto(have, wanted) : (have as Json);
  }
  return out;
}

/** `base` with every key of `patch` written over it, recursing into objects. */
export function mergeDeep<T>(base: T, patch: unknown): T {
  if (!isPlainObject(patch) || !isPlainObject(base)) return structuredClone(patch) as T;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    out[key] =
      isPlainObject(value) && isPlainObject(out[key]) ? mergeDeep(out[key], value) : structuredClone(value);
  }
  return out as T;
}

/** A JSON-safe copy (drops `undefined`), so before/after are plain data. */
export function toJson(value: unknown): Json {
  return JSON.parse(JSON.stringify(value ?? null)) as Json;
}
