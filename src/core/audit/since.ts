// `drift --since` (docs/commands.md#drift-from-the-audit-log): where to start reading the audit
// log. A cursor printed by an earlier run, an ISO time, or a duration back from now. The cursor
// is a time, not Snyk's paging cursor (which may go stale between runs): the end of the window
// the earlier run read, less a few minutes, because how long Snyk takes to index an event is
// not known. An event read twice costs a re-read of its scope; one missed would be drift unseen.
export const CURSOR_PREFIX = 'sgc1.';
/** Snyk keeps audit logs for 90 days; a window older than this may already have lost events. */
export const MAX_AGE_DAYS = 85;
const DAY_MS = 86_400_000;
const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: DAY_MS };

/** Where to read from, or why the audit log cannot be used (drift then reads everything). */
export type SinceStart = { ok: true; from: Date } | { ok: false; reason: string };

/** How far the next run reaches back into this run's window. */
export const CURSOR_OVERLAP_MS = 5 * 60_000;

/** The cursor of a run that read up to `to` (from `from`: the next run never starts earlier). */
export function encodeCursor(to: Date, from?: Date): string {
  const start = Math.max(to.getTime() - CURSOR_OVERLAP_MS, from?.getTime() ?? Number.NEGATIVE_INFINITY);
  return `${CURSOR_PREFIX}${Buffer.from(new Date(start).toISOString()).toString('base64url')}`;
}

function decodeCursor(text: string): Date | undefined {
  const iso = Buffer.from(text.slice(CURSOR_PREFIX.length), 'base64url').toString('utf8');
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(iso) ? new Date(iso) : undefined;
}

/** `90m`, `24h`, `7d` in milliseconds, or undefined when the text is not such a duration. */
export function parseDuration(text: string): number | undefined {
  const duration = /^(\d{1,6})([mhd])$/.exec(text.trim());
  return duration === null ? undefined : Number(duration[1]) * (UNITS[duration[2]!] ?? 0);
}

function parseStart(text: string, now: Date): Date | undefined {
  if (text.startsWith(CURSOR_PREFIX)) return decodeCursor(text);
  const duration = parseDuration(text);
  if (duration !== undefined) return new Date(now.getTime() - duration);
  if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

/** The start of the window `--since TEXT` names, checked against the audit log's retention. */
export function parseSince(text: string, now: Date): SinceStart {
  const from = parseStart(text.trim(), now);
  if (from === undefined) {
    return {
      ok: false,
      reason: 'the --since value is not a cursor of an earlier run, an ISO time or a duration (90m, 24h, 7d)',
    };
  }
  if (from.getTime() > now.getTime()) return { ok: false, reason: 'the --since time is in the future' };
  if (now.getTime() - from.getTime() > MAX_AGE_DAYS * DAY_MS) {
    return {
      ok: false,
      reason: `the --since time is more than ${MAX_AGE_DAYS} days ago (Snyk keeps audit logs 90 days)`,
    };
  }
  return { ok: true, from };
}
