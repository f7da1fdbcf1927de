// What a response says about the token's rate limit (REALITY.md §8-9). Snyk sends, undocumented:
//   X-RateLimit-Limit: 160, 160;w=1;name="…per_second…", 1620;w=60;name="…", 97200;w=3600;name="…"
//   X-RateLimit-Remaining: 153        X-RateLimit-Reset: 1   (delta seconds, as snyk/parlay reads it)
// and on some 429s a `Retry-After` (delta seconds or an HTTP date). All are hints: anything
// unreadable is ignored, never an error. Pure: the clock is passed in.
import type { Headers } from './http-attempt.ts';
import { parseRetryAfter } from './retry-policy.ts';

export interface RateWindow {
  /** Requests allowed per window. */
  count: number;
  windowMs: number;
}

export interface RateLimitHint {
  /** The windows of `X-RateLimit-Limit` that name their length (`;w=`). */
  windows: RateWindow[];
  remaining?: number;
  /** Milliseconds until the current window resets. */
  resetMs?: number;
  /** Milliseconds a 429 asks us to wait (`Retry-After`). */
  retryAfterMs?: number;
}

/** Seconds above this are an epoch timestamp, not a delta (GitHub-style reset values). */
const EPOCH_SECONDS = 1_000_000_000;

export function readRateLimitHint(headers: Headers, nowMs: number): RateLimitHint {
  const hint: RateLimitHint = { windows: parseLimit(raw(headers['x-ratelimit-limit'])) };
  const remaining = parseNumber(first(headers['x-ratelimit-remaining']));
  if (remaining !== undefined) hint.remaining = Math.floor(remaining);
  const reset = parseNumber(first(headers['x-ratelimit-reset']));
  if (reset !== undefined) {
    hint.resetMs = reset > EPOCH_SECONDS ? Math.max(0, reset * 1000 - nowMs) : Math.round(reset * 1000);
  }
  const retryAfter = parseRetryAfter(headers['retry-after'], nowMs);
  if (retryAfter !== undefined) hint.retryAfterMs = retryAfter;
  return hint;
}

/** `160, 160;w=1;name="a,b", 1620;w=60` → the windows with a length; quoted commas kept. */
export function parseLimit(value: string | undefined): RateWindow[] {
  if (value === undefined) return [];
  const windows: RateWindow[] = [];
  for (const item of splitOutsideQuotes(value, ',')) {
    const [countText, ...params] = splitOutsideQuotes(item, ';');
    const count = parseNumber(countText);
    if (count === undefined || count < 1) continue;
    for (const param of params) {
      const [key, raw] = param.split('=', 2).map((s) => s.trim());
      const seconds = key?.toLowerCase() === 'w' ? parseNumber(raw) : undefined;
      if (seconds !== undefined && seconds > 0) {
        windows.push({ count: Math.floor(count), windowMs: Math.round(seconds * 1000) });
      }
    }
  }
  return windows;
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (ch === separator && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

function parseNumber(text: string | undefined): number | undefined {
  if (text === undefined || !/^\s*\d+(\.\d+)?\s*$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

function raw(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A header repeated by a proxy arrives joined ("10, 10"): the first value counts. */
function first(value: string | string[] | undefined): string | undefined {
  return raw(value)?.split(',')[0];
}

/** Windows longer than Snyk's longest documented one (an hour) look wrong. */
const LONGEST_WINDOW_MS = 3_600_000;
/** As does a pace slower than one request a minute. */
const SLOWEST_PER_MINUTE = 1;

/**
 * A window no real Snyk limit has: longer than an hour, or slower than one request a minute
 * (`1;w=86400`). Obeyed all the same (the token may really be throttled), but worth a warning.
 */
export function isOddWindow(w: RateWindow): boolean {
  return w.windowMs > LONGEST_WINDOW_MS || (w.count / w.windowMs) * 60_000 < SLOWEST_PER_MINUTE;
}
