import { describe, expect, it } from 'vitest';
import { expiryInstant, expiryOf } from './expiry.ts';

const at = (iso: string) => new Date(iso);

describe('expiryInstant', () => {
  it('reads a date as the end of that day in UTC', () => {
    expect(expiryInstant('2026-12-31')?.toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });

  it('reads a timestamp with its zone', () => {
    expect(expiryInstant('2026-12-05T18:00:00Z')?.toISOString()).toBe('2026-12-05T18:00:00.000Z');
    expect(expiryInstant('2026-12-05T18:00:00+02:00')?.toISOString()).toBe('2026-12-05T16:00:00.000Z');
  });

  it('refuses dates that do not exist and timestamps without a zone', () => {
    expect(expiryInstant('2026-02-30')).toBeUndefined();
    expect(expiryInstant('2026-13-01')).toBeUndefined();
    expect(expiryInstant('2026-02-30T10:00:00Z')).toBeUndefined();
    expect(expiryInstant('2026-12-05T18:00:00')).toBeUndefined();
  });
});

describe('expiryOf, against an injected clock', () => {
  const spec = { expires: '2026-12-31' };
  it('is active long before, expiring within the warning window, expired from the instant on', () => {
    expect(expiryOf(spec, at('2026-12-01T00:00:00Z'), 7)).toEqual({ state: 'active' });
    expect(expiryOf(spec, at('2026-12-25T00:00:00Z'), 7)).toEqual({
      state: 'expiring',
      at: at('2027-01-01T00:00:00Z'),
      days: 7,
    });
    expect(expiryOf(spec, at('2026-12-31T23:59:59.999Z'), 7)).toMatchObject({ state: 'expiring', days: 1 });
    expect(expiryOf(spec, at('2027-01-01T00:00:00Z'), 7)).toEqual({
      state: 'expired',
      at: at('2027-01-01T00:00:00Z'),
    });
  });

  it('never expires an entry without expires, and warns never with 0 warning days', () => {
    expect(expiryOf({}, at('2100-01-01T00:00:00Z'), 7)).toEqual({ state: 'active' });
    expect(expiryOf(spec, at('2026-12-31T12:00:00Z'), 0)).toEqual({ state: 'active' });
  });
});
