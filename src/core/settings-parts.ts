// What an org part and a group part that is one settings object have in common: the
// declaration (its schema, and the REST endpoint that serves it when it is a REST settings
// object), and the helpers that derive the config format and the export's reads from a table
// of such declarations (org-settings-parts.ts, group-settings-parts.ts).
import {
  type Static,
  Type as T,
  type TNull,
  type TObject,
  type TOptional,
  type TUnion,
} from '@sinclair/typebox';
import type { RestSettingsEndpoint } from './port/settings-endpoint.ts';

/** A settings part: its schema (what the file may say), and the shape Snyk's read returns. */
export interface SettingsPartDeclaration<S extends TObject, L> {
  schema: S;
  /** The REST endpoint that reads and writes it, when it has one (no other client code). */
  rest?: RestSettingsEndpoint;
  /** Type only: what the live read holds (Snyk may return keys the format does not have). */
  live?: L;
  /** The file may set it to `null`: the object is deleted (only for `deletable` endpoints). */
  nullable?: boolean;
}

export const settingsPart = <S extends TObject, L = Static<S>>(schema: S): SettingsPartDeclaration<S, L> => ({
  schema,
});

/** A part served by a REST settings endpoint: its schema is what the endpoint reads and writes. */
export const restSettingsPart = <S extends TObject>(
  schema: S,
  endpoint: Omit<RestSettingsEndpoint, 'schema'>,
): SettingsPartDeclaration<S, Static<S>> => ({ schema, rest: { ...endpoint, schema } });

/**
 * A part that may not exist (the group's PR template): the file sets it to `null` to delete it,
 * and a read finds `null` when there is none.
 */
export const deletableRestSettingsPart = <S extends TObject>(
  schema: S,
  endpoint: Omit<RestSettingsEndpoint, 'schema' | 'deletable'>,
): SettingsPartDeclaration<S, Static<S> | null> & { nullable: true } => ({
  schema,
  rest: { ...endpoint, schema, deletable: true },
  nullable: true,
});

type PartTable = Record<string, SettingsPartDeclaration<TObject, unknown>>;

/** A part's schema in the file: its object, or null too when the part can be deleted. */
type FileSchema<D> = D extends { nullable: true; schema: infer S extends TObject }
  ? TUnion<[S, TNull]>
  : D extends { schema: infer S extends TObject }
    ? S
    : never;

/** The parts of a table as optional keys of an object schema (an org, `defaults.org`, the group). */
export function partProperties<P extends PartTable>(
  parts: P,
): { [K in keyof P]: TOptional<FileSchema<P[K]>> } {
  return Object.fromEntries(
    Object.entries(parts).map(([part, d]) => [
      part,
      T.Optional(
        d.nullable === true
          ? T.Union([d.schema, T.Null()], { description: d.schema.description ?? '' })
          : d.schema,
      ),
    ]),
  ) as { [K in keyof P]: TOptional<FileSchema<P[K]>> };
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
