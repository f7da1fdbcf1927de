// The Snyk API client: the only code in snyk-gitops that speaks HTTP to Snyk.
export { extendError, SNYK_ERROR_CODES, SnykApiError, type SnykErrorCode } from './api-error.ts';
export { createSnykClient } from './client.ts';
export { type SnykSetupCode, SnykSetupError } from './setup-error.ts';
export type {
  Membership,
  OrgInvite,
  OrgRole,
  PersonFilter,
  PersonOrgMembership,
  Provision,
  RestOrg,
  SelfInfo,
  SnykClient,
  SnykClientOptions,
  UserOrgMembership,
} from './types.ts';
