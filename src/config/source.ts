// One config file parsed from text: its plain value plus a way back from a path inside it to
// the line and column it came from. Pure: text in, document (or located issues) out.

import jsYaml from 'js-yaml';
import type { Document } from 'yaml';
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseAllDocuments } from 'yaml';
import type { SourceRef } from '../core/types.ts';
import { poolStrings, type StringPool } from '../util/string-pool.ts';
import { describeExpansionProblem, findExpansionProblem } from './expansion.ts';
import type { Issue } from './issue.ts';
import type { ConfigIssueCode } from './issue-codes.ts';

export type Path = readonly (string | number)[];

export interface SourceDocument {
  /** The file name as shown in messages. */
  file: string;
  /** The parsed value (plain JSON-like data). */
  data: unknown;
  /**
   * Where the value at `path` starts; `'key'` points at the mapping key instead of the value
   * (for unknown keys). Falls back to the closest existing ancestor.
   */
  locate(path: Path, at?: 'key' | 'value'): SourceRef;
}

export type ParseResult = { ok: true; doc: SourceDocument } | { ok: false; issues: Issue[] };

/**
 * Parses one file. The value is read with js-yaml, an order of magnitude faster and smaller
 * than the `yaml` parser on large configs (thousands of orgs); `yaml` gives the positions, run
 * only when something must be located, and reads the files js-yaml refuses, to word the error.
 * Whichever parser read it, the value must stay within the alias limits (expansion.ts), and a
 * carriage return must end a line together with a line feed: the two parsers (and editors)
 * disagree on a lone one. The value's strings go through `strings` (util/string-pool.ts),
 * shared by the files of one config.
 */
export function parseSource(file: string, text: string, strings: StringPool = new Map()): ParseResult {
  const loneCr = findLoneCarriageReturn(text);
  if (loneCr >= 0) {
    const { line, column } = positionOf(text, loneCr);
    const message =
      'a carriage return without a line feed: YAML tools disagree on whether it ends a line (it can hide a key in a comment); save the file with LF or CRLF line endings';
    return { ok: false, issues: [{ code: 'lone-carriage-return', message, file, line, column }] };
  }
  let data: unknown = loadFast(text);
  let full: SourceDocument | undefined;
  if (data === undefined) {
    const parsed = parseFull(file, text);
    if (!parsed.ok) return parsed;
    full = parsed.doc;
    data = full.data;
  }
  const located: SourceDocument['locate'] = (path, where) => {
    full ??= locatorFor(file, text);
    return full.locate(path, where);
  };
  // Without an '&' there is no anchor, so no alias: the common case skips the walk (and its
  // memory, a map entry per object: 12 MB on a 5,000-org file).
  const problem =
    full !== undefined || text.includes('&') ? findExpansionProblem(data, text.length) : undefined;
  if (problem !== undefined) {
    // One code per cause: a recursive alias, nesting too deep, or aliases that expand too far.
    const code: ConfigIssueCode =
      problem.kind === 'recursive'
        ? 'yaml-structure'
        : problem.kind === 'depth'
          ? 'yaml-too-deep'
          : 'alias-bomb';
    const ref = located(problem.path);
    return { ok: false, issues: [{ code, message: describeExpansionProblem(problem.kind), ...ref }] };
  }
  // The parser's values are slices of its own copy of the text; pooled, that copy can go.
  poolStrings(strings, data);
  return { ok: true, doc: { file, data, locate: located } };
}

/** The offset of the first CR not followed by LF, or -1. */
function findLoneCarriageReturn(text: string): number {
  for (let at = text.indexOf('\r'); at >= 0; at = text.indexOf('\r', at + 1)) {
    if (text.charCodeAt(at + 1) !== 0x0a) return at;
  }
  return -1;
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    start = at + 1;
  }
  return { line, column: offset - start + 1 };
}

/** A mapping or list parsed by js-yaml (YAML 1.2 core schema), or undefined to use the full parser. */
function loadFast(text: string): object | undefined {
  try {
    const data: unknown = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
    return data !== null && typeof data === 'object' ? data : undefined;
  } catch {
    return undefined;
  }
}

/** Positions only: js-yaml read the text, so yaml does too; the fallback only guards the type. */
function locatorFor(file: string, text: string): SourceDocument {
  const parsed = parseDocument(file, text);
  return parsed.ok
    ? { file, data: undefined, locate: parsed.locate }
    : { file, data: undefined, locate: () => ({ file, line: 1, column: 1 }) };
}

function parseFull(file: string, text: string): ParseResult {
  const parsed = parseDocument(file, text);
  if (!parsed.ok) return parsed;
  try {
    // Aliases come back as shared objects; findExpansionProblem bounds them, for either parser.
    const data = parsed.document.toJS({ maxAliasCount: -1 });
    return { ok: true, doc: { file, data, locate: parsed.locate } };
  } catch (error) {
    const message = `cannot read the YAML: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, issues: [{ code: 'yaml-syntax', message, ...parsed.locate([]) }] };
  }
}

type Parsed =
  | { ok: true; document: Document.Parsed; locate: SourceDocument['locate'] }
  | { ok: false; issues: Issue[] };

function parseDocument(file: string, text: string): Parsed {
  const lineCounter = new LineCounter();
  const at = (offset: number): SourceRef => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const issue = (code: ConfigIssueCode, message: string, ref: SourceRef): Issue => ({
    code,
    message,
    ...ref,
  });
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const list = Array.isArray(docs) ? docs : [];
  const first = list[0];
  if (first === undefined || (list.length === 1 && first.contents === null && first.errors.length === 0)) {
    return {
      ok: false,
      issues: [
        issue('empty-file', 'the file is empty: expected a mapping starting with `version: 1`', at(0)),
      ],
    };
  }
  const second = list[1];
  if (second !== undefined) {
    const start = second.range[0];
    return {
      ok: false,
      issues: [
        issue(
          'multi-document',
          `the file holds ${list.length} YAML documents (separated by '---'): expected one; put each part in its own file`,
          at(start),
        ),
      ],
    };
  }
  if (first.errors.length > 0) {
    return {
      ok: false,
      issues: first.errors.map((e) =>
        e.code === 'DUPLICATE_KEY'
          ? issue(
              'duplicate-key',
              `duplicate key '${keyAt(text, e.pos[0])}': each key may appear once per mapping`,
              at(e.pos[0]),
            )
          : issue('yaml-syntax', yamlMessage(e), at(e.pos[0])),
      ),
    };
  }
  return {
    ok: true,
    document: first,
    locate: (path, where) => locateIn(first, path, where ?? 'value', at),
  };
}

function yamlMessage(error: { code: string; message: string }): string {
  // yaml's messages end with " at line L, column C" when prettyErrors is on; it is off, but keep
  // only the first line in case a message carries a source excerpt. A quoted token is cut
  // short: the file may not be a config at all (a symlinked credential file), and the
  // position already says where to look.
  const message = (error.message.split('\n')[0] ?? error.message).replace(
    /"([^"\n]{0,24})[^"\n]*"/g,
    (whole, kept: string) => (whole.length - 2 > kept.length ? `"${kept}…"` : whole),
  );
  return `YAML syntax error: ${message}`;
}

function locateIn(
  doc: Document.Parsed,
  path: Path,
  where: 'key' | 'value',
  at: (offset: number) => SourceRef,
): SourceRef {
  let node: unknown = doc.contents;
  let keyNode: unknown;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(doc);
    keyNode = undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyOf(p.key) === String(segment));
      if (pair === undefined) break;
      keyNode = pair.key;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) break;
      node = item;
    } else break;
  }
  const target = where === 'key' && keyNode !== undefined ? keyNode : node;
  const range = (target as Node | null | undefined)?.range;
  return at(range?.[0] ?? 0);
}

function keyOf(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

/** The key written at `offset` (a plain or quoted scalar before its colon), cut to 60 characters. */
function keyAt(text: string, offset: number): string {
  const match = /^("[^"\n]*"|'[^'\n]*'|[^:\n]*)/.exec(text.slice(offset, offset + 200));
  const key = (match?.[1] ?? '').trim().replace(/^["'](.*)["']$/, '$1');
  return key.length > 60 ? `${key.slice(0, 57)}...` : key;
}
