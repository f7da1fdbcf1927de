// v1 project move and project ignores, from the spec (`PUT /org/{orgId}/project/{projectId}/move`,
// schema Projectmove; `/org/{orgId}/project/{projectId}/ignores` and `…/ignore/{issueId}`, schemas
// Ignorerule and Ignorerules). The list answers as real clients read it, which the spec's
// `Allignores` schema only names generically: `{ "<issueId>": [ { "<path>": {…} } ] }`, `{}` for
// none. A POST replaces the issue's ignore; with the reality switch `ignorePostAppends`
// (REALITY.md §21) it adds a second one beside it.
import { canSeeGroup, findOrg } from '../access.ts';
import type { EmuResponse, HandlerContext } from '../request.ts';
import type { EmuIgnore, EmuProject } from '../state-types.ts';
import { bodyOf, json, requireV1Org, v1Fail } from './common.ts';

const REASON_TYPES = new Set(['not-vulnerable', 'wont-fix', 'temporary-ignore']);

function requireProject(ctx: HandlerContext): { project: EmuProject; orgId: string } {
  const { org } = requireV1Org(ctx);
  const id = ctx.params.projectId ?? '';
  const project = (org.projects ?? []).find((p) => p.id === id);
  if (project === undefined) throw v1Fail(404, `Project ${id} not found in org ${org.id}`);
  return { project, orgId: org.id };
}

export function moveProject(ctx: HandlerContext): EmuResponse {
  const { org, group } = requireV1Org(ctx);
  const { project } = requireProject(ctx);
  const targetOrgId = bodyOf(ctx).targetOrgId;
  if (typeof targetOrgId !== 'string' || targetOrgId === '') throw v1Fail(400, 'targetOrgId is required');
  const target = findOrg(ctx.state, targetOrgId);
  if (target === undefined) throw v1Fail(404, `Org ${targetOrgId} not found`);
  if (!canSeeGroup(target.group, ctx.user.id) || target.group !== group)
    throw v1Fail(403, `The token may not move projects to org ${targetOrgId}`);
  if (target.org !== org) {
    org.projects = (org.projects ?? []).filter((p) => p !== project);
    target.org.projects = [...(target.org.projects ?? []), project];
  }
  return json({ originOrg: org.id, destinationOrg: target.org.id, movedProject: project.id });
}

function listed(ignores: readonly EmuIgnore[]): Record<string, Record<string, unknown>[]> {
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const i of ignores) {
    const detail: Record<string, unknown> = {
      reason: i.reason,
      reasonType: i.reasonType,
      created: i.created,
      ignoredBy: i.ignoredBy,
      disregardIfFixable: i.disregardIfFixable,
    };
    if (i.expires !== undefined) detail.expires = i.expires;
    const entries = out[i.issueId] ?? [];
    entries.push({ [i.path]: detail });
    out[i.issueId] = entries;
  }
  return out;
}

export function listProjectIgnores(ctx: HandlerContext): EmuResponse {
  return json(listed(requireProject(ctx).project.ignores ?? []));
}

export function getProjectIgnore(ctx: HandlerContext): EmuResponse {
  const issueId = ctx.params.issueId ?? '';
  const mine = (requireProject(ctx).project.ignores ?? []).filter((i) => i.issueId === issueId);
  if (mine.length === 0) throw v1Fail(404, `Issue ${issueId} is not ignored`);
  return json(listed(mine)[issueId]);
}

/** One Ignorerule body as an ignore of the token's user, or 400. */
function ignoreOf(ctx: HandlerContext, raw: unknown): EmuIgnore {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    throw v1Fail(400, 'An ignore rule must be an object');
  const rule = raw as Record<string, unknown>;
  const { ignorePath, reason, reasonType, disregardIfFixable, expires } = rule;
  if (typeof reasonType !== 'string' || !REASON_TYPES.has(reasonType))
    throw v1Fail(400, 'reasonType must be one of not-vulnerable, wont-fix, temporary-ignore');
  if (typeof disregardIfFixable !== 'boolean') throw v1Fail(400, 'disregardIfFixable is required');
  if (reason !== undefined && typeof reason !== 'string') throw v1Fail(400, 'reason must be a string');
  if (ignorePath !== undefined && typeof ignorePath !== 'string')
    throw v1Fail(400, 'ignorePath must be a string');
  if (expires !== undefined && (typeof expires !== 'string' || Number.isNaN(Date.parse(expires))))
    throw v1Fail(400, 'expires must be a timestamp');
  const ignore: EmuIgnore = {
    issueId: ctx.params.issueId ?? '',
    path: ignorePath === undefined || ignorePath === '' ? '*' : ignorePath,
    reason: reason ?? '',
    reasonType: reasonType as EmuIgnore['reasonType'],
    disregardIfFixable,
    created: ctx.now.toISOString(),
    ignoredBy: { id: ctx.user.id, name: ctx.user.name, email: ctx.user.email },
  };
  if (typeof expires === 'string') ignore.expires = new Date(expires).toISOString();
  return ignore;
}

function issueOf(ctx: HandlerContext): string {
  const issueId = ctx.params.issueId ?? '';
  if (!/^[A-Za-z0-9][A-Za-z0-9:._-]{0,199}$/.test(issueId)) throw v1Fail(400, `Invalid issue id ${issueId}`);
  return issueId;
}

export function addProjectIgnore(ctx: HandlerContext): EmuResponse {
  const { project } = requireProject(ctx);
  const issueId = issueOf(ctx);
  const ignore = ignoreOf(ctx, bodyOf(ctx));
  const others = (project.ignores ?? []).filter(
    (i) => i.issueId !== issueId || ctx.reality.ignorePostAppends,
  );
  project.ignores = [...others, ignore];
  return json(listed([ignore])[issueId]);
}

export function replaceProjectIgnores(ctx: HandlerContext): EmuResponse {
  const { project } = requireProject(ctx);
  const issueId = issueOf(ctx);
  let raw: unknown;
  try {
    raw = JSON.parse(ctx.req.rawBody ?? '');
  } catch {
    throw v1Fail(400, 'Request body must be a JSON array of ignore rules');
  }
  if (!Array.isArray(raw)) throw v1Fail(400, 'Request body must be a JSON array of ignore rules');
  const ignores = raw.map((rule) => ignoreOf(ctx, rule));
  project.ignores = [...(project.ignores ?? []).filter((i) => i.issueId !== issueId), ...ignores];
  return json(ignores.map((i) => listed([i])[issueId]![0]));
}

export function deleteProjectIgnores(ctx: HandlerContext): EmuResponse {
  const { project } = requireProject(ctx);
  const issueId = issueOf(ctx);
  if (!(project.ignores ?? []).some((i) => i.issueId === issueId))
    throw v1Fail(404, `Issue ${issueId} is not ignored`);
  project.ignores = (project.ignores ?? []).filter((i) => i.issueId !== issueId);
  return { status: 200 };
}
