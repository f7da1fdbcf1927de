// The emulator bounds request bodies (issue 34): a body over the bound is answered with 413 as
// soon as the bound is known to be crossed, without buffering the rest; a body declared larger
// in Content-Length is refused before any of it arrives.
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_API_BODY_BYTES } from './http-io.ts';
import { type Harness, startHarness } from './testing/harness.test-helpers.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.emu.close();
  h = undefined;
});

/** POSTs `chunks` pieces of `size` bytes (chunked, or with `declared` as Content-Length); never ends when `hold`. */
function post(
  url: string,
  token: string,
  body: { chunks: number; size: number; declared?: number; hold?: boolean },
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {
      authorization: `token ${token}`,
      'content-type': 'application/vnd.api+json',
    };
    if (body.declared !== undefined) headers['content-length'] = String(body.declared);
    const req = request(url, { method: 'POST', headers, agent: false }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => {
        text += c.toString();
      });
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, text });
        req.destroy();
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      // The server closing after its answer may reset a write still in flight.
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    const piece = Buffer.alloc(body.size, 0x78);
    for (let i = 0; i < body.chunks; i++) req.write(piece);
    if (!body.hold) req.end();
  });
}

describe('request bodies', () => {
  it('answers 413 to a body over the bound', async () => {
    h = await startHarness();
    const url = `${h.emu.url}/rest/orgs?version=2024-10-15`;
    const r = await post(url, h.token, { chunks: 4, size: MAX_API_BODY_BYTES / 2 });
    expect(r.status).toBe(413);
    expect(r.text).toContain(`at most ${MAX_API_BODY_BYTES} bytes`);
  });

  it('refuses a declared 200 MB body before it is sent', async () => {
    h = await startHarness();
    const url = `${h.emu.url}/v1/org/x/members`;
    const r = await post(url, h.token, { chunks: 1, size: 16, declared: 200 * 1024 * 1024, hold: true });
    expect(r.status).toBe(413);
  });

  it('still reads a body within the bound', async () => {
    h = await startHarness();
    const url = `${h.emu.url}/rest/orgs?version=2024-10-15`;
    const r = await post(url, h.token, { chunks: 1, size: 1000 });
    expect(r.status).not.toBe(413);
  });
});
