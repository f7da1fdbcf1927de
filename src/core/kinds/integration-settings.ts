// Integration settings (v1): per org and integration type, only the keys the file lists are
// managed. The API cannot add an integration (that needs SCM credentials), so a listed type
// the org lacks is a warning, unless `from` names an org to clone it from (integration-clone.ts,
// a `create`). An org this plan creates from a template gets the template's
// integrations from Snyk; its listed settings are written right after the creation, so one
// apply converges (its live settings cannot be read before it exists).
import { Type as T } from '@sinclair/typebox';
import { integrationAddress, orgAddress } from '../addresses.ts';
import { INTEGRATION_TYPES, IntegrationSettingsSchema } from '../desired-integrations.ts';
import { mergeDeep } from '../json.ts';
import { matchOrgs } from '../org-match.ts';
import type { DesiredOrg, Json, LiveOrg, Warning } from '../types.ts';
import { ApplyError, orgIdOf, written } from './apply-support.ts';
import { cloneSourceReads, integrationListRead } from './clone-source-reads.ts';
import { applyClone, type CloneWish, cloneTarget, planClones, simulateClone } from './integration-clone.ts';
import { alignSettingNames } from './integration-names.ts';
import { type ChangeOf, defineKind, emptyResult, type OrgBinding, type PlanContext } from './kind.ts';
import { type LiveRead, liveRead } from './live-read.ts';
import { findOrgOf, orgDependencies, orgTarget, plannableOrgs } from './org-scope.ts';
import { mergeSettings, pickBySchema, settingsChange } from './settings-diff.ts';
import { Id, orgScoped, Text } from './targets.ts';
import { liveTemplateOf } from './template-source.ts';

const targets = {
  create: cloneTarget,
  update: orgScoped({ integrationType: Text, integrationId: T.Optional(Id) }),
};

export type IntegrationTargets = typeof targets;

type IntegrationChange = ChangeOf<'integration_settings', typeof targets>;
type Listed = Record<string, { from?: string; settings?: Record<string, unknown> }>;

const MISSING = 'INTEGRATION_MISSING';

const listedOf = (want: DesiredOrg): Listed => (want.integrations ?? {}) as Listed;

const hasSettings = (spec: { settings?: Record<string, unknown> } | undefined) =>
  spec?.settings !== undefined && Object.keys(spec.settings).length > 0;

/** The org's integration list, then the settings of the listed types it has: one read. */
function integrationsRead(want: DesiredOrg, org: LiveOrg): LiveRead {
  return liveRead(
    orgAddress(want.slug).at('integrations'),
    async (client) => {
      const list = await client.listIntegrations(org.id);
      const types = Object.entries(listedOf(want)).filter(
        ([type, spec]) => list[type] !== undefined && spec.settings !== undefined,
      );
      const settings = await Promise.all(
        types.map(
          async ([type]) => [type, await client.getIntegrationSettings(org.id, list[type]!)] as const,
        ),
      );
      return { list, settings: Object.fromEntries(settings) };
    },
    ({ list, settings }) => {
      org.integrations = list;
      org.integrationSettings = settings;
    },
  );
}

function missing(binding: OrgBinding, type: string, why: string): Warning {
  return {
    code: MISSING,
    message: `Org '${binding.slug}' has no ${type} integration${why}; adding one needs SCM credentials, which never go in this file: connect it in Snyk, or name an org to clone it from with 'from'; its settings are managed from then on.`,
    address: integrationAddress(binding.slug, type),
  };
}

function planOrg(
  ctx: PlanContext,
  binding: OrgBinding,
  result: ReturnType<typeof emptyResult<IntegrationChange>>,
  clones: CloneWish[],
) {
  const live = binding.live;
  // A new org has what its template has (or nothing without a template).
  const source = live ?? liveTemplateOf(ctx.desired, ctx.live, binding.desired);
  const types = source?.integrations ?? {};
  for (const [type, spec] of Object.entries(listedOf(binding.desired))) {
    const id = types[type];
    if (id === undefined && spec.from !== undefined) {
      clones.push({ binding, type, from: spec.from, settings: spec.settings });
      continue;
    }
    if (id === undefined) {
      const why =
        live !== undefined
          ? ''
          : source === undefined
            ? ' (it is created without a template to copy integrations from)'
            : ` (it is created from '${source.slug}', which has none)`;
      result.warnings.push(missing(binding, type, why));
      continue;
    }
    if (!hasSettings(spec)) continue;
    const current = live?.integrationSettings?.[type];
    const wanted = alignSettingNames(spec.settings!, current);
    const change = settingsChange(wanted, live && { current });
    if (change === undefined) continue;
    result.changes.push({
      action: 'update',
      kind: 'integration_settings',
      address: integrationAddress(binding.slug, type),
      dependsOn: orgDependencies(binding),
      ...change,
      target: { ...orgTarget(binding), integrationType: type, ...(live && { integrationId: id }) },
      ...(live === undefined && {
        note: `Written once the org exists: Snyk copies the integrations of '${source!.slug}' into it, and their live settings cannot be read before.`,
      }),
    });
  }
}

export const integrationSettingsKind = defineKind('integration_settings', targets).with({
  noun: { one: 'integration', many: 'integrations' },
  phase: { create: 34, update: 35 },
  reads: {
    org: (_desired, want, org) => (want.integrations === undefined ? [] : [integrationsRead(want, org)]),
    // The template of an org this plan creates: which integrations the new org will have. Not
    // needed when the template's own entry lists integrations (its read has the list).
    afterOrgs(desired, live) {
      const match = matchOrgs(live.orgs);
      const templates = desired.orgs.flatMap((want) => {
        if (want.integrations === undefined || match(want) !== undefined) return [];
        const source = liveTemplateOf(desired, live, want);
        if (source === undefined) return [];
        const entry = desired.orgs.find((o) => match(o) === source);
        if (entry?.integrations !== undefined) return [];
        return [integrationListRead(source)];
      });
      return [...templates, ...cloneSourceReads(desired, live)];
    },
  },
  plan(ctx) {
    const result = emptyResult<IntegrationChange>();
    const clones: CloneWish[] = [];
    for (const binding of plannableOrgs(ctx)) {
      if (binding.desired.integrations !== undefined) planOrg(ctx, binding, result, clones);
    }
    const cloned = planClones(ctx, clones);
    result.changes.push(...cloned.changes);
    result.issues.push(...cloned.issues);
    return result;
  },
  apply: {
    create: applyClone,
    // Read just before writing: the PUT carries every key, the unlisted ones with their values
    // of this moment. A new org's integration id is learned here.
    update: async ({ target: t, address, after }, { client, ctx }) => {
      const orgId = orgIdOf(t, address, ctx);
      const id = t.integrationId ?? (await client.listIntegrations(orgId))[t.integrationType];
      if (id === undefined)
        throw new ApplyError(
          `${address}: the org has no ${t.integrationType} integration (its template gave it none)`,
        );
      const live = await client.getIntegrationSettings(orgId, id);
      return written(
        client.updateIntegrationSettings(orgId, id, mergeDeep(live, after) as Record<string, Json>),
      );
    },
  },
  simulate(live, change) {
    if (change.action === 'create') return simulateClone(live, change);
    const org = findOrgOf(live.orgs, change.target);
    if (org === undefined) return;
    const type = change.target.integrationType;
    const all = org.integrationSettings ?? {};
    all[type] = mergeSettings(all[type], change.after);
    org.integrationSettings = all;
  },
  countLive: (live) =>
    live.orgs.reduce((sum, org) => sum + Object.keys(org.integrationSettings ?? {}).length, 0),
  export(live, draft) {
    for (const org of live.orgs) {
      const entry = draft.org(org.id);
      if (entry === undefined || org.integrations === undefined) continue;
      const out: Record<string, { settings: Record<string, Json> }> = {};
      for (const type of Object.keys(org.integrations).sort()) {
        if (!(INTEGRATION_TYPES as readonly string[]).includes(type)) {
          draft.model.skipped.push(
            `integration ${type} of org ${org.slug} (not a type the config format knows)`,
          );
          continue;
        }
        const settings = org.integrationSettings?.[type];
        if (settings !== undefined)
          out[type] = { settings: pickBySchema(settings, IntegrationSettingsSchema) };
      }
      if (Object.keys(out).length > 0) entry.integrations = out;
    }
  },
});
