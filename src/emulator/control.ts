// The control surface under /_emulator (for the CLI command, the demo and out-of-process tests):
// load/dump the state, read/clear the request log, set faults, the rate limit and reality mode.
import { parseReality, validateReality } from './reality/parse.ts';
import type { EmuRequest, EmuResponse } from './request.ts';
import type { EmulatorState } from './state-types.ts';
import type { Emulator } from './types.ts';

function bad(message: string): EmuResponse {
  return { status: 400, body: { error: message } };
}

function parse(raw: string | undefined): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw ?? '') };
  } catch {
    return { ok: false };
  }
}

export function isEmulatorState(value: unknown): value is EmulatorState {
  const v = value as Partial<Record<keyof EmulatorState, unknown>> | null;
  return (
    v !== null &&
    typeof v === 'object' &&
    Array.isArray(v.tokens) &&
    Array.isArray(v.users) &&
    Array.isArray(v.tenants) &&
    Array.isArray(v.groups) &&
    (v.oauthClients === undefined || Array.isArray(v.oauthClients))
  );
}

export function handleControl(req: EmuRequest, emulator: Omit<Emulator, 'url' | 'close'>): EmuResponse {
  const route = `${req.method} ${req.path.replace(/\/+$/, '')}`;
  switch (route) {
    case 'GET /_emulator/state':
      return { status: 200, body: emulator.getState() };
    case 'PUT /_emulator/state': {
      const parsed = parse(req.rawBody);
      if (!parsed.ok || !isEmulatorState(parsed.value)) {
        return bad('body must be an emulator state: { tokens: [], users: [], tenants: [], groups: [] }');
      }
      emulator.setState(parsed.value);
      return { status: 204 };
    }
    case 'GET /_emulator/requests':
      return { status: 200, body: emulator.requests() };
    case 'DELETE /_emulator/requests':
      emulator.clearRequests();
      return { status: 204 };
    case 'PUT /_emulator/faults': {
      const parsed = parse(req.rawBody);
      if (!parsed.ok || (parsed.value !== null && typeof parsed.value !== 'object')) {
        return bad('body must be a fault configuration object, or null to clear faults');
      }
      try {
        emulator.setFaults(parsed.value === null ? undefined : (parsed.value as never));
      } catch (error) {
        return bad(`invalid fault configuration: ${error instanceof Error ? error.message : String(error)}`);
      }
      return { status: 204 };
    }
    case 'PUT /_emulator/rate-limit': {
      const parsed = parse(req.rawBody);
      const v = parsed.ok ? parsed.value : undefined;
      if (v === false) {
        emulator.setRateLimit(false);
        return { status: 204 };
      }
      const perMinute = (v as { perMinute?: unknown } | null)?.perMinute;
      const windowMs = (v as { windowMs?: unknown } | null)?.windowMs;
      if (
        typeof perMinute !== 'number' ||
        perMinute < 1 ||
        (windowMs !== undefined && typeof windowMs !== 'number')
      ) {
        return bad('body must be { "perMinute": N, "windowMs"?: N } or false');
      }
      emulator.setRateLimit(windowMs === undefined ? { perMinute } : { perMinute, windowMs });
      return { status: 204 };
    }
    case 'GET /_emulator/reality':
      return { status: 200, body: emulator.getReality() };
    case 'PUT /_emulator/reality':
      return putReality(req, emulator);
    case 'POST /_emulator/web-ui':
      return postWebUi(req, emulator);
    default:
      return { status: 404, body: { error: `no control endpoint ${route}` } };
  }
}

/** Body: an object of switches, "all", a text list ("membershipTopLevel,lastPageSelf"), or null (off). */
function putReality(req: EmuRequest, emulator: Pick<Emulator, 'setReality'>): EmuResponse {
  const parsed = parse(req.rawBody);
  if (!parsed.ok)
    return bad('body must be JSON: an object of reality switches, "all", a list as a string, or null');
  let checked = validateReality(parsed.value);
  if (typeof parsed.value === 'string' && parsed.value !== 'all') {
    try {
      checked = { ok: true, options: parseReality(parsed.value) };
    } catch (error) {
      checked = { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }
  if (!checked.ok) return bad(checked.message);
  emulator.setReality(checked.options);
  return { status: 204 };
}

/** Body: `{ userId, method, path, body?, system? }`, a change "in the web UI" (docs/emulator.md#audit-logs). */
function postWebUi(req: EmuRequest, emulator: Pick<Emulator, 'changeInWebUi'>): EmuResponse {
  const parsed = parse(req.rawBody);
  const v = (parsed.ok ? parsed.value : undefined) as Record<string, unknown> | null | undefined;
  if (
    v === null ||
    typeof v !== 'object' ||
    typeof v.userId !== 'string' ||
    typeof v.method !== 'string' ||
    typeof v.path !== 'string' ||
    !/^\/(rest|v1)\//.test(v.path)
  ) {
    return bad(
      'body must be { "userId": ID, "method": M, "path": "/rest/…" or "/v1/…", "body"?: JSON, "system"?: true }',
    );
  }
  const change = {
    userId: v.userId,
    method: v.method,
    path: v.path,
    body: v.body,
    system: v.system === true,
  };
  return { status: 200, body: emulator.changeInWebUi(change) };
}
