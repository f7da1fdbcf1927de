import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.ts';
import { bypassesProxy, proxyFor } from './proxy-env.ts';

const SNYK = 'https://api.snyk.io';

describe('proxyFor: the proxy of the Snyk API from the environment', () => {
  it.each([
    ['HTTPS_PROXY for an https API', SNYK, { HTTPS_PROXY: 'http://proxy:3128' }, 'http://proxy:3128/'],
    [
      'the lower-case name first',
      SNYK,
      { https_proxy: 'http://a:1', HTTPS_PROXY: 'http://b:2' },
      'http://a:1/',
    ],
    ['no fallback from https to HTTP_PROXY', SNYK, { HTTP_PROXY: 'http://proxy:3128' }, undefined],
    [
      'HTTP_PROXY for an http API',
      'http://snyk.internal:8080',
      { HTTP_PROXY: 'proxy:3128' },
      'http://proxy:3128/',
    ],
    [
      'a host:port without scheme, as curl reads it',
      SNYK,
      { https_proxy: 'proxy.corp:8080' },
      'http://proxy.corp:8080/',
    ],
    [
      'credentials kept for the proxy',
      SNYK,
      { HTTPS_PROXY: 'http://ci:pa%40ss@proxy:3128' },
      'http://ci:pa%40ss@proxy:3128/',
    ],
    ['an https proxy', SNYK, { HTTPS_PROXY: 'https://proxy:443' }, 'https://proxy/'],
    ['blank is unset', SNYK, { HTTPS_PROXY: '  ' }, undefined],
    ['none set', SNYK, {}, undefined],
    [
      'never for loopback (the emulator)',
      'http://127.0.0.1:9000',
      { HTTP_PROXY: 'http://proxy:3128' },
      undefined,
    ],
    ['never for localhost', 'http://localhost:9000', { HTTP_PROXY: 'http://proxy:3128' }, undefined],
    [
      'NO_PROXY naming the domain',
      SNYK,
      { HTTPS_PROXY: 'http://p:1', NO_PROXY: 'internal,.snyk.io' },
      undefined,
    ],
    ['no_proxy naming the host', SNYK, { HTTPS_PROXY: 'http://p:1', no_proxy: 'api.snyk.io' }, undefined],
    [
      'NO_PROXY naming another host',
      SNYK,
      { HTTPS_PROXY: 'http://p:1', NO_PROXY: 'snyk.io.evil,eu.snyk.io' },
      'http://p:1/',
    ],
  ])('%s', (_, apiUrl, env, expected) => {
    expect(proxyFor(apiUrl, env)).toBe(expected);
  });

  it('refuses a value that is not a proxy URL, naming the variable and never its value', () => {
    for (const value of ['ftp://ci:hunter2@proxy:21', 'http://ci:hunter2@', 'http://[bad']) {
      const error = (() => {
        try {
          proxyFor(SNYK, { HTTPS_PROXY: value });
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(UsageError);
      expect((error as Error).message).toMatch(/^HTTPS_PROXY is not a proxy URL/);
      expect((error as Error).message).not.toContain('hunter2');
    }
  });
});

describe('bypassesProxy: NO_PROXY', () => {
  const url = new URL('https://api.eu.snyk.io');
  it.each([
    ['*', true],
    ['api.eu.snyk.io', true],
    ['snyk.io', true],
    ['.snyk.io', true],
    ['*.snyk.io', true],
    ['API.EU.SNYK.IO', true],
    ['a.com, snyk.io', true],
    ['a.com snyk.io', true],
    ['snyk.io:443', true],
    ['snyk.io:8443', false],
    ['nyk.io', false],
    ['api.eu.snyk.io.evil', false],
    ['', false],
  ])('%j → %s', (entries, expected) => {
    expect(bypassesProxy(url, entries)).toBe(expected);
  });
  it('matches IPv6 hosts, bracketed with a port or bare', () => {
    expect(bypassesProxy(new URL('http://[2001:db8::1]:8080'), '[2001:db8::1]:8080')).toBe(true);
    expect(bypassesProxy(new URL('http://[2001:db8::1]:8080'), '2001:db8::1')).toBe(true);
    expect(bypassesProxy(new URL('http://[2001:db8::1]:8080'), '[2001:db8::1]:9090')).toBe(false);
  });
});
