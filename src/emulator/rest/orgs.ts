// REST orgs: list (all visible / per group), get, and PATCH (name is the only updatable attribute).
import { canSeeGroup } from '../access.ts';
import type { EmuResponse, HandlerContext } from '../request.ts';
import type { EmuGroup, EmuOrg } from '../state-types.ts';
import {
  applyName,
  expectType,
  JSONAPI,
  requireData,
  requireGroup,
  requireOrg,
  restFail,
  single,
} from './jsonapi.ts';
import { paginate } from './pagination.ts';
import { createdKey, listedOrg, orgAttributes, roleOf } from './serialize.ts';

interface Located {
  group: EmuGroup;
  org: EmuOrg;
}

export function listOrgs(ctx: HandlerContext): EmuResponse {
  const q = ctx.req.query;
  const groupId = q.get('group_id');
  const slug = q.get('slug');
  const name = q.get('name')?.toLowerCase();
  const isPersonal = q.get('is_personal');
  if (isPersonal !== null && isPersonal !== 'true' && isPersonal !== 'false') {
    throw restFail(400, `is_personal '${isPersonal}' must be true or false`, {
      source: { parameter: 'is_personal' },
    });
  }
  const expandRole = (q.get('expand') ?? '').split(',').includes('member_role');
  const items: Located[] = [];
  for (const group of ctx.state.groups) {
    if (!canSeeGroup(group, ctx.user.id)) continue;
    if (groupId !== null && group.id !== groupId) continue;
    for (const org of group.orgs) {
      if (slug !== null && org.slug !== slug) continue;
      if (name !== undefined && !org.name.toLowerCase().includes(name)) continue;
      if (isPersonal !== null && (org.isPersonal === true) !== (isPersonal === 'true')) continue;
      items.push({ group, org });
    }
  }
  const key = (x: Located) => createdKey(x.org);
  items.sort((a, b) => (key(a) < key(b) ? -1 : 1));
  const page = paginate(ctx, items, key);
  const data = page.items.map(({ group, org }) => {
    const resource = listedOrg(group, org);
    const membership = org.members.find((m) => m.userId === ctx.user.id);
    if (expandRole && membership !== undefined) {
      const role = roleOf(group.orgRoles, membership.roleId);
      resource.relationships = {
        member_role: { data: { id: role.id, type: 'org_role', attributes: { name: role.name } } },
      };
    }
    return resource;
  });
  return { status: 200, body: { jsonapi: JSONAPI, data, links: page.links } };
}

export function listGroupOrgs(ctx: HandlerContext): EmuResponse {
  const group = requireGroup(ctx, ctx.params.group_id ?? '');
  const name = ctx.req.query.get('name')?.toLowerCase();
  const slug = ctx.req.query.get('slug');
  const key = (org: EmuOrg) => `${org.name.toLowerCase()}\u0000${org.name}\u0000${org.id}`;
  const orgs = group.orgs
    .filter(
      (o) =>
        (name === undefined || o.name.toLowerCase().includes(name)) && (slug === null || o.slug === slug),
    )
    .sort((a, b) => (key(a) < key(b) ? -1 : 1));
  const page = paginate(ctx, orgs, key);
  return {
    status: 200,
    body: { jsonapi: JSONAPI, data: page.items.map((org) => listedOrg(group, org)), links: page.links },
  };
}

export function getOrg(ctx: HandlerContext): EmuResponse {
  const { group, org } = requireOrg(ctx, ctx.params.org_id ?? '');
  const resource: Record<string, unknown> = {
    id: org.id,
    type: 'org',
    attributes: orgAttributes(group, org),
  };
  if ((ctx.req.query.get('expand') ?? '').split(',').includes('tenant') && group.tenantId !== undefined) {
    resource.relationships = { tenant: { data: { id: group.tenantId, type: 'tenant' } } };
  }
  return single(ctx, resource);
}

export function updateOrg(ctx: HandlerContext): EmuResponse {
  const orgId = ctx.params.org_id ?? '';
  const { group, org } = requireOrg(ctx, orgId);
  const data = requireData(ctx);
  expectType(data, 'org');
  if (data.id !== orgId) {
    throw restFail(409, `data.id '${String(data.id)}' does not match the org in the path (${orgId})`, {
      source: { pointer: '/data/id' },
    });
  }
  const attributes = (data.attributes ?? {}) as Record<string, unknown>;
  const unknown = Object.keys(attributes).filter((k) => k !== 'name');
  if (unknown.length > 0) {
    throw restFail(400, `attribute '${unknown[0]}' cannot be updated: name is the only updatable attribute`, {
      source: { pointer: `/data/attributes/${unknown[0]}` },
    });
  }
  applyName(ctx, org, attributes.name);
  return single(ctx, listedOrg(group, org));
}
