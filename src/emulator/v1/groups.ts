// v1 group endpoints: settings, tags (no create: a tag exists while projects carry it), org roles
// (the only role catalogue the API offers) and members.
import { untagProjects } from '../project-tags.ts';
import type { EmuResponse, HandlerContext } from '../request.ts';
import { bodyOf, json, requireV1Group, v1Fail, v1RoleName } from './common.ts';

export function getGroupSettings(ctx: HandlerContext): EmuResponse {
  return json(structuredClone(requireV1Group(ctx).settings));
}

export function putGroupSettings(ctx: HandlerContext): EmuResponse {
  const group = requireV1Group(ctx);
  const body = bodyOf(ctx);
  const { sessionLength } = body;
  if (
    sessionLength !== undefined &&
    sessionLength !== null &&
    !(
      typeof sessionLength === 'number' &&
      Number.isInteger(sessionLength) &&
      sessionLength >= 1 &&
      sessionLength <= 43200
    )
  ) {
    throw v1Fail(
      400,
      `sessionLength ${JSON.stringify(sessionLength)} must be an integer from 1 to 43200 (minutes) or null`,
    );
  }
  const enabled = (body.requestAccess as { enabled?: unknown } | undefined)?.enabled;
  if (enabled !== undefined && typeof enabled !== 'boolean') {
    throw v1Fail(400, `requestAccess.enabled must be a boolean, got ${JSON.stringify(enabled)}`);
  }
  if (sessionLength !== undefined) group.settings.sessionLength = sessionLength as number | null;
  if (enabled !== undefined) group.settings.requestAccess.enabled = enabled;
  return json(structuredClone(group.settings));
}

function positiveInt(raw: string | null, name: string, fallback: number): number {
  if (raw === null) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw v1Fail(400, `${name} '${raw}' must be a positive integer`);
  return n;
}

export function listGroupTags(ctx: HandlerContext): EmuResponse {
  const group = requireV1Group(ctx);
  const perPage = positiveInt(ctx.req.query.get('perPage'), 'perPage', 1000);
  const page = positiveInt(ctx.req.query.get('page'), 'page', 1);
  const tags = group.tags
    .slice((page - 1) * perPage, page * perPage)
    .map((t) => ({ key: t.key, value: t.value }));
  return json({ tags });
}

export function deleteGroupTag(ctx: HandlerContext): EmuResponse {
  const group = requireV1Group(ctx);
  const body = bodyOf(ctx);
  const { key, value, force } = body;
  if (typeof key !== 'string' || typeof value !== 'string')
    throw v1Fail(400, 'key and value (strings) are required');
  if (force !== undefined && typeof force !== 'boolean') throw v1Fail(400, 'force must be a boolean');
  const tag = group.tags.find((t) => t.key === key && t.value === value);
  if (tag === undefined) throw v1Fail(404, `Tag ${key}:${value} not found in group ${group.id}`);
  if ((tag.projectCount ?? 0) > 0 && force !== true) {
    throw v1Fail(
      400,
      `Tag ${key}:${value} is still applied to ${tag.projectCount} projects; delete it with force: true to remove it from them`,
    );
  }
  group.tags = group.tags.filter((t) => t !== tag);
  if (force === true) untagProjects(group, tag);
  return json(force === undefined ? { key, value } : { key, value, force });
}

export function listGroupRoles(ctx: HandlerContext): EmuResponse {
  const group = requireV1Group(ctx);
  return json(
    group.orgRoles.map((r) => ({
      name: r.name,
      description: r.description ?? r.name,
      publicId: r.id,
      created: '2021-04-22T16:02:53.233Z',
      modified: '2021-04-22T16:02:53.332Z',
      customRole: r.custom === true,
    })),
  );
}

export function listGroupMembersV1(ctx: HandlerContext): EmuResponse {
  const group = requireV1Group(ctx);
  const userIds = new Set([
    ...group.members.map((m) => m.userId),
    ...group.orgs.flatMap((o) => o.members.map((m) => m.userId)),
  ]);
  return json(
    [...userIds].map((userId) => {
      const user = ctx.state.users.find((u) => u.id === userId);
      const groupMembership = group.members.find((m) => m.userId === userId);
      const groupRole = group.groupRoles.find((r) => r.id === groupMembership?.roleId);
      const orgs = group.orgs.flatMap((o) =>
        o.members
          .filter((m) => m.userId === userId)
          .map((m) => ({
            name: o.name,
            role: v1RoleName(group.orgRoles.find((r) => r.id === m.roleId)?.name ?? ''),
          })),
      );
      const entry: Record<string, unknown> = {
        id: userId,
        name: user?.name ?? '',
        username: user?.username ?? '',
        email: user?.email ?? '',
        orgs,
      };
      if (groupRole !== undefined) entry.groupRole = groupRole.name;
      return entry;
    }),
  );
}
