// When a member entry's access ends
// (docs/configuration.md#access-that-ends-delegated-team-files-invitations). `expires` is a date,
// meaning the end of that day in UTC, or a timestamp with its offset. Before that instant the entry
// is desired; from it on it is not. Pure: the clock is the caller's `now`.
import type { MemberSpec } from './types.ts';

export const DEFAULT_EXPIRY_WARNING_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

/** The schema's pattern: a date or a timestamp with a zone (no zone would be ambiguous). */
export const EXPIRES_PATTERN =
  '^\\d{4}-\\d{2}-\\d{2}(?:[Tt ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$';

/** The instant access ends, or undefined when `expires` names no real date (2026-02-30). */
export function expiryInstant(expires: string): Date | undefined {
  const date = DATE.exec(expires);
  if (date !== null) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const start = new Date(Date.UTC(y, m - 1, d));
    // Date.UTC rolls 2026-02-30 over to March: a date that does not exist is refused.
    if (start.getUTCFullYear() !== y || start.getUTCMonth() !== m - 1 || start.getUTCDate() !== d)
      return undefined;
    return new Date(start.getTime() + DAY_MS);
  }
  if (!TIMESTAMP.test(expires)) return undefined;
  const ms = Date.parse(expires.replace(' ', 'T'));
  if (Number.isNaN(ms)) return undefined;
  // Date.parse also rolls impossible days over; compare the date part it kept.
  const [y, m, d] = expires.slice(0, 10).split('-').map(Number);
  const check = new Date(Date.UTC(y!, m! - 1, d!));
  return check.getUTCMonth() === m! - 1 && check.getUTCDate() === d! ? new Date(ms) : undefined;
}

export type Expiry =
  | { state: 'active' }
  | { state: 'expiring'; at: Date; days: number }
  | { state: 'expired'; at: Date };

/** Whether the entry is still desired at `now`, and whether it ends within `warningDays`. */
export function expiryOf(spec: Pick<MemberSpec, 'expires'>, now: Date, warningDays: number): Expiry {
  if (spec.expires === undefined) return { state: 'active' };
  const at = expiryInstant(spec.expires);
  // Validation refuses dates that do not exist; a saved plan is checked against the schema only.
  if (at === undefined) return { state: 'expired', at: new Date(0) };
  const left = at.getTime() - now.getTime();
  if (left <= 0) return { state: 'expired', at };
  if (left <= warningDays * DAY_MS) return { state: 'expiring', at, days: Math.ceil(left / DAY_MS) };
  return { state: 'active' };
}

export function isExpired(spec: Pick<MemberSpec, 'expires'>, now: Date): boolean {
  return expiryOf(spec, now, 0).state === 'expired';
}

/** `2026-12-31T23:59:59Z`-style, without milliseconds: how messages show an instant. */
export function formatInstant(at: Date): string {
  return at.toISOString().replace(/\.000Z$/, 'Z');
}

/** Why a membership is deleted although the file lists it: the change's note. */
export function expiredNote(spec: Pick<MemberSpec, 'expires'>, at: Date): string {
  return `Expired at ${formatInstant(at)} (expires: ${spec.expires}): the access ends.`;
}

/** Every instant at which some entry of `specs` ends, for telling whether a saved plan aged. */
export function expiryInstants(specs: readonly Pick<MemberSpec, 'expires'>[]): Date[] {
  return specs.flatMap((s) => {
    const at = s.expires === undefined ? undefined : expiryInstant(s.expires);
    return at === undefined ? [] : [at];
  });
}
