// Checks a response body at the boundary. Each reader either returns the typed value or throws
// a ShapeError naming the JSON path and what was expected; the transport turns it into a
// SNYK_BAD_RESPONSE error naming the endpoint.

export class ShapeError extends Error {
  constructor(
    readonly path: string,
    readonly expected: string,
  ) {
    super(`${path}: expected ${expected}`);
    this.name = 'ShapeError';
  }
}

export function readObject(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ShapeError(path, 'an object');
  return value as Record<string, unknown>;
}

export function readArray(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new ShapeError(path, 'an array');
  return value;
}

export function readString(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new ShapeError(path, 'a string');
  return value;
}

/** `read`, but undefined when the value is absent or null. */
function optional<T>(read: (value: unknown, path: string) => T) {
  return (value: unknown, path: string): T | undefined =>
    value === undefined || value === null ? undefined : read(value, path);
}

/** A string, or undefined when absent or null. */
export const readOptionalString = optional(readString);

/** A string, or undefined when absent, null or empty (an empty name or email says nothing). */
export function readNonEmptyString(value: unknown, path: string): string | undefined {
  const text = readOptionalString(value, path);
  return text === '' ? undefined : text;
}

export function readBoolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') throw new ShapeError(path, 'a boolean');
  return value;
}

/** A boolean, or undefined when absent or null. */
export const readOptionalBoolean = optional(readBoolean);

export function readNumber(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new ShapeError(path, 'a number');
  return value;
}

/** The items of a JSON:API collection document: `{ data: [...] }`. */
export function readDataArray(body: unknown): unknown[] {
  return readArray(readObject(body, 'body').data, 'data');
}

/** The resource of a JSON:API single-resource document: `{ data: {...} }`. */
export function readDataObject(body: unknown): Record<string, unknown> {
  return readObject(readObject(body, 'body').data, 'data');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An id the spec types `format: uuid`. Checked because ids become path parameters and plan
 * targets: an id like `..` or `x/../y` from a compromised or buggy response must never get there.
 */
export function readUuid(value: unknown, path: string): string {
  const text = readString(value, path);
  if (!UUID.test(text)) throw new ShapeError(path, 'a UUID');
  return text;
}
