// Orgs: identity by slug (or pinned id). Created from `name` (optionally from a template org),
// renamed by one update, deleted only with `prune.orgs` (it destroys projects and history).
import jsonpatch from 'fast-json-patch';
import { orgAddress } from '../addresses.ts';
import type { Change } from '../types.ts';
import { emptyResult, type KindModule, type OrgBinding, type PlanContext } from './kind.ts';

/** The slug Snyk derives from a name: lowercase, non-alphanumerics → '-', trimmed. */
export function deriveSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function templateTarget(
  ctx: PlanContext,
  binding: OrgBinding,
): { target: Record<string, string>; dependsOn: string[] } {
  const slug = binding.desired.template;
  if (slug === undefined) return { target: {}, dependsOn: [] };
  const inFile = ctx.orgs.find((other) => other.slug === slug);
  if (inFile?.live !== undefined) return { target: { templateOrgId: inFile.live.id }, dependsOn: [] };
  if (inFile?.createdBy !== undefined) {
    return { target: { templateSlug: slug }, dependsOn: [inFile.createdBy] };
  }
  const live = ctx.live.orgs.find((org) => org.slug === slug);
  return { target: live === undefined ? {} : { templateOrgId: live.id }, dependsOn: [] };
}

function planCreate(ctx: PlanContext, binding: OrgBinding): Change {
  const name = binding.desired.name ?? binding.slug;
  const template = templateTarget(ctx, binding);
  const after: Record<string, string> = { name, slug: binding.slug };
  if (binding.desired.template !== undefined) after.template = binding.desired.template;
  return {
    action: 'create',
    kind: 'org',
    address: orgAddress(binding.slug),
    before: null,
    after,
    patch: [],
    dependsOn: template.dependsOn,
    // orgSlug lets apply resolve the new org's id for the changes that depend on it.
    target: { groupId: ctx.desired.group.id, name, orgSlug: binding.slug, ...template.target },
  };
}

export const orgKind: KindModule = {
  kind: 'org',
  phase: { create: 20, update: 30, delete: 70 },
  plan(ctx) {
    const result = emptyResult();
    for (const binding of ctx.orgs) {
      const { desired, live } = binding;
      if (live === undefined) {
        if (binding.createdBy === undefined) continue;
        result.changes.push(planCreate(ctx, binding));
        const derived = deriveSlug(desired.name ?? '');
        if (derived !== binding.slug) {
          result.warnings.push({
            code: 'ORG_SLUG_MISMATCH',
            message: `Snyk derives the slug '${derived}' from the name '${desired.name}', not '${binding.slug}': after apply, write the slug Snyk reports into the file.`,
            address: orgAddress(binding.slug),
          });
        }
        continue;
      }
      if (desired.name !== undefined && desired.name !== live.name) {
        const before = { name: live.name };
        const after = { name: desired.name };
        result.changes.push({
          action: 'update',
          kind: 'org',
          address: orgAddress(binding.slug),
          before,
          after,
          patch: jsonpatch.compare(before, after),
          dependsOn: [],
          target: { orgId: live.id, name: desired.name },
        });
      }
      if (live.slug !== binding.slug) {
        result.warnings.push({
          code: 'ORG_SLUG_DIFFERS',
          message: `The org pinned by id ${live.id} has the slug '${live.slug}' in Snyk, not '${binding.slug}' (a slug cannot be changed through the API).`,
          address: orgAddress(binding.slug),
        });
      }
    }
    if (ctx.desired.prune.orgs) {
      const kept = new Set(
        ctx.orgs.flatMap((binding) => (binding.live === undefined ? [] : [binding.live.id])),
      );
      for (const live of ctx.live.orgs) {
        if (kept.has(live.id)) continue;
        result.changes.push({
          action: 'delete',
          kind: 'org',
          address: orgAddress(live.slug),
          before: { name: live.name, slug: live.slug },
          after: null,
          patch: [],
          dependsOn: [],
          target: { orgId: live.id },
          note: 'Deleting an org destroys its projects and history.',
        });
      }
    }
    return result;
  },
};
