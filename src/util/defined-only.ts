// Optional fields under exactOptionalPropertyTypes: a key whose value is undefined is left out
// rather than set to undefined, so an object read from a response has only the fields it had.
export type DefinedOnly<T> = { [K in keyof T]?: Exclude<T[K], undefined> };

export function definedOnly<T extends object>(value: T): DefinedOnly<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as DefinedOnly<T>;
}
