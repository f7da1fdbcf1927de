import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/errors.ts
var GitopsError = class extends Error {
  code;
  exitCode;
  constructor(message, options) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = new.target.name;
    this.code = options.code;
    this.exitCode = options.exitCode ?? 1;
  }
};
var UsageError = class extends GitopsError {
  constructor(message) {
    super(message, { code: "USAGE" });
  }
};

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
  const apiUrl = parseApiUrl(given.apiUrl ?? env.SNYK_API_URL ?? DEFAULT_API_URL, names.apiUrl);
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
  GitopsError,
  UsageError,
  checkApiUrl,
  checkToken,
  tokenProblem,
  proxyFor,
  DEFAULT_RATE_LIMIT,
  resolveApiSettings
};
