// v1 user provisioning ahead of first SSO login. Preconditions as documented: personal token
// only, SSO configured on the group, the user does not exist yet; `role` or `rolePublicId`, not both.
import type { EmuResponse, HandlerContext } from '../request.ts';
import type { EmuProvision } from '../state-types.ts';
import { bodyOf, json, requireV1Org, v1Fail } from './common.ts';

const LEGACY_ROLES: Record<string, string> = {
  ADMIN: 'Org Admin',
  COLLABORATOR: 'Org Collaborator',
  RESTRICTED_COLLABORATOR: 'Org Restricted Collaborator',
};

function requirePersonalToken(ctx: HandlerContext): void {
  if ((ctx.token.kind ?? 'personal') !== 'personal' || ctx.user.type === 'service_account') {
    throw v1Fail(403, 'User provisioning requires a personal API token; service accounts are restricted');
  }
}

export function provisionUser(ctx: HandlerContext): EmuResponse {
  const { group, org } = requireV1Org(ctx);
  requirePersonalToken(ctx);
  const body = bodyOf(ctx);
  const { email, role, rolePublicId } = body;
  if (typeof email !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(email)) {
    throw v1Fail(400, `email '${String(email)}' is not an email address`);
  }
  if (role !== undefined && rolePublicId !== undefined)
    throw v1Fail(400, 'Use either role or rolePublicId, not both');
  if (group.ssoConfigured !== true) {
    throw v1Fail(400, `Group ${group.id} has no SSO configured: users can only be provisioned with SSO`);
  }
  if (ctx.state.users.some((u) => u.email.toLowerCase() === email.toLowerCase())) {
    throw v1Fail(400, `${email} is already a Snyk user: add a membership instead of provisioning`);
  }
  let found =
    typeof rolePublicId === 'string' ? group.orgRoles.find((r) => r.id === rolePublicId) : undefined;
  if (typeof role === 'string') found = group.orgRoles.find((r) => r.name === LEGACY_ROLES[role]);
  if (role === undefined && rolePublicId === undefined)
    found = group.orgRoles.find((r) => r.name === 'Org Collaborator');
  if (found === undefined) {
    throw v1Fail(
      400,
      `Role ${String(rolePublicId ?? role ?? 'Org Collaborator')} not found in group ${group.id}`,
    );
  }
  const provision: EmuProvision = {
    email,
    rolePublicId: found.id,
    role: found.name,
    created: ctx.now.toISOString(),
  };
  org.provisions = org.provisions.filter((p) => p.email.toLowerCase() !== email.toLowerCase());
  org.provisions.push(provision);
  return json({ email, role: found.name, rolePublicId: found.id, created: provision.created });
}

export function listProvisions(ctx: HandlerContext): EmuResponse {
  const { group, org } = requireV1Org(ctx);
  requirePersonalToken(ctx);
  return json(
    org.provisions.map((p) => ({
      email: p.email,
      role: p.role ?? group.orgRoles.find((r) => r.id === p.rolePublicId)?.name ?? '',
      rolePublicId: p.rolePublicId,
      created: p.created,
    })),
  );
}

export function deleteProvision(ctx: HandlerContext): EmuResponse {
  const { org } = requireV1Org(ctx);
  requirePersonalToken(ctx);
  const email = ctx.req.query.get('email');
  if (email === null || email === '') throw v1Fail(400, 'The email query parameter is required');
  const before = org.provisions.length;
  org.provisions = org.provisions.filter((p) => p.email.toLowerCase() !== email.toLowerCase());
  if (org.provisions.length === before)
    throw v1Fail(404, `No pending provision for ${email} in org ${org.id}`);
  return json({ ok: true });
}
