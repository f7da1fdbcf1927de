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
  return writeCanonical(value, options.sortArrays === true);
}

// One pass without intermediate closures or arrays of keys/values: the live state of thousands
// of orgs is fingerprinted on every plan.
function writeCanonical(value: unknown, sortArrays: boolean): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value ?? null);
  if (Array.isArray(value)) {
    const items = new Array<string>(value.length);
    for (let i = 0; i < value.length; i++) items[i] = writeCanonical(value[i], sortArrays);
    if (sortArrays) items.sort();
    return `[${items.join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    if (out.length > 1) out += ',';
    out += `${JSON.stringify(key)}:${writeCanonical(item, sortArrays)}`;
  }
  return `${out}}`;
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
