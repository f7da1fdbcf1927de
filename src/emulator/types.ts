// The emulator's public surface: options, fault scripts, the request log and the handle that
// tests, the CLI `emulator` command and the demo drive it through.
import type { RealityOptions } from './reality/options.ts';
import type { EmulatorState } from './state-types.ts';

export interface FaultConfig {
  /** Deterministic PRNG seed (default 1): the same seed and request order give the same faults. */
  seed?: number;
  /** 0..1: answer 500/502/503 (JSON:API error body) instead of handling. */
  serverErrorRate?: number;
  /** Apply serverErrorRate and the drop rates only to POST/PUT/PATCH/DELETE. */
  writesOnly?: boolean;
  /** 0..1: destroy the socket before handling (no effect on state). */
  dropBeforeRate?: number;
  /** 0..1: handle the request (state changes!) then destroy the socket without a response. */
  dropAfterRate?: number;
  /** Fixed latency added to every response. */
  latencyMs?: number;
  /** Plus uniform random 0..jitterMs (seeded). */
  jitterMs?: number;
  /** Targeted, scripted faults, checked first, in order. */
  rules?: FaultRule[];
}

export type FaultResponse =
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | { status: number; raw: string; contentType: string }
  | { drop: 'before' | 'after' }
  /** Handle the request (state changes!), then answer this instead: a write whose answer was lost. */
  | { afterHandling: { status: number; body?: unknown } }
  | { redirect: string; status?: number }
  | { slowBytesPerSecond: number; status?: number; body?: unknown }
  | { delayMs: number };

export interface FaultRule {
  /** e.g. 'GET'; absent = any. */
  method?: string;
  /** RegExp source matched against the URL pathname (e.g. '^/rest/orgs/[^/]+/memberships$'). */
  path: string;
  /** Let the first `skip` matching requests through. */
  skip?: number;
  /** Then apply to this many matches (default: unlimited). */
  times?: number;
  respond: FaultResponse;
}

export interface RateLimitConfig {
  perMinute: number;
  /** Default 60000; tests and benchmarks scale it down. */
  windowMs?: number;
}

/** One REST response as the emulator sent it, for contract tests. */
export interface RestResponseRecord {
  method: string;
  /** The OpenAPI path template, e.g. '/orgs/{org_id}/memberships'. */
  template: string;
  /** The concrete path without '/rest'. */
  path: string;
  status: number;
  body: unknown;
}

export interface EmulatorOptions {
  state: EmulatorState;
  /** Default 0 (any free port). */
  port?: number;
  /** Per token; default { perMinute: 1620 } for REST and 2000 for v1. `false` disables. */
  rateLimit?: RateLimitConfig | false;
  /** Default 1 (documented limit of GET /v1/group/{id}/members); 0 disables it. */
  v1GroupMembersPerMinute?: number;
  faults?: FaultConfig;
  /** Injectable clock for timestamps and rate-limit windows. */
  now?: () => Date;
  /** Called with every REST response the emulator handled itself (not injected faults). */
  onRestResponse?: (record: RestResponseRecord) => void;
  /**
   * Reality mode: behave as the real API does where it differs from its docs
   * (../shared/snyk-api/REALITY.md), per switch; 'all' turns every switch on. Default: all off.
   */
  reality?: RealityOptions | 'all';
}

export interface RequestLogEntry {
  seq: number;
  time: string;
  method: string;
  path: string;
  query: string;
  /** 0 when the connection was dropped without a response. */
  status: number;
  ms: number;
  api: 'rest' | 'v1' | 'control';
  fault?: string;
  /** `token#N` (index in the state's tokens) or `unknown`: never the token itself. */
  tokenId?: string;
}

export interface Emulator {
  /** 'http://127.0.0.1:PORT' (REST under /rest, v1 under /v1). */
  url: string;
  close(): Promise<void>;
  /** Deep copy. */
  getState(): EmulatorState;
  setState(state: EmulatorState): void;
  requests(): RequestLogEntry[];
  clearRequests(): void;
  setFaults(faults: FaultConfig | undefined): void;
  setRateLimit(limit: RateLimitConfig | false): void;
  /** The reality switches in force ('all' expanded). */
  getReality(): RealityOptions;
  /** Replaces the reality switches (undefined = all off); counters and provisioning orgs restart. */
  setReality(reality: RealityOptions | 'all' | undefined): void;
  /** A change made "in the web UI" by a user, not through a token (docs/emulator.md#audit-logs). */
  changeInWebUi(change: WebUiChange): { status: number; body?: unknown };
}

/** An API call as the web UI makes it: for `userId`, its audit event without an actor when `system`. */
export interface WebUiChange {
  userId: string;
  method: string;
  /** Under /rest or /v1, with its query (REST needs `version`). */
  path: string;
  body?: unknown;
  system?: boolean;
}
