// Command-line options shared by every command, and the settings derived from them and the
// environment. Commands declare their own options and get the global ones for free.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { GitopsError, UsageError } from '../errors.ts';
import { tokenProblem } from '../util/token-text.ts';

type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

export const GLOBAL_OPTIONS = {
  'api-url': { type: 'string' },
  'rest-version': { type: 'string' },
  concurrency: { type: 'string' },
  'rate-limit': { type: 'string' },
  'no-color': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  verbose: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpecs;

const TOKEN_FLAGS = /^--(snyk-)?(oauth-)?token(=|$)|^--api-key(=|$)/;

export interface ParsedArgs<O extends OptionSpecs> {
  values: {
    [K in keyof (O & typeof GLOBAL_OPTIONS)]?: (O & typeof GLOBAL_OPTIONS)[K] extends { type: 'boolean' }
      ? boolean
      : string;
  };
  positionals: string[];
}

/** Parses argv strictly; every mistake becomes a UsageError naming the offending argument. */
export function parseCommandArgs<O extends OptionSpecs>(argv: string[], options: O): ParsedArgs<O> {
  const tokenFlag = argv.find((a) => TOKEN_FLAGS.test(a));
  if (tokenFlag !== undefined) {
    throw new UsageError(
      `${tokenFlag.split('=')[0]} is not accepted: a token on the command line lands in shell history and process lists. Set SNYK_TOKEN (or SNYK_OAUTH_TOKEN) in the environment instead.`,
    );
  }
  try {
    const parsed = parseArgs({
      args: argv,
      options: { ...GLOBAL_OPTIONS, ...options },
      allowPositionals: true,
      strict: true,
    });
    return parsed as unknown as ParsedArgs<O>;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Node's messages mention "To specify a positional argument..." hints; keep the first sentence.
    throw new UsageError(message.split('. To ')[0] ?? message);
  }
}

export const DEFAULT_API_URL = 'https://api.snyk.io';
/** A dated GA version that serves every GA endpoint the tool uses (ENDPOINTS.md §0). */
export const DEFAULT_REST_VERSION = '2024-10-15';
const REST_VERSION = /^\d{4}-\d{2}-\d{2}(~(beta|experimental))?$/;

export interface ApiSettings {
  apiUrl: string;
  restVersion: string;
  concurrency: number;
  /** The token's known limits, requests per window for REST and v1 (0: unknown, no pacing). */
  rateLimit?: RateLimitSettings;
  verbose: boolean;
  /** Absent when no token is set; commands that talk to Snyk require it. */
  auth?: { scheme: 'token' | 'bearer'; token: string };
  /**
   * SNYK_GITOPS_HTTP_TIMEOUT_MS: deadline for a response's headers and, again, for its whole
   * body (slow-loris protection). Absent: the client's defaults (30 s headers, 60 s body).
   */
  httpTimeoutMs?: number;
}

export interface RateLimitSettings {
  rest: number;
  v1: number;
  windowMs: number;
}

/** Snyk's documented limits: 1,620 REST and 2,000 v1 requests a minute per token (ENDPOINTS.md §0). */
export const DEFAULT_RATE_LIMIT: RateLimitSettings = { rest: 1620, v1: 2000, windowMs: 60_000 };

const RATE_LIMIT = /^(\d+)(?:,(\d+))?(?:\/(\d+)s)?$/;

/**
 * `--rate-limit` / SNYK_GITOPS_RATE_LIMIT: `REST[,V1][/SECONDSs]`, e.g. `1620`, `1620,2000`,
 * `1620,2000/60s`; `0` turns pacing off. V1 defaults to 2,000 and the window to 60 s.
 */
export function parseRateLimit(raw: string): RateLimitSettings {
  const match = RATE_LIMIT.exec(raw.trim());
  const rest = Number(match?.[1]);
  const v1 = match?.[2] === undefined ? (rest === 0 ? 0 : DEFAULT_RATE_LIMIT.v1) : Number(match[2]);
  const seconds = match?.[3] === undefined ? 60 : Number(match[3]);
  if (!match || rest > 1_000_000 || v1 > 1_000_000 || seconds < 1 || seconds > 3600) {
    throw new UsageError(
      `--rate-limit '${raw}' is not a rate limit (expected REST[,V1][/SECONDSs] requests per window, e.g. 1620,2000/60s, or 0 for no pacing)`,
    );
  }
  return { rest, v1, windowMs: seconds * 1000 };
}

/** Settings for talking to Snyk, from flags first, then the environment, then defaults. */
export function resolveApiSettings(
  values: {
    'api-url'?: string | boolean;
    'rest-version'?: string | boolean;
    concurrency?: string | boolean;
    'rate-limit'?: string | boolean;
    verbose?: string | boolean;
  },
  env: Readonly<Record<string, string | undefined>>,
): ApiSettings {
  const apiUrl = String(values['api-url'] ?? env.SNYK_API_URL ?? DEFAULT_API_URL).replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(apiUrl);
  } catch {
    throw new UsageError(`--api-url '${apiUrl}' is not a URL (expected e.g. https://api.eu.snyk.io)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UsageError(`--api-url '${apiUrl}' must be an http(s) URL`);
  }
  if (url.username || url.password) {
    throw new UsageError('--api-url must not carry credentials; set SNYK_TOKEN in the environment');
  }
  const restVersion = String(values['rest-version'] ?? env.SNYK_REST_VERSION ?? DEFAULT_REST_VERSION);
  if (!REST_VERSION.test(restVersion)) {
    throw new UsageError(
      `--rest-version '${restVersion}' is not a REST API version (expected YYYY-MM-DD, optionally ~beta)`,
    );
  }
  const rawConcurrency = String(values.concurrency ?? env.SNYK_GITOPS_CONCURRENCY ?? '8');
  const concurrency = Number(rawConcurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
    throw new UsageError(`--concurrency '${rawConcurrency}' must be an integer from 1 to 64`);
  }
  const rawRateLimit = values['rate-limit'] ?? env.SNYK_GITOPS_RATE_LIMIT;
  const rateLimit = rawRateLimit === undefined ? DEFAULT_RATE_LIMIT : parseRateLimit(String(rawRateLimit));
  const settings: ApiSettings = {
    apiUrl,
    restVersion,
    concurrency,
    rateLimit,
    verbose: values.verbose === true,
  };
  const rawTimeout = env.SNYK_GITOPS_HTTP_TIMEOUT_MS?.trim();
  if (rawTimeout) {
    const timeout = Number(rawTimeout);
    if (!Number.isInteger(timeout) || timeout < 1 || timeout > 600_000) {
      throw new UsageError(
        `SNYK_GITOPS_HTTP_TIMEOUT_MS '${rawTimeout}' must be an integer number of milliseconds from 1 to 600000`,
      );
    }
    settings.httpTimeoutMs = timeout;
  }
  const token = env.SNYK_TOKEN?.trim();
  const oauth = env.SNYK_OAUTH_TOKEN?.trim();
  for (const [name, value] of [
    ['SNYK_TOKEN', token],
    ['SNYK_OAUTH_TOKEN', oauth],
  ] as const) {
    const problem = value ? tokenProblem(value) : undefined;
    // Caught here, a clear message; in an HTTP header it was an uncaught throw (exit 13).
    if (problem) throw new GitopsError(`${name} ${problem}`, { code: 'TOKEN_INVALID' });
  }
  if (token) settings.auth = { scheme: 'token', token };
  else if (oauth) settings.auth = { scheme: 'bearer', token: oauth };
  return settings;
}

/** The secrets of this environment, for redaction. */
export function secretsOf(env: Readonly<Record<string, string | undefined>>): string[] {
  return [
    env.SNYK_TOKEN,
    env.SNYK_OAUTH_TOKEN,
    env.GITHUB_TOKEN,
    env.INPUT_SNYK_TOKEN,
    env['INPUT_SNYK-TOKEN'],
    env['INPUT_GITHUB-TOKEN'],
  ]
    .map((s) => s?.trim())
    .filter((s): s is string => typeof s === 'string' && s.length > 0);
}

/** Config paths from positionals, defaulting to ./snyk-gitops.yaml (contract §2). */
export function configPaths(positionals: string[]): string[] {
  return positionals.length > 0 ? positionals : ['snyk-gitops.yaml'];
}
