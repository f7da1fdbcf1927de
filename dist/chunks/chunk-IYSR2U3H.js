import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/util/env-secrets.ts
var VARIABLES = ["https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"];
function secretsOf(env) {
  return [
    env.SNYK_TOKEN,
    env.SNYK_OAUTH_TOKEN,
    env.SNYK_OAUTH_CLIENT_SECRET,
    env.SNYK_OAUTH_PRIVATE_KEY,
    env["INPUT_SNYK-OAUTH-CLIENT-SECRET"],
    env["INPUT_SNYK-OAUTH-PRIVATE-KEY"],
    env.GITHUB_TOKEN,
    env.INPUT_SNYK_TOKEN,
    env["INPUT_SNYK-TOKEN"],
    env["INPUT_GITHUB-TOKEN"],
    ...proxyCredentials(env)
  ].map((s) => s?.trim()).filter((s) => typeof s === "string" && s.length > 0);
}
function proxyCredentials(env) {
  const found = /* @__PURE__ */ new Set();
  for (const name of VARIABLES) {
    const value = env[name]?.trim();
    if (!value) continue;
    const written = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`;
    let url;
    try {
      url = new URL(written);
    } catch {
      continue;
    }
    for (const part of [url.username, url.password]) {
      if (part === "") continue;
      found.add(part);
      found.add(safeDecode(part));
    }
    if (url.password !== "") found.add(`${safeDecode(url.username)}:${safeDecode(url.password)}`);
  }
  return [...found];
}
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export {
  secretsOf
};
