// How the client is made: the options of createSnykClient. The interface it implements (and the
// shapes it returns) is the core's port, src/core/port/.
import type { Dispatcher } from 'undici';
import type { RateLimitEvent } from './rate-limit-events.ts';

export type { RateLimitEvent };

/** An API token (`token …`) or a ready-made OAuth access token (`Bearer …`). */
export interface StaticAuth {
  scheme: 'token' | 'bearer';
  token: string;
}

/**
 * An OAuth service account: the client gets its access tokens itself from the token endpoint
 * of the API's host, and gets a new one before each expires (docs/authentication.md).
 */
export interface OAuthClientAuth {
  scheme: 'oauth-client';
  clientId: string;
  credential:
    | { kind: 'client_secret'; secret: string }
    /** `privateKey`: PEM text (RSA or EC P-256); `keyId`: its `kid` in the account's JWKS. */
    | { kind: 'private_key_jwt'; privateKey: string; keyId: string };
}

export interface SnykClientOptions {
  apiUrl: string;
  restVersion: string;
  auth: StaticAuth | OAuthClientAuth;
  /** Global bound on requests in flight (default 8). */
  concurrency?: number;
  /** Injected transport (tests); otherwise the client owns a keep-alive Agent. */
  dispatcher?: Dispatcher;
  /** --verbose request log: `GET /rest/orgs/{org_id}/memberships 200 34ms retries=0`. Never the token. */
  log?: (line: string) => void;
  /**
   * Retry bounds. `maxRetries` and the backoff delays apply to 5xx and dropped connections;
   * `maxElapsedMs` bounds the time one request spends retrying from its first failure (429s
   * included: a wait Snyk asks for beyond it ends the run at once); `newOrgGraceMs` is how long
   * after this run created an org a 404 naming it is retried (default 60 s).
   */
  retry?: {
    maxRetries?: number;
    maxElapsedMs?: number;
    baseDelayMs?: number;
    maxDelayMs?: number;
    newOrgGraceMs?: number;
  };
  /** Slow-loris protection: deadlines for the response headers and for the whole body. */
  timeouts?: { headersMs?: number; bodyMs?: number };
  /** Bodies larger than this are refused (default 32 MiB). */
  maxBodyBytes?: number;
  /**
   * Proactive pacing when a limit is known: request starts are spread to `perMinute` REST and
   * `v1PerMinute` v1 requests per `windowMs` (default one minute), each API on its own (Snyk
   * counts them apart): never more starts than that in any span of a window.
   */
  rateLimit?: { perMinute?: number; v1PerMinute?: number; windowMs?: number };
  /**
   * Plain `http:` to a host that is not loopback (default false: the token is never sent in
   * clear). Entry points set it from SNYK_GITOPS_ALLOW_INSECURE_HTTP=1, for test rigs.
   */
  allowInsecureHttp?: boolean;
  /**
   * An HTTP proxy (`http://[user:password@]host:port`) that requests are tunnelled through with
   * CONNECT. Entry points take it from HTTPS_PROXY / HTTP_PROXY / NO_PROXY. Never shown.
   */
  proxy?: string;
  /**
   * The caller's run: aborting it stops every queued, waiting and retrying request (they reject
   * with SNYK_CANCELLED) and in-flight reads. The client also stops them itself after an error
   * every request would share (401, a rate-limit wait beyond the retry budget).
   */
  signal?: AbortSignal;
  /**
   * Told of each rate-limit hold of 5 s or more as it starts, and of each window Snyk announces
   * that looks wrong (`1;w=86400`). Every hold Snyk asks for is bounded by `retry.maxElapsedMs`.
   */
  onRateLimit?: (event: RateLimitEvent) => void;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  random?: () => number;
}
