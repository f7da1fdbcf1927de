// Opens the Snyk client for a command from its settings. The only place the engine builds a
// client, so every command gets the same manners (concurrency, retries, verbose log).
import type { ApiSettings } from '../cli/options.ts';
import { GitopsError } from '../errors.ts';
import { createSnykClient, type SnykClient } from '../snyk/index.ts';

export function openSnyk(settings: ApiSettings, log?: (line: string) => void): SnykClient {
  if (!settings.auth) {
    throw new GitopsError(
      'no Snyk token: set SNYK_TOKEN (an API token) or SNYK_OAUTH_TOKEN (an OAuth access token) in the environment',
      { code: 'NO_TOKEN' },
    );
  }
  return createSnykClient({
    apiUrl: settings.apiUrl,
    restVersion: settings.restVersion,
    auth: settings.auth,
    concurrency: settings.concurrency,
    ...(settings.verbose && log ? { log } : {}),
  });
}
