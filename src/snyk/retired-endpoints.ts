// What to say when Snyk answers 410 Gone (REALITY.md §10: v1 endpoints are being retired).
// Checked against rest-openapi-2025-11-05.json: none of the v1 endpoints this client calls has
// a REST operation with the same effect, so there is nothing to fall back to; the message says
// what REST has nearby, so a user knows where the feature went.
import type { ApiRequest } from './transport.ts';

const NEAREST_REST: Record<string, string> = {
  '/org': 'REST has no org create (only GET/PATCH /rest/orgs/{org_id})',
  '/org/{orgId}': 'REST has no org delete',
  '/org/{orgId}/settings':
    'REST has /rest/orgs/{org_id}/settings/{iac,sast,opensource}, which hold other settings; requestAccess is read-only there (access_requests_enabled)',
  '/group/{groupId}/settings':
    'REST has /rest/groups/{group_id}/settings/{iac,pull_request_template}, which hold other settings',
  '/group/{groupId}/tags': 'REST has no group tag listing',
  '/group/{groupId}/tags/delete': 'REST has no group tag delete',
  '/group/{groupId}/roles': 'REST lists tenant roles (/rest/tenants/{tenant_id}/roles), not org roles',
  '/org/{orgId}/provision':
    'REST has org invites (/rest/orgs/{org_id}/invites), which email an invitation instead of provisioning',
};

export function goneAdvice(r: Pick<ApiRequest, 'api' | 'template'>, restVersion: string): string {
  if (r.api === 'rest') {
    return `the REST API version ${restVersion} may be sunset for this endpoint: try a newer --rest-version`;
  }
  const nearest = NEAREST_REST[r.template];
  return `Snyk has retired this v1 endpoint and the REST API (2025-11-05) has no equivalent${nearest === undefined ? '' : `: ${nearest}`}`;
}
