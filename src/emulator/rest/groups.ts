// REST groups (beta list/get), /self, and org invitations.
import { canSeeGroup } from '../access.ts';
import type { EmuResponse, HandlerContext } from '../request.ts';
import type { EmuGroup, EmuInvite } from '../state-types.ts';
import { JSONAPI, requireData, requireGroup, requireOrg, restFail, single } from './jsonapi.ts';
import { paginate } from './pagination.ts';

function groupResource(group: EmuGroup) {
  const resource: Record<string, unknown> = { id: group.id, type: 'group', attributes: { name: group.name } };
  if (group.tenantId !== undefined) resource.relationships = { tenant: { data: { id: group.tenantId } } };
  return resource;
}

export function listGroups(ctx: HandlerContext): EmuResponse {
  const groups = ctx.state.groups.filter((g) => canSeeGroup(g, ctx.user.id));
  const page = paginate(ctx, groups, (g) => `${String(ctx.state.groups.indexOf(g)).padStart(8, '0')}`);
  const data = page.items.map((g) => ({ id: g.id, type: 'group', attributes: { name: g.name } }));
  return { status: 200, body: { jsonapi: JSONAPI, data, links: page.links } };
}

export function getGroup(ctx: HandlerContext): EmuResponse {
  return single(ctx, groupResource(requireGroup(ctx, ctx.params.group_id ?? '')));
}

export function getSelf(ctx: HandlerContext): EmuResponse {
  const { user, token } = ctx;
  const type =
    token.kind === 'service_account' || user.type === 'service_account' ? 'service_account' : 'user';
  const attributes =
    type === 'user'
      ? {
          name: user.name,
          email: user.email,
          username: user.username,
          avatar_url: `https://s.gravatar.com/avatar/${user.id.replace(/-/g, '')}`,
        }
      : { name: user.name };
  return single(ctx, { id: user.id, type, attributes });
}

function inviteResource(orgId: string, invite: EmuInvite) {
  return {
    id: invite.id,
    type: 'org_invitation',
    attributes: { email: invite.email, is_active: invite.isActive, role: invite.roleId },
    relationships: { org: { data: { id: orgId, type: 'org' }, links: { related: `/orgs/${orgId}` } } },
  };
}

export function listInvites(ctx: HandlerContext): EmuResponse {
  const { org } = requireOrg(ctx, ctx.params.org_id ?? '');
  const page = paginate(
    ctx,
    org.invites,
    (i) => `${String(org.invites.indexOf(i)).padStart(8, '0')}\u0000${i.id}`,
  );
  const data = page.items.map((i) => inviteResource(org.id, i));
  return { status: 200, body: { jsonapi: JSONAPI, data, links: page.links } };
}

export function createInvite(ctx: HandlerContext): EmuResponse {
  const { group, org } = requireOrg(ctx, ctx.params.org_id ?? '');
  const data = requireData(ctx);
  if (data.type !== 'org_invitation') {
    throw restFail(400, `data.type '${String(data.type)}' must be 'org_invitation'`, {
      source: { pointer: '/data/type' },
    });
  }
  const attributes = (data.attributes ?? {}) as { email?: unknown; role?: unknown };
  if (typeof attributes.email !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(attributes.email)) {
    throw restFail(400, `email '${String(attributes.email)}' is not an email address`, {
      source: { pointer: '/data/attributes/email' },
    });
  }
  const roleId = typeof attributes.role === 'string' ? attributes.role : group.orgRoles[0]?.id;
  if (roleId === undefined || !group.orgRoles.some((r) => r.id === roleId)) {
    throw restFail(404, `Org role ${String(attributes.role)} not found`, { code: 'entity-not-found' });
  }
  const email = attributes.email;
  const invite: EmuInvite = { id: ctx.newId(), email, roleId, isActive: true };
  org.invites.push(invite);
  return single(ctx, inviteResource(org.id, invite), 201);
}

export function deleteInvite(ctx: HandlerContext): EmuResponse {
  const { org } = requireOrg(ctx, ctx.params.org_id ?? '');
  const id = ctx.params.invite_id ?? '';
  if (!org.invites.some((i) => i.id === id)) {
    throw restFail(404, `Invitation ${id} not found in org ${org.id}`, { code: 'entity-not-found' });
  }
  org.invites = org.invites.filter((i) => i.id !== id);
  return { status: 204 };
}
