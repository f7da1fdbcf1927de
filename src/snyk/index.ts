// The Snyk API client: the only code in snyk-gitops that speaks HTTP to Snyk.
export { extendError, SNYK_ERROR_CODES, SnykApiError, type SnykErrorCode } from './api-error.ts';
export { createSnykClient } from './client.ts';
export type {
  Membership,
  OrgInvite,
  OrgRole,
  Provision,
  RestOrg,
  SelfInfo,
  SnykClient,
  SnykClientOptions,
  UserOrgMembership,
} from './types.ts';
