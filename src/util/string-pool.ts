// Values parsed out of a large text (a config file) are, in V8, often slices of that text:
// each keeps the whole text alive, and the same role name or email repeats tens of thousands
// of times. A pool holds each distinct string once, as its own copy, so that what is kept for
// the length of a run is only what was parsed, never the text it came from.

export type StringPool = Map<string, string>;

/** V8 makes a slice of its parent for substrings this long or longer (SlicedString::kMinLength). */
const SLICE_MIN_LENGTH = 13;

/** The pool's one copy of `text`, added when it is new. */
export function pooled(pool: StringPool, text: string): string {
  let kept = pool.get(text);
  if (kept === undefined) {
    // A JSON round trip builds a new string, tied at most to its own short JSON text, never to
    // the parsed file; concatenation or slicing may keep the file's text.
    kept = text.length >= SLICE_MIN_LENGTH ? (JSON.parse(JSON.stringify(text)) as string) : text;
    pool.set(kept, kept);
  }
  return kept;
}

/**
 * `value` with every string in it replaced by the pool's copy. Objects and arrays change in
 * place; one reached twice (a YAML alias, even a recursive one) is visited once.
 */
export function poolStrings<T>(pool: StringPool, value: T): T {
  if (typeof value === 'string') return pooled(pool, value) as T;
  const seen = new Set<object>();
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const item: unknown = node[i];
        if (typeof item === 'string') node[i] = pooled(pool, item);
        else visit(item);
      }
      return;
    }
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const item = record[key];
      // Equal strings compare equal whatever their representation: always store the pooled one.
      // (Not under an own `__proto__` key, which assignment would send to the prototype setter.)
      if (typeof item === 'string') {
        if (key !== '__proto__') record[key] = pooled(pool, item);
      } else visit(item);
    }
  };
  visit(value);
  return value;
}
