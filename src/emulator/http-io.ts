// The emulator's socket edge: reading a request body and the token it carries, writing a
// response (JSON, raw, or dribbled slowly for the slow-body fault).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmuResponse } from './request.ts';
import type { EmulatorState, EmuToken } from './state-types.ts';

/** Request bodies larger than this are refused with 413 (a real API's bodies are a few KB). */
export const MAX_API_BODY_BYTES = 1024 * 1024;
/** The control surface takes whole account states: a larger bound. */
export const MAX_CONTROL_BODY_BYTES = 64 * 1024 * 1024;

export type BodyRead = { ok: true; body: string | undefined } | { ok: false };

/**
 * The request body as text, or `{ ok: false }` as soon as it exceeds `limit` bytes (declared in
 * Content-Length or counted while reading): the rest is never buffered.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.resolve({ ok: false });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const onData = (c: Buffer) => {
      total += c.length;
      if (total <= limit) {
        chunks.push(c);
        return;
      }
      chunks.length = 0;
      req.off('data', onData);
      // Keep draining (unbuffered) so the socket can carry the 413 back.
      req.resume();
      resolve({ ok: false });
    };
    req.on('data', onData);
    req.on('end', () =>
      resolve({ ok: true, body: chunks.length === 0 ? undefined : Buffer.concat(chunks).toString('utf8') }),
    );
    req.on('error', reject);
  });
}

/**
 * The token an Authorization header carries (`token X`, `Token X`, `bearer X`, `Bearer X`). An
 * expired OAuth access token is no token: the request is answered 401.
 */
export function tokenOf(
  state: EmulatorState,
  header: string | undefined,
  nowMs: number,
): { token?: EmuToken; tokenId?: string } {
  const m = /^(token|bearer)\s+(\S+)\s*$/i.exec(header ?? '');
  if (m === null) return header === undefined ? {} : { tokenId: 'unknown' };
  const index = state.tokens.findIndex((t) => t.token === m[2]);
  const token = state.tokens[index];
  if (token === undefined) return { tokenId: 'unknown' };
  if (token.expiresAt !== undefined && Date.parse(token.expiresAt) <= nowMs) return { tokenId: 'expired' };
  return { token, tokenId: `token#${index}` };
}

export function send(res: ServerResponse, api: 'rest' | 'v1' | 'control', response: EmuResponse): void {
  if (res.destroyed) return;
  const headers: Record<string, string> = { ...response.headers };
  let payload: string | undefined;
  if (response.raw !== undefined) {
    payload = response.raw;
    headers['content-type'] = response.contentType ?? 'text/plain';
  } else if (response.body !== undefined) {
    payload = JSON.stringify(response.body);
    headers['content-type'] =
      response.contentType ??
      (api === 'rest' ? 'application/vnd.api+json' : 'application/json; charset=utf-8');
  }
  if (payload !== undefined) headers['content-length'] = String(Buffer.byteLength(payload));
  res.writeHead(response.status, headers);
  res.end(payload);
}

/** Writes `body` at `bytesPerSecond`, calling `beforeEnd` just before the last chunk. */
export async function dribble(
  res: ServerResponse,
  response: { status: number; body: unknown; bytesPerSecond: number },
  sleep: (ms: number) => Promise<void>,
  beforeEnd: () => void,
): Promise<void> {
  const payload = Buffer.from(JSON.stringify(response.body ?? {}));
  res.writeHead(response.status, {
    'content-type': 'application/json',
    'content-length': String(payload.length),
  });
  const chunk = Math.max(1, Math.ceil(response.bytesPerSecond / 10));
  for (let offset = 0; offset < payload.length; offset += chunk) {
    if (res.destroyed) return;
    const last = offset + chunk >= payload.length;
    if (last) beforeEnd();
    res.write(payload.subarray(offset, offset + chunk));
    if (!last) await sleep(100);
  }
  res.end();
}
