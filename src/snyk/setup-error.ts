// What createSnykClient refuses before sending anything: an API URL that would carry the token
// in clear, or a token that cannot be a header value. Stable codes; the message says what to fix.
import { type ErrorCode, GitopsError } from '../errors.ts';

export type SnykSetupCode = Extract<ErrorCode, 'SNYK_INSECURE_URL' | 'SNYK_BAD_URL' | 'SNYK_BAD_TOKEN'>;

export class SnykSetupError extends GitopsError {
  declare readonly code: SnykSetupCode;
  constructor(message: string, code: SnykSetupCode) {
    super(message, { code });
  }
}
