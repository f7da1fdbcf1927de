// The REST membership endpoints of orgs, groups and tenants,
// `/{scope}s/{scope_id}/memberships[/{membership_id}]`: one list (filters, sort), create (409
// when already a member), role update and delete, parameterised by the scope. What differs
// between the three (where the roles are, a group's membership count and cascade, a tenant's
// owner, an org's data.id check) is the scope's; how each is shown is serialize.ts's.
import type { Handler, HandlerContext } from '../request.ts';
import type { EmuMembership, EmuRole } from '../state-types.ts';
import { expectType, JSONAPI, requireData, requireRelationshipId, restFail, single } from './jsonapi.ts';
import { filterMemberships, orderMemberships } from './list-order.ts';
import { paginate } from './pagination.ts';
import { type MembershipScopeName, membershipResource } from './serialize.ts';

/** An org, group or tenant: its `members` are the memberships. */
export interface Holder {
  id: string;
  name: string;
  members: EmuMembership[];
  ownerId?: string;
}

/** The org, group or tenant a membership path names, and the roles its memberships may have. */
export interface ScopeHolder<H extends Holder = Holder> {
  holder: H;
  roles: readonly EmuRole[];
  /** Where `roles` are defined, when not on the holder (an org's are its group's). */
  rolesOf?: string;
}

export interface MembershipScope<H extends Holder = Holder> {
  name: MembershipScopeName;
  /** The holder the path's id names (404 when unknown, 403 when the token's user cannot see it). */
  locate(ctx: HandlerContext, id: string): ScopeHolder<H>;
  /** The `sort_order` of a list sorted without one. */
  defaultOrder?: 'DESC';
  /** A listed membership's `meta`, when the request asks for one. */
  listMeta?(ctx: HandlerContext, m: EmuMembership): Record<string, unknown> | undefined;
  /** A role update's checks beyond the role. */
  checkUpdate?(data: Record<string, unknown>, membership: EmuMembership): void;
  /** Before a membership is deleted: refuses the delete (throws) or removes what goes with it. */
  beforeDelete?(ctx: HandlerContext, scoped: ScopeHolder<H>, membership: EmuMembership): void;
}

export interface MembershipHandlers {
  list: Handler;
  create: Handler;
  update: Handler;
  delete: Handler;
}

export function membershipHandlers<H extends Holder>(scope: MembershipScope<H>): MembershipHandlers {
  const type = `${scope.name}_membership`;
  const label = `${scope.name[0]?.toUpperCase()}${scope.name.slice(1)}`;
  const locate = (ctx: HandlerContext) => scope.locate(ctx, ctx.params[`${scope.name}_id`] ?? '');
  const serialize = (ctx: HandlerContext, { holder, roles }: ScopeHolder<H>, m: EmuMembership) =>
    membershipResource(ctx.state, scope.name, holder, roles, m);
  const requireRole = ({ roles, rolesOf }: ScopeHolder<H>, roleId: string) => {
    if (!roles.some((r) => r.id === roleId)) {
      const where = rolesOf === undefined ? '' : ` in ${rolesOf}`;
      throw restFail(404, `${label} role ${roleId} not found${where}`, { code: 'entity-not-found' });
    }
  };
  const requireMembership = (ctx: HandlerContext, scoped: ScopeHolder<H>): EmuMembership => {
    const id = ctx.params.membership_id ?? '';
    const membership = scoped.holder.members.find((m) => m.id === id);
    if (membership === undefined) {
      throw restFail(404, `Membership ${id} not found in ${scope.name} ${scoped.holder.id}`, {
        code: 'entity-not-found',
      });
    }
    return membership;
  };

  return {
    list(ctx) {
      const scoped = locate(ctx);
      const items = scoped.holder.members.map((m) => ({ m }));
      const filtered = filterMemberships(ctx, items, scoped.roles);
      const ordered = orderMemberships(ctx, filtered, scoped.roles, scope.defaultOrder);
      const page = paginate(ctx, ordered.items, ordered.key, ordered.descending);
      const data = page.items.map(({ m }) => {
        const meta = scope.listMeta?.(ctx, m);
        const resource = serialize(ctx, scoped, m);
        return meta === undefined ? resource : { ...resource, meta };
      });
      return { status: 200, body: { jsonapi: JSONAPI, data, links: page.links } };
    },

    create(ctx) {
      const scoped = locate(ctx);
      const { holder } = scoped;
      const data = requireData(ctx);
      expectType(data, type);
      const related = requireRelationshipId(data, scope.name);
      const roleId = requireRelationshipId(data, 'role');
      const userId = requireRelationshipId(data, 'user');
      if (related !== holder.id) {
        throw restFail(
          400,
          `relationships.${scope.name}.data.id '${related}' does not match the ${scope.name} in the path (${holder.id})`,
          { source: { pointer: `/data/relationships/${scope.name}/data/id` } },
        );
      }
      requireRole(scoped, roleId);
      if (!ctx.state.users.some((u) => u.id === userId)) {
        throw restFail(404, `User ${userId} not found`, { code: 'entity-not-found' });
      }
      if (holder.members.some((m) => m.userId === userId)) {
        throw restFail(409, `User ${userId} is already a member of ${scope.name} ${holder.id}`, {
          code: 'conflict',
        });
      }
      const membership: EmuMembership = { id: ctx.newId(), userId, roleId, createdAt: ctx.now.toISOString() };
      holder.members.push(membership);
      return single(ctx, serialize(ctx, scoped, membership), 201);
    },

    update(ctx) {
      const scoped = locate(ctx);
      const membership = requireMembership(ctx, scoped);
      const data = requireData(ctx);
      expectType(data, type);
      scope.checkUpdate?.(data, membership);
      const roleId = requireRelationshipId(data, 'role');
      requireRole(scoped, roleId);
      membership.roleId = roleId;
      return { status: 204 };
    },

    delete(ctx) {
      const scoped = locate(ctx);
      const membership = requireMembership(ctx, scoped);
      scope.beforeDelete?.(ctx, scoped, membership);
      scoped.holder.members = scoped.holder.members.filter((m) => m !== membership);
      return { status: 204 };
    },
  };
}
