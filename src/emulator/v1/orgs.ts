// v1 orgs: create (slug derived from the name, suffixed when taken; duplicate names allowed;
// sourceOrgId copies settings and integrations), delete (refused while the org has projects), settings, members
// and invitations.
import { randomUUID } from 'node:crypto';
import { canSeeGroup, findGroup, findOrg } from '../access.ts';
import { type EmuResponse, type HandlerContext, HttpFailure } from '../request.ts';
import type { EmulatorState, EmuOrg } from '../state-types.ts';
import { bodyOf, json, requireV1Org, v1Fail, v1RoleName } from './common.ts';
import { copyIntegrations } from './integrations.ts';

function createFail(status: number, message: string): HttpFailure {
  return new HttpFailure({ status, body: { message, errorRef: randomUUID() } });
}

export function slugify(name: string): string {
  const base = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return base === '' ? 'org' : base;
}

function uniqueSlug(state: EmulatorState, name: string, orgId: string): string {
  const taken = new Set(state.groups.flatMap((g) => g.orgs.map((o) => o.slug)));
  const base = slugify(name);
  if (!taken.has(base)) return base;
  const hex = orgId.replace(/-/g, '');
  for (let len = 4; len <= hex.length; len++) {
    const candidate = `${base}-${hex.slice(0, len)}`;
    if (!taken.has(candidate)) return candidate;
  }
  return `${base}-${hex}`;
}

export function createOrg(ctx: HandlerContext, apiUrl: string): EmuResponse {
  let body: Record<string, unknown>;
  try {
    body = bodyOf(ctx);
  } catch {
    throw createFail(400, 'Request body must be a JSON object');
  }
  const { name, groupId, sourceOrgId } = body;
  if (typeof name !== 'string' || name.trim() === '') {
    throw createFail(422, 'Please provide a new organization name in the body of the request');
  }
  if (name.length > 60) throw createFail(422, `Organization name '${name}' is longer than 60 characters`);
  if (typeof groupId !== 'string') {
    // Personal orgs (no group) have no place in the emulator's state model.
    throw createFail(422, 'groupId is required by the emulator (personal orgs are not emulated)');
  }
  const group = findGroup(ctx.state, groupId);
  if (group === undefined || !canSeeGroup(group, ctx.user.id)) {
    throw createFail(401, 'You must have the required permissions to add an org');
  }
  const id = ctx.newId();
  const created = ctx.now.toISOString();
  const org: EmuOrg = {
    id,
    name,
    slug: uniqueSlug(ctx.state, name, id),
    isPersonal: false,
    createdAt: created,
    updatedAt: created,
    settings: {
      requestAccess: { enabled: false },
      ignores: { reasonRequired: false, autoApproveIgnores: false, approvalWorkflowEnabled: false },
    },
    members: [],
    invites: [],
    provisions: [],
    projectCount: 0,
  };
  if (sourceOrgId !== undefined) {
    const source = typeof sourceOrgId === 'string' ? findOrg(ctx.state, sourceOrgId) : undefined;
    if (source === undefined || source.group.id !== group.id) {
      throw createFail(400, `sourceOrgId '${String(sourceOrgId)}' must be an org in group ${group.id}`);
    }
    org.settings = structuredClone(source.org.settings);
    // As Snyk does: the new org gets the source's integrations with their settings.
    if (source.org.integrations !== undefined) org.integrations = copyIntegrations(source.org, ctx.newId);
  }
  group.orgs.push(org);
  return json(
    {
      id,
      name,
      slug: org.slug,
      url: `${apiUrl}/org/${org.slug}`,
      created,
      group: { name: group.name, id: group.id },
    },
    201,
  );
}

export function deleteOrg(ctx: HandlerContext): EmuResponse {
  const { group, org } = requireV1Org(ctx);
  const projects = (org.projectCount ?? 0) + (org.projects?.length ?? 0);
  if (projects > 0) {
    throw v1Fail(400, `Org ${org.id} has ${projects} projects: only orgs without projects can be deleted`);
  }
  group.orgs = group.orgs.filter((o) => o !== org);
  return { status: 204 };
}

export function getOrgSettings(ctx: HandlerContext): EmuResponse {
  return json(structuredClone(requireV1Org(ctx).org.settings));
}

function expectBoolean(value: unknown, field: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean')
    throw v1Fail(400, `${field} must be a boolean, got ${JSON.stringify(value)}`);
  return value;
}

export function putOrgSettings(ctx: HandlerContext): EmuResponse {
  const { org } = requireV1Org(ctx);
  const body = bodyOf(ctx);
  const requestAccess = body.requestAccess as Record<string, unknown> | undefined;
  const ignores = body.ignores as Record<string, unknown> | undefined;
  // Validate everything before changing anything (partial update: absent keys stay).
  const enabled = expectBoolean(requestAccess?.enabled, 'requestAccess.enabled');
  const ignoreValues = {
    reasonRequired: expectBoolean(ignores?.reasonRequired, 'ignores.reasonRequired'),
    autoApproveIgnores: expectBoolean(ignores?.autoApproveIgnores, 'ignores.autoApproveIgnores'),
    approvalWorkflowEnabled: expectBoolean(
      ignores?.approvalWorkflowEnabled,
      'ignores.approvalWorkflowEnabled',
    ),
  };
  if (enabled !== undefined) org.settings.requestAccess.enabled = enabled;
  for (const [key, value] of Object.entries(ignoreValues)) {
    if (value !== undefined) org.settings.ignores[key as keyof typeof ignoreValues] = value;
  }
  return json(structuredClone(org.settings));
}

export function listOrgMembersV1(ctx: HandlerContext): EmuResponse {
  const { group, org } = requireV1Org(ctx);
  return json(
    org.members.map((m) => {
      const user = ctx.state.users.find((u) => u.id === m.userId);
      const role = group.orgRoles.find((r) => r.id === m.roleId);
      return {
        id: m.userId,
        name: user?.name ?? '',
        username: user?.username ?? '',
        email: user?.email ?? '',
        role: v1RoleName(role?.name ?? 'unknown'),
      };
    }),
  );
}

export function inviteV1(ctx: HandlerContext): EmuResponse {
  const { group, org } = requireV1Org(ctx);
  const body = bodyOf(ctx);
  if (typeof body.email !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(body.email)) {
    throw v1Fail(400, `email '${String(body.email)}' is not an email address`);
  }
  const isAdmin = expectBoolean(body.isAdmin, 'isAdmin') === true;
  const role =
    group.orgRoles.find((r) => r.name === (isAdmin ? 'Org Admin' : 'Org Collaborator')) ?? group.orgRoles[0];
  if (role === undefined) throw v1Fail(400, `Group ${group.id} has no org roles`);
  org.invites.push({ id: ctx.newId(), email: body.email, roleId: role.id, isActive: true });
  return { status: 200 };
}
