// The scheduled drift's memory (docs/action.md#scheduled-drift): a hidden line in the drift issue,
// below its marker, with where the next run starts reading the audit log and when everything was
// last read. The issue body can be edited by anyone with access: a line that does not parse
// exactly is no cursor, and the run reads everything.
import { CURSOR_PREFIX } from '../core/audit/since.ts';

export interface DriftCursor {
  cursor: string;
  /** ISO time of the last run that read everything. */
  lastFull: string;
}

const LINE =
  /^<!-- snyk-gitops:drift-cursor:(sgc1\.[A-Za-z0-9_-]{1,200});full=(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z) -->$/m;
const ANY_LINE = /^<!-- snyk-gitops:drift-cursor:.*-->\r?\n?/m;

export function readDriftCursor(body: string): DriftCursor | undefined {
  const match = LINE.exec(body);
  if (match === null || !match[1]?.startsWith(CURSOR_PREFIX)) return undefined;
  return { cursor: match[1], lastFull: match[2] ?? '' };
}

export function cursorLine(cursor: DriftCursor): string {
  return `<!-- snyk-gitops:drift-cursor:${cursor.cursor};full=${cursor.lastFull} -->`;
}

/** The body with its cursor line replaced, or added below the marker (its first line). */
export function withCursor(body: string, cursor: DriftCursor): string {
  const line = `${cursorLine(cursor)}\n`;
  if (ANY_LINE.test(body)) return body.replace(ANY_LINE, line);
  const end = body.indexOf('\n');
  return end === -1 ? `${body}\n${line}` : `${body.slice(0, end + 1)}${line}${body.slice(end + 1)}`;
}

/**
 * The cursor to read from, or undefined to read everything: with no cursor, while a drift issue is
 * open (known drift must be checked again, wherever it is), and when the last full read is
 * `everyMs` or longer ago.
 */
export function sinceFor(
  previous: DriftCursor | undefined,
  now: Date,
  everyMs: number,
  issueOpen: boolean,
): string | undefined {
  if (previous === undefined || issueOpen) return undefined;
  const lastFull = Date.parse(previous.lastFull);
  if (Number.isNaN(lastFull) || now.getTime() - lastFull >= everyMs) return undefined;
  return previous.cursor;
}

/** What the issue keeps after a run (undefined when the run printed no cursor). */
export function nextDriftCursor(
  previous: DriftCursor | undefined,
  result: { nextCursor?: string; full?: boolean },
  now: Date,
): DriftCursor | undefined {
  if (result.nextCursor === undefined) return undefined;
  const lastFull = result.full === true || previous === undefined ? now.toISOString() : previous.lastFull;
  return { cursor: result.nextCursor, lastFull };
}
