// One config file parsed from text: its plain value plus a way back from a path inside it to
// the line and column it came from. Pure: text in, document (or located issues) out.

import jsYaml from 'js-yaml';
import type { Document } from 'yaml';
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseAllDocuments } from 'yaml';
import type { SourceRef } from '../core/types.ts';
import { poolStrings, type StringPool } from '../util/string-pool.ts';
import type { Issue } from './issue.ts';

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

/** Aliases beyond this count (per document) are refused: they are how "billion laughs" bombs work. */
export const MAX_ALIAS_COUNT = 100;

/**
 * Parses one file. Large configs (thousands of orgs) are read with js-yaml, an order of
 * magnitude faster; the positions come from the `yaml` parser, run only when something must
 * be located. Files with anchors or aliases, and files js-yaml refuses, take the `yaml` path
 * from the start: it limits alias expansion and words the errors. The value's strings go
 * through `strings` (util/string-pool.ts), shared by the files of one config.
 */
export function parseSource(file: string, text: string, strings: StringPool = new Map()): ParseResult {
  const fast = MAY_HAVE_ALIASES.test(text) ? undefined : loadFast(text);
  if (fast === undefined) {
    const parsed = parseFull(file, text);
    if (parsed.ok) poolStrings(strings, parsed.doc.data);
    return parsed;
  }
  // The parser's values are slices of its own copy of the text; pooled, that copy can go.
  const data = poolStrings(strings, fast);
  let full: SourceDocument | undefined;
  const locate: SourceDocument['locate'] = (path, where) => {
    if (full === undefined) {
      const parsed = parseFull(file, text);
      // js-yaml accepted the text, so yaml does too; the fallback only guards the type.
      full = parsed.ok ? parsed.doc : { file, data, locate: () => ({ file, line: 1, column: 1 }) };
    }
    return full.locate(path, where);
  };
  return { ok: true, doc: { file, data, locate } };
}

/** An anchor or alias token: `&name` or `*name` after whitespace or a flow indicator. */
const MAY_HAVE_ALIASES = /(?:^|[\s[{,])[&*][^\s,[\]{}]/m;

/** A mapping or list parsed by js-yaml (YAML 1.2 core schema), or undefined to use the full parser. */
function loadFast(text: string): object | undefined {
  try {
    const data: unknown = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
    return data !== null && typeof data === 'object' ? data : undefined;
  } catch {
    return undefined;
  }
}

function parseFull(file: string, text: string): ParseResult {
  const lineCounter = new LineCounter();
  const at = (offset: number): SourceRef => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const issue = (code: string, message: string, ref: SourceRef): Issue => ({ code, message, ...ref });
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
  let data: unknown;
  try {
    data = first.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const bomb = /alias count/i.test(text);
    return {
      ok: false,
      issues: [
        issue(
          bomb ? 'alias-bomb' : 'yaml-syntax',
          bomb
            ? `too many alias expansions (more than ${MAX_ALIAS_COUNT}): refused, this looks like an alias bomb`
            : `cannot read the YAML: ${text}`,
          at(first.contents?.range?.[0] ?? 0),
        ),
      ],
    };
  }
  return {
    ok: true,
    doc: { file, data, locate: (path, where) => locateIn(first, path, where ?? 'value', at) },
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
