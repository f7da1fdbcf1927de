// Clients for the tests, on a scripted server or on the emulator: one way to build them, and
// everything a test opened closed after it (newest first), so no test leaks a socket.
import { afterEach } from 'vitest';
import type { SnykClient } from '../../core/port/snyk-client.ts';
import { type Emulator, generateState, startEmulator } from '../../emulator/index.ts';
import { createSnykClient } from '../client.ts';
import type { SnykClientOptions } from '../types.ts';
import {
  type ScriptedHandler,
  type ScriptedServer,
  startScriptedServer,
} from './scripted-server.test-helpers.ts';

export const TEST_REST_VERSION = '2024-10-15';

/** A sleep that returns at once: retries and pacing run without waiting. */
export const noSleep = async (): Promise<void> => {};

/** A client on `apiUrl` with a token, the REST version the tests use, and `options` on top. */
export function testClient(
  apiUrl: string,
  token: string,
  options: Partial<SnykClientOptions> = {},
): SnykClient {
  return createSnykClient({
    apiUrl,
    restVersion: TEST_REST_VERSION,
    auth: { scheme: 'token', token },
    ...options,
  });
}

interface Closable {
  close(): Promise<void>;
}

/**
 * Registers an afterEach (call it at the top level of a test file or describe) that closes,
 * newest first, everything `track` was given during the test. Returns `track`.
 */
export function closedAfterEach(): <T extends Closable>(thing: T) => T {
  const open: Closable[] = [];
  afterEach(async () => {
    for (const thing of open.splice(0).reverse()) await thing.close();
  });
  return (thing) => {
    open.push(thing);
    return thing;
  };
}

export type ScriptedSetup = (
  handler: ScriptedHandler,
  options?: Partial<SnykClientOptions>,
) => Promise<{ server: ScriptedServer; client: SnykClient }>;

/**
 * `setup(handler, options)`: a scripted server and a client on it (no real sleeps; `defaults()`
 * and then `options` on top), both closed after the test.
 */
export function scriptedClients(
  token: string,
  defaults: () => Partial<SnykClientOptions> = () => ({}),
): ScriptedSetup {
  const track = closedAfterEach();
  return async (handler, options = {}) => {
    const server = track(await startScriptedServer(handler));
    const client = track(testClient(server.url, token, { sleep: noSleep, ...defaults(), ...options }));
    return { server, client };
  };
}

export type EmulatorShape = { orgs: number; membersPerOrg: [number, number]; groupMembers?: number };

/**
 * `setup(shape, options)`: the emulator on a state generated from `shape` and `seed`, and a
 * client on it with the state's token (no real sleeps; `defaults` and `options` on top), both
 * closed after the test.
 */
export function emulatorClients(seed: number, defaults: Partial<SnykClientOptions> = {}) {
  const track = closedAfterEach();
  return async (shape: EmulatorShape, options: Partial<SnykClientOptions> = {}) => {
    const generated = generateState({ ...shape, seed });
    const emulator: Emulator = track(await startEmulator({ state: generated.state }));
    const client = track(
      testClient(emulator.url, generated.token, { sleep: noSleep, ...defaults, ...options }),
    );
    return { ...generated, emulator, client };
  };
}
