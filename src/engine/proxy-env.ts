// The HTTP proxy for the Snyk API from the environment, as curl, Go and GitHub's runner tools
// read it: HTTPS_PROXY for an https: API, HTTP_PROXY for an http: one (lower-case names first,
// no fallback from one to the other), none for a host NO_PROXY lists. A loopback API (the
// emulator, a local TLS proxy) is never proxied, as in Go. Pure: environment in, URL out.

import { UsageError } from '../errors.ts';
import { isLoopback } from '../snyk/check-setup.ts';

type Env = Readonly<Record<string, string | undefined>>;

/** The first of `names` that is set and not blank, with its name (for messages). */
function variable(env: Env, names: readonly string[]): { name: string; value: string } | undefined {
  for (const name of names) {
    const value = env[name]?.trim();
    if (value) return { name, value };
  }
  return undefined;
}

/**
 * NO_PROXY: entries separated by commas or spaces; `*` is every host; `example.com` and
 * `.example.com` are that host and every host below it; `host:port` only on that port.
 */
export function bypassesProxy(url: URL, noProxy: string): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  for (const raw of noProxy.split(/[\s,]+/)) {
    const entry = raw.trim().toLowerCase();
    if (entry === '') continue;
    if (entry === '*') return true;
    const { name, entryPort } = splitEntry(entry);
    if (entryPort !== undefined && entryPort !== port) continue;
    if (host === name || host.endsWith(`.${name}`)) return true;
  }
  return false;
}

/** `host`, `.domain`, `*.domain`, `host:port`, `[v6]:port` or a bare IPv6 address. */
function splitEntry(entry: string): { name: string; entryPort?: string } {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  if (bracketed) return { name: bracketed[1] ?? '', ...(bracketed[2] && { entryPort: bracketed[2] }) };
  const colon = entry.indexOf(':');
  const hostPort = colon > 0 && colon === entry.lastIndexOf(':');
  const name = (hostPort ? entry.slice(0, colon) : entry).replace(/^\*?\./, '');
  return hostPort ? { name, entryPort: entry.slice(colon + 1) } : { name };
}

/** The proxy URL requests to `apiUrl` go through, or undefined for direct connections. */
export function proxyFor(apiUrl: string, env: Env): string | undefined {
  const url = new URL(apiUrl);
  if (isLoopback(url.hostname)) return undefined;
  const noProxy = variable(env, ['no_proxy', 'NO_PROXY']);
  if (noProxy && bypassesProxy(url, noProxy.value)) return undefined;
  const set = variable(
    env,
    url.protocol === 'https:' ? ['https_proxy', 'HTTPS_PROXY'] : ['http_proxy', 'HTTP_PROXY'],
  );
  if (set === undefined) return undefined;
  // `host:port` without a scheme means an http proxy, as curl reads it.
  const written = /^[a-z][a-z0-9+.-]*:\/\//i.test(set.value) ? set.value : `http://${set.value}`;
  let proxy: URL | undefined;
  try {
    proxy = new URL(written);
  } catch {
    proxy = undefined;
  }
  // The value may hold a password: the message names the variable, never what it holds.
  if (
    proxy === undefined ||
    (proxy.protocol !== 'http:' && proxy.protocol !== 'https:') ||
    proxy.hostname === ''
  ) {
    throw new UsageError(
      `${set.name} is not a proxy URL: expected http://HOST:PORT (or https://, with user:password@ if the proxy needs it)`,
    );
  }
  return proxy.href;
}
