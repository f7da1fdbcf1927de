// The Authorization header of each request. An API token (or a ready-made OAuth token) is one
// fixed header; an OAuth client gets its access token from the token endpoint and a new one a
// little before it expires, and once more when Snyk refuses one (revoked, or a clock that ran
// ahead). Every request waiting for a token shares the one token request in flight. A failed
// token request is final for the run: the requests after it fail with the same error instead of
// asking the endpoint again and again. See docs/authentication.md#refresh.
import type { IssuedToken } from './oauth-token-request.ts';

export interface Authorizer {
  /** The header for the next request (may wait for a token request). */
  header(): Promise<string>;
  /**
   * A request sent with header `used` was refused (401): true when a new token was obtained
   * (or another request already did), so the request is worth one more try.
   */
  renew(used: string): Promise<boolean>;
}

export function createStaticAuthorizer(header: string): Authorizer {
  return { header: async () => header, renew: async () => false };
}

export interface OAuthAuthorizerSetup {
  fetchToken: () => Promise<IssuedToken>;
  now: () => number;
  /** Told of each new access token before it is used, so that output redaction knows it. */
  onToken: (accessToken: string) => void;
}

/** Renewed this long before expiry: a minute, or a quarter of a short-lived token's life. */
function renewalMarginMs(expiresInMs: number): number {
  return Math.min(60_000, expiresInMs / 4);
}

export function createOAuthAuthorizer(setup: OAuthAuthorizerSetup): Authorizer {
  let current: { header: string; renewAt: number } | undefined;
  let inFlight: Promise<string> | undefined;
  let failure: unknown;

  const fetchHeader = (): Promise<string> => {
    if (failure !== undefined) return Promise.reject(failure);
    inFlight ??= (async () => {
      const asked = setup.now();
      try {
        const token = await setup.fetchToken();
        setup.onToken(token.accessToken);
        const lifeMs = token.expiresInSeconds === undefined ? undefined : token.expiresInSeconds * 1000;
        // Counted from when it was asked for: the token's life started no later than that.
        const renewAt =
          lifeMs === undefined ? Number.POSITIVE_INFINITY : asked + lifeMs - renewalMarginMs(lifeMs);
        current = { header: `Bearer ${token.accessToken}`, renewAt };
        return current.header;
      } catch (error) {
        failure = error;
        throw error;
      } finally {
        inFlight = undefined;
      }
    })();
    return inFlight;
  };

  return {
    header: () => {
      if (failure !== undefined) return Promise.reject(failure);
      if (current !== undefined && setup.now() < current.renewAt) return Promise.resolve(current.header);
      return fetchHeader();
    },
    renew: async (used) => {
      if (inFlight !== undefined) {
        await inFlight;
        return true;
      }
      // Another request already replaced the refused token: try again with the new one.
      if (current !== undefined && current.header !== used) return true;
      current = undefined;
      await fetchHeader();
      return true;
    },
  };
}
