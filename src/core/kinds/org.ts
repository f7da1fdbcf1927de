// Orgs: identity by slug (or pinned id). Created from `name` (optionally from a template org),
// renamed by one update, deleted only with `prune.orgs` (it destroys projects and history).

import { Type as T } from '@sinclair/typebox';
import { orgAddress } from '../addresses.ts';
import { compareText, EXPORT_PATTERNS } from '../export-draft.ts';
import { matchOrgs } from '../org-match.ts';
import type { Json } from '../types.ts';
import { type ApplyEnv, deleteOnce, isNotFound, orgIdOf, written } from './apply-support.ts';
import {
  type ChangeOf,
  defineKind,
  emptyResult,
  type MissingObject,
  type OrgBinding,
  type PlanContext,
  updateOf,
} from './kind.ts';
import { createOrgOnce, deriveSlug } from './org-create.ts';
import { suspectedDuplicates } from './org-duplicates.ts';
import { Id, Text, target } from './targets.ts';

const targets = {
  create: target({
    groupId: Id,
    name: Text,
    orgSlug: Text,
    templateOrgId: T.Optional(Id),
    templateSlug: T.Optional(Text),
  }),
  update: target({ orgId: Id, name: Text }),
  delete: target({ orgId: Id }),
};

type OrgChange = ChangeOf<'org', typeof targets>;

function templateTarget(ctx: PlanContext, binding: OrgBinding) {
  const slug = binding.desired.template;
  if (slug === undefined) return { target: {}, dependsOn: [] };
  const inFile = ctx.orgs.find((other) => other.slug === slug);
  if (inFile?.live !== undefined) return { target: { templateOrgId: inFile.live.id }, dependsOn: [] };
  if (inFile?.createdBy !== undefined)
    return { target: { templateSlug: slug }, dependsOn: [inFile.createdBy] };
  const live = ctx.live.orgs.find((org) => org.slug === slug);
  return { target: live === undefined ? {} : { templateOrgId: live.id }, dependsOn: [] };
}

function planCreate(ctx: PlanContext, binding: OrgBinding): OrgChange {
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

function planBound(
  ctx: PlanContext,
  binding: OrgBinding,
  result: ReturnType<typeof emptyResult<OrgChange>>,
): void {
  const { desired, live } = binding;
  const address = orgAddress(binding.slug);
  if (live === undefined) {
    if (binding.createdBy === undefined) return;
    result.changes.push(planCreate(ctx, binding));
    const derived = deriveSlug(desired.name ?? '');
    if (derived !== binding.slug) {
      result.warnings.push({
        code: 'ORG_SLUG_MISMATCH',
        message: `Snyk derives the slug '${derived}' from the name '${desired.name}', not '${binding.slug}': after apply, write the slug Snyk reports into the file.`,
        address: address,
      });
    }
    return;
  }
  if (desired.name !== undefined && desired.name !== live.name) {
    result.changes.push({
      action: 'update',
      kind: 'org',
      address,
      ...updateOf({ name: live.name }, { name: desired.name }),
      dependsOn: [],
      target: { orgId: live.id, name: desired.name },
    });
  }
  if (live.slug !== binding.slug) {
    result.warnings.push({
      code: 'ORG_SLUG_DIFFERS',
      message: `The org pinned by id ${live.id} has the slug '${live.slug}' in Snyk, not '${binding.slug}' (a slug cannot be changed through the API).`,
      address: address,
    });
  }
}

/** Whether the org is still there: a 404 on reading it means it is gone. */
async function orgPresent(client: ApplyEnv['client'], orgId: string): Promise<boolean> {
  try {
    await client.getOrg(orgId);
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

export const orgKind = defineKind('org', targets).with({
  noun: { one: 'org', many: 'orgs' },
  phase: { create: 20, update: 30, delete: 70 },
  // The group's org list is read for every plan, by the reader itself: binding needs it.
  reads: {},
  plan(ctx) {
    const result = emptyResult<OrgChange>();
    for (const binding of ctx.orgs) planBound(ctx, binding, result);
    // With prune.orgs the plan deletes such an org anyway, and says so.
    if (!ctx.desired.prune.orgs) result.warnings.push(...suspectedDuplicates(ctx.orgs, ctx.live.orgs));
    if (!ctx.desired.prune.orgs) return result;
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
    return result;
  },
  apply: {
    create: ({ target: t, address }, env) => {
      const sourceOrgId =
        t.templateOrgId ?? (t.templateSlug ? env.ctx.orgIdsBySlug.get(t.templateSlug) : undefined);
      return createOrgOnce(
        { address, name: t.name, slug: t.orgSlug, ...(sourceOrgId ? { sourceOrgId } : {}) },
        env,
      );
    },
    update: ({ target: t, address }, { client, ctx }) =>
      written(client.updateOrg(orgIdOf(t, address, ctx), { name: t.name })),
    delete: ({ target: t, address }, { client, ctx }) => {
      const orgId = orgIdOf(t, address, ctx);
      return deleteOnce(
        address,
        () => client.deleteOrg(orgId),
        () => orgPresent(client, orgId),
      );
    },
  },
  simulate(live, change) {
    if (change.action === 'create') {
      const { name, orgSlug: slug } = change.target;
      live.orgs.push({ id: `sim:${change.address}`, name, slug, settings: {}, members: [], pending: [] });
    } else if (change.action === 'update') {
      const org = live.orgs.find((o) => o.id === change.target.orgId);
      if (org !== undefined) org.name = change.target.name;
    } else {
      live.orgs = live.orgs.filter((o) => o.id !== change.target.orgId);
    }
  },
  countLive: (live) => live.orgs.length,
  prepareDrift(desired, live) {
    const missing: MissingObject[] = [];
    const match = matchOrgs(live.orgs);
    desired.orgs = desired.orgs.filter((org) => {
      if (match(org) !== undefined) return true;
      const value: Record<string, Json> = { slug: org.slug };
      if (org.name !== undefined) value.name = org.name;
      if (org.id !== undefined) value.id = org.id;
      missing.push({ kind: 'org', address: orgAddress(org.slug), desired: value });
      return false;
    });
    return missing;
  },
  export(live, draft) {
    for (const org of [...live.orgs].sort((a, b) => compareText(a.slug, b.slug))) {
      if (!EXPORT_PATTERNS.slug.test(org.slug)) {
        draft.model.skipped.push(
          `org ${org.id} (its slug '${org.slug}' is not a valid slug in the config format)`,
        );
        continue;
      }
      draft.model.orgs.push({
        slug: org.slug,
        id: org.id,
        ...(EXPORT_PATTERNS.name(org.name) ? { name: org.name } : {}),
      });
    }
  },
});
