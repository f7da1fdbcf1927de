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

/** Takes the next piece of a canonical form; returns false when it needs no more. */
type Emit = (piece: string) => boolean;

/**
 * canonicalJson's exact text, handed to `write` in pieces instead of built whole: the live
 * state of thousands of orgs is tens of megabytes of it, and building it copies each byte once
 * per level of nesting. A sorted array is ordered by a prefix of each item's form, so that no
 * item's whole form is held (only items whose prefixes tie are compared whole).
 */
export function writeCanonicalJson(
  value: unknown,
  sortArrays: boolean,
  write: (piece: string) => void,
): void {
  emitCanonical(value, sortArrays, (piece) => {
    write(piece);
    return true;
  });
}

/** Emits the canonical form of `value`; false when `emit` asked to stop. */
function emitCanonical(value: unknown, sortArrays: boolean, emit: Emit): boolean {
  if (typeof value !== 'object' || value === null) return emit(JSON.stringify(value ?? null));
  if (Array.isArray(value)) {
    // '[' before sorting: a prefix (see sortByForm) may end here.
    if (!emit('[')) return false;
    const forms = sortArrays && value.length > 1 ? sortByForm(value) : undefined;
    for (let i = 0; i < value.length; i++) {
      if (i > 0 && !emit(',')) return false;
      const form = forms?.[i];
      const done = form?.whole
        ? emit(form.head)
        : emitCanonical(form ? form.item : value[i], sortArrays, emit);
      if (!done) return false;
    }
    return emit(']');
  }
  const record = value as Record<string, unknown>;
  let first = true;
  if (!emit('{')) return false;
  for (const key of Object.keys(record).sort()) {
    const item = record[key];
    if (item === undefined) continue;
    if (!emit(`${first ? '' : ','}${JSON.stringify(key)}:`)) return false;
    first = false;
    if (!emitCanonical(item, sortArrays, emit)) return false;
  }
  return emit('}');
}

/**
 * How much of an item's form orders it: at most SORT_PREFIX characters, and no further than an
 * array that opens after ARRAY_AFTER characters (sorting it only to order its parent would
 * cost more than it tells). Items whose prefixes tie are compared whole.
 */
const SORT_PREFIX = 256;
const ARRAY_AFTER = 32;

interface Form {
  item: unknown;
  head: string;
  /** `head` is the whole form. */
  whole: boolean;
  full?: string;
}

/** The items in the order of their canonical forms (what sorting the forms themselves gives). */
function sortByForm(items: readonly unknown[]): Form[] {
  const forms = items.map((item): Form => {
    let head = '';
    const whole = emitCanonical(item, true, (piece) => {
      head += piece;
      return head.length < SORT_PREFIX && !(piece === '[' && head.length > ARRAY_AFTER);
    });
    return { item, head, whole };
  });
  const full = (form: Form) => {
    form.full ??= writeCanonical(form.item, true);
    return form.full;
  };
  forms.sort((a, b) => {
    const byHead = compareText(a.head, b.head);
    if (a.whole && b.whole) return byHead;
    // The heads differ before either ends: that decides. When one head begins the other, a
    // whole shorter form sorts first; otherwise the rest of the forms decides.
    const aFirst = a.head.length <= b.head.length;
    const short = aFirst ? a : b;
    const long = aFirst ? b : a;
    if (!long.head.startsWith(short.head)) return byHead;
    if (short.whole && short.head.length < long.head.length) return byHead;
    return compareText(full(a), full(b));
  });
  return forms;
}

/** Array.prototype.sort's default order of strings: by UTF-16 code units. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
