// Checks the client's settings before the first request. `https:` only, because the token
// travels in every request; plain `http:` is accepted for loopback hosts (the emulator, test
// rigs, a local TLS-terminating proxy) and when the caller opts in explicitly
// (`allowInsecureHttp`, set by the entry points from SNYK_GITOPS_ALLOW_INSECURE_HTTP=1).
import { isIP } from 'node:net';
import { SnykSetupError } from './setup-error.ts';

export function checkApiUrl(apiUrl: string, allowInsecureHttp: boolean): URL {
  let url: URL;
  try {
    url = new URL(apiUrl);
  } catch {
    throw new SnykSetupError(
      `the Snyk API URL is not a URL; expected e.g. https://api.snyk.io`,
      'SNYK_BAD_URL',
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw new SnykSetupError(
      `the Snyk API URL ${url.protocol}//${url.host} carries credentials; pass the token in SNYK_TOKEN instead`,
      'SNYK_BAD_URL',
    );
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol !== 'http:') {
    throw new SnykSetupError(
      `the Snyk API URL must use https: (got ${url.protocol}//${url.host})`,
      'SNYK_BAD_URL',
    );
  }
  if (isLoopback(url.hostname) || allowInsecureHttp) return url;
  throw new SnykSetupError(
    `refusing to send the token over plain http to ${url.host}: use https:// (plain http is allowed only for loopback hosts, or with SNYK_GITOPS_ALLOW_INSECURE_HTTP=1 for a test rig)`,
    'SNYK_INSECURE_URL',
  );
}

/** 127.0.0.0/8, ::1 and localhost: traffic that never leaves the machine. */
export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  if (isIP(host) === 6) return host === '::1' || host === '0:0:0:0:0:0:0:1';
  return false;
}

/**
 * A token must be usable as a header value: visible ASCII only. A control character (often a
 * newline pasted with it) would otherwise make undici throw deep inside a request.
 */
export function checkToken(token: string, variable: string): void {
  if (token === '')
    throw new SnykSetupError(`${variable} is empty: set it to a Snyk API token`, 'SNYK_BAD_TOKEN');
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code < 0x21 || code > 0x7e) {
      const what =
        code < 0x20 || code === 0x7f
          ? `a control character (0x${code.toString(16).padStart(2, '0')})`
          : code === 0x20
            ? 'a space'
            : 'a non-ASCII character';
      throw new SnykSetupError(
        `${variable} contains ${what} at position ${i + 1} of ${token.length}: a token is visible ASCII only (check for a trailing newline or a pasted quote)`,
        'SNYK_BAD_TOKEN',
      );
    }
  }
}
