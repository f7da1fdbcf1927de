import { describe, expect, it } from 'vitest';
import { encodeCursor, parseSince } from './since.ts';

const NOW = new Date('2026-12-06T12:00:00.000Z');

describe('parseSince', () => {
  it('takes a duration, an ISO time or a cursor of an earlier run', () => {
    expect(parseSince('90m', NOW)).toEqual({ ok: true, from: new Date('2026-12-06T10:30:00.000Z') });
    expect(parseSince('24h', NOW)).toEqual({ ok: true, from: new Date('2026-12-05T12:00:00.000Z') });
    expect(parseSince('7d', NOW)).toEqual({ ok: true, from: new Date('2026-11-29T12:00:00.000Z') });
    expect(parseSince('2026-12-01T00:00:00Z', NOW)).toEqual({
      ok: true,
      from: new Date('2026-12-01T00:00:00Z'),
    });
    // A cursor reaches 5 minutes back into the window it ends, never before the window's start.
    const cursor = encodeCursor(new Date('2026-12-06T11:00:00.000Z'));
    expect(parseSince(cursor, NOW)).toEqual({ ok: true, from: new Date('2026-12-06T10:55:00.000Z') });
    const short = encodeCursor(new Date('2026-12-06T11:00:00.000Z'), new Date('2026-12-06T10:58:00.000Z'));
    expect(parseSince(short, NOW)).toEqual({ ok: true, from: new Date('2026-12-06T10:58:00.000Z') });
  });

  it('says why it cannot use the value: unreadable, too old, or in the future', () => {
    for (const text of [
      '',
      'yesterday',
      '24hours',
      'sgc1.!!!',
      'sgc1.bm90LWEtdGltZQ',
      '2026-13-45T99:00:00Z',
    ]) {
      expect(parseSince(text, NOW)).toMatchObject({
        ok: false,
        reason: expect.stringContaining('not a cursor'),
      });
    }
    expect(parseSince('86d', NOW)).toMatchObject({ ok: false, reason: expect.stringContaining('85 days') });
    expect(parseSince(encodeCursor(new Date('2026-08-01T00:00:00Z')), NOW)).toMatchObject({ ok: false });
    expect(parseSince('2027-01-01T00:00:00Z', NOW)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('future'),
    });
    expect(parseSince('85d', NOW).ok).toBe(true);
  });
});
