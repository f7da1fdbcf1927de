// An emulator that knows one OAuth client, and clients that sign in as it, on one clock the test
// moves by hand: both sides read it, so a token expires when the test says, with no waiting.
import { type Emulator, type EmuOAuthClient, generateState, startEmulator } from '../../emulator/index.ts';
import type { OAuthClientAuth, SnykClientOptions } from '../types.ts';
import { closedAfterEach, noSleep, testClient } from './clients.test-helpers.ts';

export const CLIENT_ID = 'b6d0c6a4-5f0e-4c64-9a43-0c9d3f0f2b11';
export const CLIENT_SECRET = 'snyk_cs_emulatorsecret0123456789_v1';

export interface OAuthRig {
  emulator: Emulator;
  groupId: string;
  clock: { ms: number };
  /** A client signing in with `credential` (default: the client secret). */
  client(
    credential?: OAuthClientAuth['credential'],
    options?: Partial<SnykClientOptions>,
  ): ReturnType<typeof testClient>;
  /** The token requests the emulator answered, by status. */
  tokenRequests(): number[];
}

export function oauthRigs() {
  const track = closedAfterEach();
  /** `registered`: the client as the emulator knows it (a field set to undefined is left out). */
  return async (
    registered: { [K in keyof EmuOAuthClient]?: EmuOAuthClient[K] | undefined } = {},
  ): Promise<OAuthRig> => {
    const generated = generateState({ orgs: 2, membersPerOrg: [1, 1], seed: 3 });
    const userId = generated.state.tokens[0]!.userId;
    const client = {
      clientId: CLIENT_ID,
      userId,
      clientSecret: CLIENT_SECRET,
      accessTokenTtlSeconds: 2,
      ...registered,
    };
    generated.state.oauthClients = [JSON.parse(JSON.stringify(client)) as EmuOAuthClient];
    const clock = { ms: Date.parse('2026-12-06T12:00:00Z') };
    const emulator = track(
      await startEmulator({ state: generated.state, rateLimit: false, now: () => new Date(clock.ms) }),
    );
    return {
      emulator,
      groupId: generated.groupId,
      clock,
      client: (credential = { kind: 'client_secret', secret: CLIENT_SECRET }, options = {}) =>
        track(
          testClient(emulator.url, '', {
            auth: { scheme: 'oauth-client', clientId: CLIENT_ID, credential },
            sleep: noSleep,
            now: () => clock.ms,
            ...options,
          }),
        ),
      tokenRequests: () =>
        emulator
          .requests()
          .filter((r) => r.path === '/oauth2/token')
          .map((r) => r.status),
    };
  };
}

/** The error `promise` fails with (the test fails if it succeeds). */
export function failureOf(promise: Promise<unknown>): Promise<Error & { code?: string }> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error as Error & { code?: string },
  );
}
