import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GitopsError,
  UsageError,
  inertText
} from "./chunk-F7JU6O3C.js";

// src/snyk/check-setup.ts
import { isIP } from "node:net";

// src/snyk/setup-error.ts
var SnykSetupError = class extends GitopsError {
  constructor(message, code) {
    super(message, { code });
  }
};

// src/snyk/check-setup.ts
function checkApiUrl(apiUrl, allowInsecureHttp) {
  let url;
  try {
    url = new URL(apiUrl);
  } catch {
    throw new SnykSetupError(
      `the Snyk API URL is not a URL; expected e.g. https://api.snyk.io`,
      "SNYK_BAD_URL"
    );
  }
  if (url.username !== "" || url.password !== "") {
    throw new SnykSetupError(
      `the Snyk API URL ${url.protocol}//${url.host} carries credentials; pass the token in SNYK_TOKEN instead`,
      "SNYK_BAD_URL"
    );
  }
  if (url.protocol === "https:") return url;
  if (url.protocol !== "http:") {
    throw new SnykSetupError(
      `the Snyk API URL must use https: (got ${url.protocol}//${url.host})`,
      "SNYK_BAD_URL"
    );
  }
  if (isLoopback(url.hostname) || allowInsecureHttp) return url;
  throw new SnykSetupError(
    `refusing to send the token over plain http to ${url.host}: use https:// (plain http is allowed only for loopback hosts, or with SNYK_GITOPS_ALLOW_INSECURE_HTTP=1 for a test rig)`,
    "SNYK_INSECURE_URL"
  );
}
function isLoopback(hostname) {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost") return true;
  if (isIP(host) === 4) return host.startsWith("127.");
  if (isIP(host) === 6) return host === "::1" || host === "0:0:0:0:0:0:0:1";
  return false;
}
function checkToken(token, variable2) {
  if (token === "")
    throw new SnykSetupError(`${variable2} is empty: set it to a Snyk API token`, "SNYK_BAD_TOKEN");
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code < 33 || code > 126) {
      const what = code < 32 || code === 127 ? `a control character (0x${code.toString(16).padStart(2, "0")})` : code === 32 ? "a space" : "a non-ASCII character";
      throw new SnykSetupError(
        `${variable2} contains ${what} at position ${i + 1} of ${token.length}: a token is visible ASCII only (check for a trailing newline or a pasted quote)`,
        "SNYK_BAD_TOKEN"
      );
    }
  }
}

// src/engine/proxy-env.ts
function variable(env, names) {
  for (const name of names) {
    const value = env[name]?.trim();
    if (value) return { name, value };
  }
  return void 0;
}
function bypassesProxy(url, noProxy) {
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  for (const raw of noProxy.split(/[\s,]+/)) {
    const entry = raw.trim().toLowerCase();
    if (entry === "") continue;
    if (entry === "*") return true;
    const { name, entryPort } = splitEntry(entry);
    if (entryPort !== void 0 && entryPort !== port) continue;
    if (host === name || host.endsWith(`.${name}`)) return true;
  }
  return false;
}
function splitEntry(entry) {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  if (bracketed) return { name: bracketed[1] ?? "", ...bracketed[2] && { entryPort: bracketed[2] } };
  const colon = entry.indexOf(":");
  const hostPort = colon > 0 && colon === entry.lastIndexOf(":");
  const name = (hostPort ? entry.slice(0, colon) : entry).replace(/^\*?\./, "");
  return hostPort ? { name, entryPort: entry.slice(colon + 1) } : { name };
}
function proxyFor(apiUrl, env) {
  const url = new URL(apiUrl);
  if (isLoopback(url.hostname)) return void 0;
  const noProxy = variable(env, ["no_proxy", "NO_PROXY"]);
  if (noProxy && bypassesProxy(url, noProxy.value)) return void 0;
  const set = variable(
    env,
    url.protocol === "https:" ? ["https_proxy", "HTTPS_PROXY"] : ["http_proxy", "HTTP_PROXY"]
  );
  if (set === void 0) return void 0;
  const written = /^[a-z][a-z0-9+.-]*:\/\//i.test(set.value) ? set.value : `http://${set.value}`;
  let proxy;
  try {
    proxy = new URL(written);
  } catch {
    proxy = void 0;
  }
  if (proxy === void 0 || proxy.protocol !== "http:" && proxy.protocol !== "https:" || proxy.hostname === "") {
    throw new UsageError(
      `${set.name} is not a proxy URL: expected http://HOST:PORT (or https://, with user:password@ if the proxy needs it)`
    );
  }
  return proxy.href;
}

// src/core/addresses.ts
function orgAddress(slug) {
  return `org[${slug}]`;
}
function integrationAddress(slug, type) {
  return `${orgAddress(slug)}.integration[${type}]`;
}
function webhookAddress(slug, url) {
  return `${orgAddress(slug)}.webhook[${url}]`;
}
function orgMemberAddress(slug, label) {
  return `${orgAddress(slug)}.member[${label}]`;
}
function groupMemberAddress(label) {
  return `group.member[${label}]`;
}
function tenantMemberAddress(label) {
  return `tenant.member[${label}]`;
}
function labelUser(user) {
  return user.email?.toLowerCase() ?? user.username ?? user.id;
}
function labelUserRef(ref) {
  return ref.includes("@") ? ref.toLowerCase() : ref;
}
function splitSegments(text) {
  const out = [];
  let current = "";
  let depth = 0;
  for (const char of text) {
    if (char === "[") depth++;
    if (char === "]") depth--;
    if (char === "." && depth === 0) {
      out.push(current);
      current = "";
    } else current += char;
  }
  out.push(current);
  return out;
}
var ORG_SCOPE = /^org\[([^\]]+)\]/;
var STEP = /^([^[]*)(?:\[(.*)\])?$/s;
function stepOf(segment) {
  const match = STEP.exec(segment);
  const name = match?.[1] ?? segment;
  return match?.[2] === void 0 ? { name } : { name, key: match[2] };
}
function parseAddress(text) {
  const org = ORG_SCOPE.exec(text);
  if (org !== null) {
    const rest2 = text.slice(org[0].length);
    const steps2 = rest2.startsWith(".") ? splitSegments(rest2.slice(1)).map(stepOf) : [];
    return { text, scope: { kind: "org", slug: org[1] }, steps: steps2 };
  }
  const [head = "", ...rest] = splitSegments(text);
  const kind = head === "tenant" ? "tenant" : "group";
  const steps = kind === "group" && head !== "group" ? [head, ...rest] : rest;
  return { text, scope: { kind }, steps: steps.map(stepOf) };
}
function scopeText(scope) {
  return scope.kind === "org" ? orgAddress(scope.slug) : scope.kind;
}
function scopeSortKey(scope) {
  return scope.kind === "org" ? `2:${scope.slug}` : scope.kind === "tenant" ? "1:tenant" : "0:group";
}
function formatPath(path) {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out;
}

// src/core/target-address.ts
var MAX_ADDRESS_LENGTH = 2048;
function shownAddress(text) {
  return text.length > 80 ? `${inertText(text.slice(0, 60))}\u2026` : inertText(text);
}
function addressInputProblem(flag, text) {
  if (text.length <= MAX_ADDRESS_LENGTH) return void 0;
  return `${flag} '${shownAddress(text)}' is ${text.length.toLocaleString("en-US")} characters long; an address has at most ${MAX_ADDRESS_LENGTH.toLocaleString("en-US")}`;
}
var SEGMENT = /^([a-z_]+)(?:\[([^\]]+)\])?$/;
var TOP = /* @__PURE__ */ new Set(["org", "group", "tenant", "user"]);
function escapeRegex(text) {
  return text.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
}
function globSource(glob) {
  let out = "";
  let inBracket = false;
  for (const char of glob) {
    if (char === "[") inBracket = true;
    if (char === "]") inBracket = false;
    if (char === "*") out += inBracket ? "[^\\]]*" : "[^.\\[\\]]*";
    else out += escapeRegex(char);
  }
  return out;
}
var EXAMPLES = "org[payments], 'org[payments*]', org[payments].member[bob@acme.com], group.member[alice@acme.com], tenant, 'user[alice@acme.com]'";
function parseTarget(text) {
  const tooLong = addressInputProblem("--target", text);
  if (tooLong !== void 0) return tooLong;
  const shown = shownAddress(text);
  const trimmed = text.trim();
  const segments = splitSegments(trimmed);
  const parsed = segments.map((segment) => SEGMENT.exec(segment));
  const first = parsed[0];
  if (trimmed === "" || parsed.some((m) => m === null) || first === null || first === void 0) {
    return `--target '${shown}' is not an address; expected one such as ${EXAMPLES}`;
  }
  const kind = first[1];
  if (!TOP.has(kind))
    return `--target '${shown}' starts with '${inertText(first[1] ?? "")}'; an address starts with org[\u2026], group, tenant or user[\u2026] (${EXAMPLES})`;
  if ((kind === "org" || kind === "user") && first[2] === void 0) {
    return `--target '${shown}': ${kind} needs a name in brackets, e.g. ${kind === "org" ? "org[payments]" : "user[alice@acme.com]"}`;
  }
  if (kind === "user" && (segments.length > 1 || first[2].includes("*"))) {
    return `--target '${shown}': a user target names one person, e.g. user[alice@acme.com]`;
  }
  const whole = new RegExp(`^${globSource(trimmed)}(?:\\..*)?$`, "i");
  const orgGlob = kind === "org" ? new RegExp(`^${globSource(first[2])}$`, "i") : void 0;
  return {
    text: trimmed,
    kind,
    matches: (address) => whole.test(address),
    selectsOrg: (slug) => orgGlob?.test(slug) === true,
    ...kind === "user" ? { user: first[2] } : {}
  };
}
function parseTargets(texts) {
  const targets = [];
  for (const text of texts) {
    const target = parseTarget(text);
    if (typeof target === "string") return { ok: false, message: target };
    targets.push(target);
  }
  const users = targets.filter((t) => t.kind === "user");
  if (users.length > 0 && targets.length > 1) {
    return {
      ok: false,
      message: `--target '${shownAddress(users[0].text)}' plans one person's memberships and cannot be combined with other targets; run one plan per target`
    };
  }
  return { ok: true, targets };
}
function scopeTarget(address) {
  const { scope } = parseAddress(address);
  const slug = scope.kind === "org" ? scope.slug : void 0;
  return {
    text: address,
    kind: scope.kind,
    matches: (other) => other === address || other.startsWith(`${address}.`),
    selectsOrg: (other) => other === slug
  };
}
function touchedScopes(changes) {
  const scopes = /* @__PURE__ */ new Set();
  for (const change of changes) {
    const { scope } = parseAddress(change.address);
    scopes.add(scope.kind === "org" ? scopeText(scope) : change.address);
  }
  return [...scopes].map(scopeTarget);
}

// src/util/token-text.ts
function tokenProblem(token) {
  for (const [index, char] of [...token].entries()) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 32 || code === 127 || code >= 128 && code <= 159) {
      return `contains a control character (U+${code.toString(16).padStart(4, "0").toUpperCase()} at position ${index + 1}): expected the token as Snyk shows it, on one line`;
    }
    if (code > 126) {
      return `contains a non-ASCII character at position ${index + 1}: expected the token as Snyk shows it`;
    }
  }
  return void 0;
}

// src/engine/api-settings.ts
var DEFAULT_API_URL = "https://api.snyk.io";
var DEFAULT_REST_VERSION = "2024-10-15";
var DEFAULT_CONCURRENCY = 8;
var REST_VERSION = /^\d{4}-\d{2}-\d{2}(~(beta|experimental))?$/;
var DEFAULT_RATE_LIMIT = { rest: 1620, v1: 2e3, windowMs: 6e4 };
var FLAG_NAMES = {
  apiUrl: "--api-url",
  restVersion: "--rest-version",
  concurrency: "--concurrency",
  rateLimit: "--rate-limit",
  httpTimeoutMs: "SNYK_GITOPS_HTTP_TIMEOUT_MS"
};
var RATE_LIMIT = /^(\d+)(?:,(\d+))?(?:\/(\d+)s)?$/;
function parseRateLimit(raw, name = FLAG_NAMES.rateLimit) {
  const match = RATE_LIMIT.exec(raw.trim());
  const rest = Number(match?.[1]);
  const v1 = match?.[2] === void 0 ? rest === 0 ? 0 : DEFAULT_RATE_LIMIT.v1 : Number(match[2]);
  const seconds = match?.[3] === void 0 ? 60 : Number(match[3]);
  if (!match || rest > 1e6 || v1 > 1e6 || seconds < 1 || seconds > 3600) {
    throw new UsageError(
      `${name} '${raw}' is not a rate limit (expected REST[,V1][/SECONDSs] requests per window, e.g. 1620,2000/60s, or 0 for no pacing)`
    );
  }
  return { rest, v1, windowMs: seconds * 1e3 };
}
function parseApiUrl(raw, name) {
  const apiUrl = raw.replace(/\/+$/, "");
  let url;
  try {
    url = new URL(apiUrl);
  } catch {
    throw new UsageError(`${name} '${apiUrl}' is not a URL (expected e.g. https://api.eu.snyk.io)`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new UsageError(`${name} '${apiUrl}' must be an http(s) URL`);
  }
  if (url.username || url.password) {
    throw new UsageError(`${name} must not carry credentials; set SNYK_TOKEN in the environment`);
  }
  const suffix = /\/(rest|v1)$/i.exec(url.pathname)?.[0];
  if (suffix !== void 0) {
    throw new UsageError(
      `${name} '${apiUrl}' ends in ${suffix}: give the base URL (${apiUrl.slice(0, -suffix.length)}); REST calls go to URL/rest/\u2026 and v1 calls to URL/v1/\u2026`
    );
  }
  return apiUrl;
}
function parseInteger(raw, name, min, max, unit) {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`${name} '${raw}' must be an integer${unit} from ${min} to ${max}`);
  }
  return value;
}
function resolveApiSettings(given, env, names = FLAG_NAMES) {
  const urlName = given.apiUrl === void 0 && env.SNYK_API_URL !== void 0 ? "SNYK_API_URL" : names.apiUrl;
  const apiUrl = parseApiUrl(given.apiUrl ?? env.SNYK_API_URL ?? DEFAULT_API_URL, urlName);
  const restVersion = given.restVersion ?? env.SNYK_REST_VERSION ?? DEFAULT_REST_VERSION;
  if (!REST_VERSION.test(restVersion)) {
    throw new UsageError(
      `${names.restVersion} '${restVersion}' is not a REST API version (expected YYYY-MM-DD, optionally ~beta)`
    );
  }
  const rawConcurrency = given.concurrency ?? env.SNYK_GITOPS_CONCURRENCY ?? String(DEFAULT_CONCURRENCY);
  const rawRateLimit = given.rateLimit ?? env.SNYK_GITOPS_RATE_LIMIT;
  const settings = {
    apiUrl,
    restVersion,
    concurrency: parseInteger(rawConcurrency, names.concurrency, 1, 64, ""),
    rateLimit: rawRateLimit === void 0 ? DEFAULT_RATE_LIMIT : parseRateLimit(rawRateLimit, names.rateLimit),
    verbose: given.verbose === true
  };
  const rawTimeout = (given.httpTimeoutMs ?? env.SNYK_GITOPS_HTTP_TIMEOUT_MS)?.trim();
  if (rawTimeout) {
    settings.httpTimeoutMs = parseInteger(
      rawTimeout,
      names.httpTimeoutMs,
      1,
      6e5,
      " number of milliseconds"
    );
  }
  if (env.SNYK_GITOPS_ALLOW_INSECURE_HTTP === "1") settings.allowInsecureHttp = true;
  const proxy = proxyFor(apiUrl, env);
  if (proxy !== void 0) settings.proxy = proxy;
  const token = env.SNYK_TOKEN?.trim();
  const oauth = env.SNYK_OAUTH_TOKEN?.trim();
  for (const [name, value] of [
    ["SNYK_TOKEN", token],
    ["SNYK_OAUTH_TOKEN", oauth]
  ]) {
    const problem = value ? tokenProblem(value) : void 0;
    if (problem) throw new GitopsError(`${name} ${problem}`, { code: "TOKEN_INVALID" });
  }
  if (token) settings.auth = { scheme: "token", token };
  else if (oauth) settings.auth = { scheme: "bearer", token: oauth };
  return settings;
}

export {
  orgAddress,
  integrationAddress,
  webhookAddress,
  orgMemberAddress,
  groupMemberAddress,
  tenantMemberAddress,
  labelUser,
  labelUserRef,
  parseAddress,
  scopeText,
  scopeSortKey,
  formatPath,
  addressInputProblem,
  parseTargets,
  touchedScopes,
  tokenProblem,
  checkApiUrl,
  checkToken,
  proxyFor,
  DEFAULT_RATE_LIMIT,
  resolveApiSettings
};
