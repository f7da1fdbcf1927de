import { describe, expect, it } from 'vitest';
import { readLinkHref, resolveRestLink, withPagingDefaults } from './links.ts';
import { ShapeError } from './shape.ts';

describe('readLinkHref', () => {
  it('reads a string link and an {href} link alike', () => {
    expect(readLinkHref('/orgs?x=1', 'links.next')).toBe('/orgs?x=1');
    expect(readLinkHref({ href: '/orgs?x=1', meta: {} }, 'links.next')).toBe('/orgs?x=1');
  });
  it('treats absent, null and empty links as "no next page"', () => {
    expect(readLinkHref(undefined, 'links.next')).toBeUndefined();
    expect(readLinkHref(null, 'links.next')).toBeUndefined();
    expect(readLinkHref('', 'links.next')).toBeUndefined();
    expect(readLinkHref({ href: null }, 'links.next')).toBeUndefined();
  });
  it('rejects a link of another shape', () => {
    expect(() => readLinkHref(42, 'links.next')).toThrow(ShapeError);
    expect(() => readLinkHref({ href: 3 }, 'links.next')).toThrow('links.next.href: expected a string');
  });
});

describe('resolveRestLink', () => {
  const base = 'https://api.eu.snyk.io';
  it('prepends the REST base to a path relative to it (Snyk docs form, no /rest)', () => {
    expect(resolveRestLink('/orgs/1/memberships?starting_after=abc', base).href).toBe(
      'https://api.eu.snyk.io/rest/orgs/1/memberships?starting_after=abc',
    );
  });
  it('keeps a /rest/... path as is', () => {
    expect(resolveRestLink('/rest/orgs?starting_after=abc', base).href).toBe(
      'https://api.eu.snyk.io/rest/orgs?starting_after=abc',
    );
  });
  it('accepts an absolute URL on the same origin', () => {
    expect(resolveRestLink('https://api.eu.snyk.io/rest/orgs?a=1', base).href).toBe(
      'https://api.eu.snyk.io/rest/orgs?a=1',
    );
  });
  it('refuses an absolute URL on another origin, so the token is never sent there', () => {
    expect(() => resolveRestLink('https://evil.example/rest/orgs', base)).toThrow(
      'a link on https://api.eu.snyk.io (got one to https://evil.example)',
    );
    expect(() => resolveRestLink('//evil.example/rest/orgs', base)).toThrow(ShapeError);
  });
  it('keeps a path prefix of the API URL (a proxy in front of Snyk)', () => {
    const proxied = 'https://proxy.example/snyk';
    expect(resolveRestLink('/orgs?a=1', proxied).href).toBe('https://proxy.example/snyk/rest/orgs?a=1');
    expect(resolveRestLink('/rest/orgs?a=1', proxied).href).toBe('https://proxy.example/snyk/rest/orgs?a=1');
    expect(resolveRestLink('/snyk/rest/orgs?a=1', proxied).href).toBe(
      'https://proxy.example/snyk/rest/orgs?a=1',
    );
  });
});

describe('withPagingDefaults', () => {
  it('adds version and limit when the link lacks them, and keeps the ones it has', () => {
    const added = withPagingDefaults(new URL('https://x/rest/orgs?starting_after=a'), '2024-10-15', 100);
    expect(added.searchParams.get('version')).toBe('2024-10-15');
    expect(added.searchParams.get('limit')).toBe('100');
    const kept = withPagingDefaults(
      new URL('https://x/rest/orgs?version=2024-01-01&limit=50'),
      '2024-10-15',
      100,
    );
    expect(kept.searchParams.get('version')).toBe('2024-01-01');
    expect(kept.searchParams.get('limit')).toBe('50');
  });
});
