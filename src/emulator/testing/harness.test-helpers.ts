// Test support: start an emulator on a generated state and call it like a client would. Every
// REST response is recorded so contract tests can validate them against the official spec.
import { generateState } from '../generate.ts';
import { startEmulator } from '../server.ts';
import type { EmulatorState } from '../state-types.ts';
import type { Emulator, EmulatorOptions, RestResponseRecord } from '../types.ts';

export const VERSION = '2024-10-15';
export const BETA = '2024-10-15~beta';

export interface CallOptions {
  token?: string | null;
  scheme?: string;
  body?: unknown;
  contentType?: string;
}

export interface CallResult {
  status: number;
  headers: Headers;
  body: unknown;
}

export interface Harness {
  emu: Emulator;
  token: string;
  groupId: string;
  state: EmulatorState;
  records: RestResponseRecord[];
  call(method: string, path: string, options?: CallOptions): Promise<CallResult>;
  /** GET a REST list following links.next to the end; returns all items and the page count. */
  collect(path: string): Promise<{ items: Record<string, unknown>[]; pages: number }>;
}

/** A link in any of the forms REALITY §6 lists (relative, '/rest'-prefixed, absolute) as a path under /rest. */
export function restPath(base: string, link: string): string {
  const path = link.startsWith(base) ? link.slice(base.length) : link;
  return path.startsWith('/rest') ? path : `/rest${path}`;
}

export async function startHarness(
  options: Partial<EmulatorOptions> & { generate?: Parameters<typeof generateState>[0] } = {},
): Promise<Harness> {
  const generated = generateState(options.generate ?? { orgs: 3, membersPerOrg: [2, 4], seed: 7 });
  const records: RestResponseRecord[] = [];
  const { generate: _ignored, ...rest } = options;
  const emu = await startEmulator({
    rateLimit: false,
    ...rest,
    state: options.state ?? generated.state,
    onRestResponse: (r) => records.push(r),
  });
  const token = generated.token;
  const call = async (method: string, path: string, o: CallOptions = {}): Promise<CallResult> => {
    const headers: Record<string, string> = {};
    const t = o.token === undefined ? token : o.token;
    if (t !== null) headers.authorization = `${o.scheme ?? 'token'} ${t}`;
    let body: string | undefined;
    if (o.body !== undefined) {
      body = typeof o.body === 'string' ? o.body : JSON.stringify(o.body);
      headers['content-type'] =
        o.contentType ?? (path.startsWith('/rest') ? 'application/vnd.api+json' : 'application/json');
    }
    const res = await fetch(`${emu.url}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body }),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text === '' ? undefined : JSON.parse(text) };
  };
  const collect = async (path: string) => {
    const items: Record<string, unknown>[] = [];
    let next: string | undefined = path;
    let pages = 0;
    while (next !== undefined) {
      const res = await call('GET', restPath(emu.url, next));
      if (res.status !== 200) throw new Error(`GET ${next} → ${res.status} ${JSON.stringify(res.body)}`);
      const body = res.body as { data: Record<string, unknown>[]; links: { next?: string; self?: string } };
      items.push(...body.data);
      pages++;
      // Reality mode (REALITY §7) ends a list with next = self or with an empty page.
      next = body.links.next === body.links.self || body.data.length === 0 ? undefined : body.links.next;
    }
    return { items, pages };
  };
  return { emu, token, groupId: generated.groupId, state: generated.state, records, call, collect };
}
