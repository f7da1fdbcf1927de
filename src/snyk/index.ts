// The Snyk API client: the only code in snyk-gitops that speaks HTTP to Snyk. It implements
// the core's port (src/core/port/snyk-client.ts), where SnykClient and its shapes are declared.
export { extendError, SNYK_ERROR_CODES, SnykApiError, type SnykErrorCode } from './api-error.ts';
export { createSnykClient } from './client.ts';
export { type SnykSetupCode, SnykSetupError } from './setup-error.ts';
export type { SnykClientOptions } from './types.ts';
