// What an org part and a group part that is one settings object have in common: the
// declaration (its schema, and the REST endpoint that serves it when it is a REST settings
// object), and the helpers that derive the config format and the export's reads from a table
// of such declarations (org-settings-parts.ts, group-settings-parts.ts).
import { type Static, Type as T, type TObject, type TOptional } from '@sinclair/typebox';
import type { RestSettingsEndpoint } from './port/settings-endpoint.ts';

/** A settings part: its schema (what the file may say), and the shape Snyk's read returns. */
export interface SettingsPartDeclaration<S extends TObject, L> {
  schema: S;
  /** The REST endpoint that reads and writes it, when it has one (no other client code). */
  rest?: RestSettingsEndpoint;
  /** Type only: what the live read holds (Snyk may return keys the format does not have). */
  live?: L;
}

export const settingsPart = <S extends TObject, L = Static<S>>(schema: S): SettingsPartDeclaration<S, L> => ({
  schema,
});

/** A part served by a REST settings endpoint: its schema is what the endpoint reads and writes. */
export const restSettingsPart = <S extends TObject>(
  schema: S,
  endpoint: Omit<RestSettingsEndpoint, 'schema'>,
): SettingsPartDeclaration<S, Static<S>> => ({ schema, rest: { ...endpoint, schema } });

type PartTable = Record<string, SettingsPartDeclaration<TObject, unknown>>;

/** The parts of a table as optional keys of an object schema (an org, `defaults.org`, the group). */
export function partProperties<P extends PartTable>(parts: P): { [K in keyof P]: TOptional<P[K]['schema']> } {
  return Object.fromEntries(Object.entries(parts).map(([part, d]) => [part, T.Optional(d.schema)])) as {
    [K in keyof P]: TOptional<P[K]['schema']>;
  };
}

/** Every part of a table, empty: a desired state that manages all of them (what an export reads). */
export function emptyParts<P extends PartTable>(parts: P): { [K in keyof P]: Static<P[K]['schema']> } {
  return Object.fromEntries(Object.keys(parts).map((part) => [part, {}])) as {
    [K in keyof P]: Static<P[K]['schema']>;
  };
}

/** The REST endpoint of a part, for kinds that read and write it through the generic client calls. */
export function restEndpointOf(parts: PartTable, part: string): RestSettingsEndpoint {
  const endpoint = parts[part]?.rest;
  if (endpoint === undefined) throw new Error(`settings part '${part}' declares no REST endpoint`);
  return endpoint;
}
