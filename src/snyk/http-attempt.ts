// One HTTP exchange, no retries: send, wait for headers and body within their deadlines, refuse
// a body over the size limit, and classify a failure by whether the request may have reached
// the server (which decides whether a POST may be repeated).
import type { Dispatcher } from 'undici';

export type Headers = Record<string, string | string[] | undefined>;

export type AttemptOutcome =
  | { kind: 'response'; status: number; headers: Headers; text: string }
  | {
      kind: 'failure';
      /** `proxy`: the proxy answered the CONNECT with `proxyStatus`, not 200. */
      reason: 'network' | 'timeout' | 'too-large' | 'proxy';
      /** The phase that failed: waiting for headers (or connecting) or reading the body. */
      phase: 'headers' | 'body';
      /** False only when the request certainly never reached the server (connect failed). */
      sent: boolean;
      /** errno or undici code, e.g. ECONNRESET, UND_ERR_SOCKET. */
      errorCode: string;
      proxyStatus?: number;
      cause?: unknown;
    };

export interface AttemptInput {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body?: string;
  dispatcher: Dispatcher;
  headersMs: number;
  bodyMs: number;
  maxBodyBytes: number;
  /** The run's signal: aborting it ends the attempt (reported as errorCode ABORTED). */
  signal?: AbortSignal;
}

/** Connect-phase errors: nothing was written to the server. */
const NOT_SENT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

export async function sendAttempt(input: AttemptInput): Promise<AttemptOutcome> {
  if (input.signal?.aborted) {
    return { kind: 'failure', reason: 'network', phase: 'headers', sent: false, errorCode: 'ABORTED' };
  }
  const controller = new AbortController();
  let phase: 'headers' | 'body' = 'headers';
  let timedOut = false;
  const arm = (ms: number) =>
    setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, ms);
  let timer = arm(input.headersMs);
  const onAbort = () => controller.abort();
  input.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const res = await input.dispatcher.request({
      origin: input.url.origin,
      path: `${input.url.pathname}${input.url.search}`,
      method: input.method as Dispatcher.HttpMethod,
      headers: input.headers,
      body: input.body ?? null,
      signal: controller.signal,
      headersTimeout: input.headersMs,
      bodyTimeout: input.bodyMs,
    });
    clearTimeout(timer);
    phase = 'body';
    // A total deadline for the body: undici's bodyTimeout only bounds the gap between chunks,
    // so a server trickling one byte at a time would otherwise hold us forever.
    timer = arm(input.bodyMs);
    const declared = Number(res.headers['content-length']);
    if (Number.isFinite(declared) && declared > input.maxBodyBytes) {
      res.body.destroy();
      return { kind: 'failure', reason: 'too-large', phase, sent: true, errorCode: 'TOO_LARGE' };
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of res.body) {
      const buffer = chunk as Buffer;
      size += buffer.length;
      if (size > input.maxBodyBytes) {
        res.body.destroy();
        return { kind: 'failure', reason: 'too-large', phase, sent: true, errorCode: 'TOO_LARGE' };
      }
      chunks.push(buffer);
    }
    return {
      kind: 'response',
      status: res.statusCode,
      headers: res.headers,
      text: Buffer.concat(chunks).toString('utf8'),
    };
  } catch (error) {
    if (input.signal?.aborted && !timedOut) {
      // Whether the request got out before the abort is unknown: assume it did.
      return { kind: 'failure', reason: 'network', phase, sent: true, errorCode: 'ABORTED' };
    }
    const errorCode = codeOf(error);
    if (timedOut || errorCode === 'UND_ERR_HEADERS_TIMEOUT' || errorCode === 'UND_ERR_BODY_TIMEOUT') {
      return { kind: 'failure', reason: 'timeout', phase, sent: true, errorCode: 'TIMEOUT', cause: error };
    }
    const proxyStatus = refusedTunnel(error);
    if (proxyStatus !== undefined) {
      return {
        kind: 'failure',
        reason: 'proxy',
        phase,
        sent: false,
        errorCode: `PROXY_${proxyStatus}`,
        proxyStatus,
      };
    }
    const sent = phase === 'body' || !NOT_SENT.has(errorCode);
    return { kind: 'failure', reason: 'network', phase, sent, errorCode, cause: error };
  } finally {
    clearTimeout(timer);
    input.signal?.removeEventListener('abort', onAbort);
  }
}

/** The status a proxy refused the tunnel with (undici says so only in the message). */
function refusedTunnel(error: unknown): number | undefined {
  const message = error instanceof Error ? error.message : '';
  const match = /^Proxy response \((\d{3})\) !== 200 when HTTP Tunneling/.exec(message);
  return match ? Number(match[1]) : undefined;
}

function codeOf(error: unknown): string {
  if (typeof error !== 'object' || error === null) return 'UNKNOWN';
  const { code, errors } = error as { code?: unknown; errors?: unknown };
  if (typeof code === 'string') return code;
  // Happy-eyeballs connects fail with an AggregateError of per-address errors.
  if (Array.isArray(errors) && errors.length > 0) return codeOf(errors[0]);
  return 'UNKNOWN';
}
