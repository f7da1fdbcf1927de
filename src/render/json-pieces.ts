// `JSON.stringify(value, null, 2)` written in pieces of whole lines: the JSON plan of thousands
// of orgs is tens of megabytes of text, which need not exist at once to be written out.

/** A value as JSON.stringify sees it: after its toJSON, when it has one. */
function jsonValue(value: unknown, key: string): unknown {
  const toJSON = (value as { toJSON?: unknown } | null | undefined)?.toJSON;
  return typeof toJSON === 'function' ? toJSON.call(value, key) : value;
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/**
 * The text of `value` at nesting `level`: containers above `depth` item by item, anything
 * deeper by JSON.stringify itself, indented to its place (JSON strings hold no raw line breaks,
 * so indenting the lines of a nested text is what stringifying it in place gives).
 */
function* pretty(value: unknown, level: number, depth: number): Generator<string> {
  if (level >= depth || value === null || typeof value !== 'object') {
    const text = JSON.stringify(value, null, 2);
    yield level === 0 ? text : text.replace(/\n/g, `\n${'  '.repeat(level)}`);
    return;
  }
  const inner = `\n${'  '.repeat(level + 1)}`;
  const close = `\n${'  '.repeat(level)}`;
  if (Array.isArray(value)) {
    if (value.length === 0) return yield '[]';
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? '[' : ','}${inner}`;
      const item = jsonValue(value[i], String(i));
      yield* isOmitted(item) ? ['null'] : pretty(item, level + 1, depth);
    }
    return yield `${close}]`;
  }
  let first = true;
  for (const [key, raw] of Object.entries(value)) {
    const item = jsonValue(raw, key);
    if (isOmitted(item)) continue;
    yield `${first ? '{' : ','}${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* pretty(item, level + 1, depth);
  }
  yield first ? '{}' : `${close}}`;
}

/**
 * `${JSON.stringify(value, null, 2)}\n` in pieces of whole lines of about `size` characters
 * (a longer line is one piece). Containers nest `depth` levels deep before a part is written
 * whole: the pieces of a plan are its changes and its orgs.
 */
export function* jsonLines(
  value: unknown,
  options: { depth?: number; size?: number } = {},
): Generator<string> {
  const size = options.size ?? 64 * 1024;
  let pending = '';
  for (const piece of pretty(jsonValue(value, ''), 0, options.depth ?? 3)) {
    pending += piece;
    if (pending.length < size) continue;
    const end = pending.lastIndexOf('\n') + 1;
    if (end === 0) continue;
    yield pending.slice(0, end);
    pending = pending.slice(end);
  }
  yield `${pending}\n`;
}
