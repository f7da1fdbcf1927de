// REST targets (GA 2024-02-21), from the spec's listOrgTargets / deleteOrgTarget (PublicTarget):
// the org's targets with `display_name`, `url` and the integration's type, paginated; a delete
// answers 204 and removes the target's projects with it. Reality mode (REALITY.md §23): the
// repository of the first SCM target is also a `cli` target of the same display name, and
// SCM targets' `url` is null.
import type { EmuResponse, HandlerContext } from '../request.ts';
import type { EmuOrg, EmuTarget } from '../state-types.ts';
import { JSONAPI, requireOrg, restFail } from './jsonapi.ts';
import { paginate } from './pagination.ts';

function targetResource(org: EmuOrg, t: EmuTarget, realNames: boolean) {
  return {
    id: t.id,
    type: 'target',
    attributes: {
      display_name: t.displayName,
      url: realNames && t.integrationType !== 'cli' ? null : t.url,
      is_private: t.isPrivate,
      created_at: t.createdAt,
    },
    relationships: {
      integration: {
        data: {
          id: t.integrationId ?? null,
          type: 'integration',
          attributes: { integration_type: t.integrationType },
        },
      },
      organization: { data: { id: org.id, type: 'org' } },
    },
  };
}

/** The same repository uploaded from the CLI (a twin of the first SCM target, ids derived from it). */
function cliTwin(targets: EmuTarget[]): EmuTarget[] {
  const scm = targets.find((t) => t.integrationType !== 'cli');
  if (
    scm === undefined ||
    targets.some((t) => t.integrationType === 'cli' && t.displayName === scm.displayName)
  )
    return targets;
  const id = `${scm.id.slice(0, -4)}c11e`;
  return [...targets, { ...scm, id, integrationType: 'cli', url: null, createdAt: scm.createdAt }];
}

export function listOrgTargets(ctx: HandlerContext): EmuResponse {
  const { org } = requireOrg(ctx, ctx.params.org_id ?? '');
  const realNames = ctx.reality.targetsRealNames === true;
  const all = realNames ? cliTwin(org.targets ?? []) : (org.targets ?? []);
  const key = (t: EmuTarget) => `${t.createdAt}\u0000${t.id}`;
  const sorted = [...all].sort((a, b) => (key(a) < key(b) ? -1 : 1));
  const page = paginate(ctx, sorted, key);
  const data = page.items.map((t) => targetResource(org, t, realNames));
  return { status: 200, body: { jsonapi: JSONAPI, data, links: page.links } };
}

export function deleteOrgTarget(ctx: HandlerContext): EmuResponse {
  const { org } = requireOrg(ctx, ctx.params.org_id ?? '');
  const id = ctx.params.target_id ?? '';
  const target = (org.targets ?? []).find((t) => t.id === id);
  if (target === undefined)
    throw restFail(404, `Target ${id} not found in org ${org.id}`, { code: 'entity-not-found' });
  org.targets = (org.targets ?? []).filter((t) => t !== target);
  org.projects = (org.projects ?? []).filter((p) => p.targetId !== id);
  return { status: 204 };
}
