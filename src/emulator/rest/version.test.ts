import { describe, expect, it } from 'vitest';
import { parseVersion, resolveRelease } from './version.ts';

describe('parseVersion', () => {
  it('accepts a date, optionally with a stability suffix', () => {
    expect(parseVersion('2024-10-15')).toEqual({ date: '2024-10-15', stability: 'ga' });
    expect(parseVersion('2024-10-15~beta')).toEqual({ date: '2024-10-15', stability: 'beta' });
    expect(parseVersion('2024-10-15~work-in-progress')).toEqual({ date: '2024-10-15', stability: 'wip' });
  });

  it('rejects malformed and impossible dates', () => {
    expect(parseVersion('2024-13-01')).toBeUndefined();
    expect(parseVersion('2024-02-30')).toBeUndefined();
    expect(parseVersion('2024-10-15~gamma')).toBeUndefined();
    expect(parseVersion('latest')).toBeUndefined();
    expect(parseVersion('')).toBeUndefined();
  });
});

describe('resolveRelease', () => {
  const tenantMemberships = ['2024-05-09~experimental', '2024-09-03~beta'];
  const orgs = ['2022-04-06~experimental', '2022-12-15~beta', '2023-05-29', '2024-02-28'];

  it('serves the newest release on or before the requested date', () => {
    expect(resolveRelease(orgs, { date: '2024-10-15', stability: 'ga' })).toBe('2024-02-28');
    expect(resolveRelease(orgs, { date: '2023-06-01', stability: 'ga' })).toBe('2023-05-29');
  });

  it('finds no GA release of a beta-only endpoint: ~beta is needed', () => {
    expect(resolveRelease(tenantMemberships, { date: '2024-10-15', stability: 'ga' })).toBeUndefined();
    expect(resolveRelease(tenantMemberships, { date: '2024-10-15', stability: 'beta' })).toBe(
      '2024-09-03~beta',
    );
  });

  it('never serves a less stable release than requested, nor one from after the date', () => {
    expect(resolveRelease(tenantMemberships, { date: '2024-08-01', stability: 'beta' })).toBeUndefined();
    expect(resolveRelease(tenantMemberships, { date: '2024-08-01', stability: 'experimental' })).toBe(
      '2024-05-09~experimental',
    );
    expect(resolveRelease(orgs, { date: '2022-01-01', stability: 'ga' })).toBeUndefined();
  });
});
