// Checks one parsed file against the JSON Schema (ajv, draft 2020-12) and turns ajv's errors
// into located, readable issues: unknown keys with a "did you mean", one message per location
// for unions instead of one per branch, and messages that name the value and what was expected.

import type { ErrorObject } from 'ajv/dist/2020.js';
import { didYouMean } from '../util/suggest.ts';
import { configValidator } from './config-validator.ts';
import { describeValue, formatPath, type Issue, kindOf } from './issue.ts';
import type { ConfigIssueCode } from './issue-codes.ts';
import type { Path, SourceDocument } from './source.ts';

type Schema = Record<string, unknown>;

/** Schema issues of one file; an empty list when it conforms. */
export function checkSchema(doc: SourceDocument): Issue[] {
  const validate = configValidator();
  if (validate(doc.data)) return [];
  const errors = dropTypeOfConst(collapseUnions(validate.errors ?? []));
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const path = toPath(error.instancePath, doc.data);
    const issue = describeError(error, path, doc);
    const key = `${issue.line}:${issue.column}:${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

/**
 * Replaces the errors of each failing `anyOf` by the errors of the branch whose type matched
 * the value (e.g. an integer out of range), or by the anyOf error alone when no branch did.
 */
function collapseUnions(errors: ErrorObject[]): ErrorObject[] {
  const unions = errors.filter((e) => e.keyword === 'anyOf');
  if (unions.length === 0) return errors;
  const dropped = new Set<ErrorObject>();
  for (const union of unions) {
    const inner = errors.filter(
      (e) =>
        e !== union &&
        e.schemaPath.startsWith(`${union.schemaPath}/`) &&
        e.instancePath.startsWith(union.instancePath),
    );
    const byBranch = new Map<string, ErrorObject[]>();
    for (const e of inner) {
      const branch = e.schemaPath.slice(union.schemaPath.length + 1).split('/')[0] ?? '';
      byBranch.set(branch, [...(byBranch.get(branch) ?? []), e]);
    }
    const typeMismatch = (e: ErrorObject) =>
      e.instancePath === union.instancePath && (e.keyword === 'type' || e.keyword === 'const');
    const matching = [...byBranch.values()].find((list) => !list.some(typeMismatch));
    for (const e of inner) if (matching === undefined || !matching.includes(e)) dropped.add(e);
    if (matching !== undefined) dropped.add(union);
  }
  return errors.filter((e) => !dropped.has(e));
}

/** `version: 2` fails both `type: number` and `const: 1`; the const error says it all. */
function dropTypeOfConst(errors: ErrorObject[]): ErrorObject[] {
  const consts = new Set(errors.filter((e) => e.keyword === 'const').map((e) => e.instancePath));
  return errors.filter((e) => e.keyword !== 'type' || !consts.has(e.instancePath));
}

function toPath(pointer: string, data: unknown): (string | number)[] {
  if (pointer === '') return [];
  const path: (string | number)[] = [];
  let node: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      const index = Number(segment);
      path.push(index);
      node = node[index];
    } else {
      path.push(segment);
      node =
        node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    }
  }
  return path;
}

function describeError(error: ErrorObject, path: Path, doc: SourceDocument): Issue {
  const where = formatPath(path);
  const value: unknown = error.data;
  const parent = (error.parentSchema ?? {}) as Schema;
  const located = (
    code: ConfigIssueCode,
    message: string,
    at: Path = path,
    kind: 'key' | 'value' = 'value',
  ): Issue => ({
    code,
    message,
    ...doc.locate(at, kind),
    path: formatPath(at),
  });
  const got = `got ${describeValue(value)}`;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys((parent.properties ?? {}) as Schema);
      const inWhat = path.length === 0 ? 'at the top level' : `in ${where}`;
      // Classes do not nest (docs/configuration.md#org-classes): say so rather than "unknown".
      const hint =
        key === 'classes' && path[0] === 'classes' && path.length === 2
          ? ' A class may not list classes: list every class on the org that uses it.'
          : didYouMean(key, allowed);
      return located(
        'unknown-key',
        `unknown key '${key}' ${inWhat}.${hint} Expected one of: ${allowed.join(', ')}`,
        [...path, key],
        'key',
      );
    }
    case 'required': {
      const key = String((error.params as { missingProperty: string }).missingProperty);
      const inWhat = path.length === 0 ? 'at the top level' : `in ${where}`;
      const hint = key === 'version' ? ' (add `version: 1`)' : '';
      return located('missing-key', `missing required key '${key}' ${inWhat}${hint}`);
    }
    case 'type': {
      const expected = String((error.params as { type: string }).type)
        .split(',')
        .map(typeName)
        .join(' or ');
      const shown =
        value !== null && typeof value === 'object'
          ? kindOf(value)
          : `${kindOf(value)} ${describeValue(value)}`;
      const subject = path.length === 0 ? 'the file' : where;
      return located('wrong-type', `${subject}: expected ${expected}, got ${shown}`);
    }
    default: {
      const { code, message } = describeValueError(error, { path, where, value, parent, got });
      return located(code, message);
    }
  }
}

/** The messages of a value that is not one the schema accepts (the key itself is fine). */
function describeValueError(
  error: ErrorObject,
  {
    path,
    where,
    value,
    parent,
    got,
  }: { path: Path; where: string; value: unknown; parent: Schema; got: string },
): { code: ConfigIssueCode; message: string } {
  const located = (code: ConfigIssueCode, message: string) => ({ code, message });
  switch (error.keyword) {
    case 'const':
      return located('wrong-value', `${where}: expected ${JSON.stringify(error.schema)}, ${got}`);
    case 'enum': {
      const allowed = (error.schema as unknown[]).map((v) => JSON.stringify(v));
      const hint = typeof value === 'string' ? didYouMean(value, error.schema as string[]) : '';
      return located(
        'wrong-value',
        `${where}: expected one of ${allowed.join(', ')}, ${got}.${hint}`.replace(/\.$/, ''),
      );
    }
    case 'anyOf': {
      const branches = (error.schema as Schema[]).map(describeBranch);
      const literals = (error.schema as Schema[]).flatMap((b) =>
        typeof b.const === 'string' ? [b.const] : [],
      );
      const hint = typeof value === 'string' ? didYouMean(value, literals) : '';
      return located(
        'wrong-value',
        `${where}: expected ${joinOr(branches)}, ${got}.${hint}`.replace(/\.$/, ''),
      );
    }
    case 'format': {
      const format = String((error.params as { format: string }).format);
      const example = format === 'uuid' ? ' like 4a18d42f-0706-4ad0-b127-24078731fbed' : '';
      return located('bad-format', `${where}: expected ${article(format)} ${format}${example}, ${got}`);
    }
    case 'pattern':
      return located('bad-format', `${where}: ${patternExpectation(path, parent)}, ${got}`);
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return located('out-of-range', `${where}: expected ${describeNumber(parent)}, ${got}`);
    case 'minLength':
    case 'maxLength':
      return located('bad-length', `${where}: expected ${describeLength(parent)}, ${got}`);
    case 'minProperties': {
      const keys = Object.keys((parent.properties ?? {}) as Schema);
      return located('empty-mapping', `${where}: expected at least one of the keys ${keys.join(', ')}`);
    }
    default:
      return located('schema', `${where}: ${error.message ?? 'does not match the schema'}`);
  }
}

function typeName(type: string): string {
  const names: Record<string, string> = {
    array: 'a list',
    object: 'a mapping',
    string: 'a string',
    integer: 'an integer',
    number: 'a number',
    boolean: 'true or false',
    null: 'null',
  };
  return names[type] ?? type;
}

function describeBranch(branch: Schema): string {
  if ('const' in branch) return JSON.stringify(branch.const).replace(/^"(.*)"$/, "'$1'");
  if (branch.type === 'integer' || branch.type === 'number') return describeNumber(branch);
  if (branch.type === 'boolean') return 'true, false';
  return typeName(String(branch.type));
}

function describeNumber(schema: Schema): string {
  const noun = schema.type === 'integer' ? 'an integer' : 'a number';
  const { minimum, maximum } = schema;
  if (typeof minimum === 'number' && typeof maximum === 'number')
    return `${noun} from ${minimum} to ${maximum}`;
  if (typeof minimum === 'number') return `${noun} of at least ${minimum}`;
  if (typeof maximum === 'number') return `${noun} of at most ${maximum}`;
  return noun;
}

function describeLength(schema: Schema): string {
  const { minLength, maxLength } = schema;
  if (typeof minLength === 'number' && typeof maxLength === 'number')
    return minLength === 1
      ? `a non-empty string of at most ${maxLength} characters`
      : `a string of ${minLength} to ${maxLength} characters`;
  if (typeof minLength === 'number')
    return minLength === 1 ? 'a non-empty string' : `at least ${minLength} characters`;
  return `at most ${String(maxLength)} characters`;
}

/** What a pattern means, in words, for the fields that have one. */
function patternExpectation(path: Path, schema: Schema): string {
  const field = path[path.length - 1];
  const description = typeof schema.description === 'string' ? schema.description : '';
  if (field === 'user') return 'expected an email address, a username (no @) or a user id';
  // Descriptions of patterned fields read "<What>: letters, digits, ...": reuse the part after the colon.
  const words = description.split(': ')[1]?.replace(/\.$/, '');
  return words === undefined ? `expected a value matching ${String(schema.pattern)}` : `expected ${words}`;
}

function joinOr(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) && !/^u[a-z]{3}$/i.test(word) ? 'an' : 'a';
}
