// The secrets an environment holds, masked in every output (src/util/redact.ts): the tokens, the
// OAuth client secret and private key, and the user name and password a proxy variable may carry
// (`http://user:pass@proxy:3128`) however they are written — percent-encoded in the URL, decoded,
// or as the `user:pass` of a Basic header.

type Env = Readonly<Record<string, string | undefined>>;

const VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY', 'all_proxy', 'ALL_PROXY'];

export function secretsOf(env: Env): string[] {
  return [
    env.SNYK_TOKEN,
    env.SNYK_OAUTH_TOKEN,
    env.SNYK_OAUTH_CLIENT_SECRET,
    env.SNYK_OAUTH_PRIVATE_KEY,
    env['INPUT_SNYK-OAUTH-CLIENT-SECRET'],
    env['INPUT_SNYK-OAUTH-PRIVATE-KEY'],
    env.GITHUB_TOKEN,
    env.INPUT_SNYK_TOKEN,
    env['INPUT_SNYK-TOKEN'],
    env['INPUT_GITHUB-TOKEN'],
    ...proxyCredentials(env),
  ]
    .map((s) => s?.trim())
    .filter((s): s is string => typeof s === 'string' && s.length > 0);
}

function proxyCredentials(env: Env): string[] {
  const found = new Set<string>();
  for (const name of VARIABLES) {
    const value = env[name]?.trim();
    if (!value) continue;
    const written = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`;
    let url: URL;
    try {
      url = new URL(written);
    } catch {
      continue;
    }
    for (const part of [url.username, url.password]) {
      if (part === '') continue;
      found.add(part);
      found.add(safeDecode(part));
    }
    if (url.password !== '') found.add(`${safeDecode(url.username)}:${safeDecode(url.password)}`);
  }
  return [...found];
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
