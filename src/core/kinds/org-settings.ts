// Org settings (v1): only the keys the file lists are managed; an org without `settings` keeps
// its live settings. A new org's settings are written after it is created.
import jsonpatch from 'fast-json-patch';
import { orgAddress } from '../addresses.ts';
import { OrgSettingsSchema } from '../desired-parts.ts';
import { toJson } from '../json.ts';
import type { OrgSettings } from '../types.ts';
import { orgIdOf, written } from './apply-support.ts';
import { type ChangeOf, emptyResult, type KindModule } from './kind.ts';
import { liveRead } from './live-read.ts';
import { findOrgOf, orgDependencies, orgTarget, plannableOrgs } from './org-scope.ts';
import { diffSettings, mergeSettings, pickBySchema } from './settings-diff.ts';
import { orgScoped } from './targets.ts';

export function orgSettingsAddress(slug: string): string {
  return `${orgAddress(slug)}.settings`;
}

const targets = { update: orgScoped({}) };

export const orgSettingsKind: KindModule<'org_settings', typeof targets> = {
  kind: 'org_settings',
  noun: { one: 'org settings', many: 'org settings' },
  targets,
  phase: { update: 30 },
  reads: {
    org: (_desired, want, org) =>
      want.settings === undefined
        ? []
        : [
            liveRead(
              `${orgAddress(want.slug)}.settings`,
              (client) => client.getOrgSettings(org.id),
              (settings) => {
                org.settings = settings;
              },
            ),
          ],
  },
  plan(ctx) {
    const result = emptyResult<ChangeOf<'org_settings', typeof targets>>();
    for (const binding of plannableOrgs(ctx)) {
      const settings = binding.desired.settings;
      if (settings === undefined || Object.keys(settings).length === 0) continue;
      const common = {
        action: 'update' as const,
        kind: 'org_settings' as const,
        address: orgSettingsAddress(binding.slug),
        dependsOn: orgDependencies(binding),
        target: orgTarget(binding),
      };
      if (binding.live === undefined) {
        // What Snyk (or the template) gives a new org is unknown until it exists: write it all.
        const after = toJson(settings);
        result.changes.push({
          ...common,
          before: null,
          after,
          patch: jsonpatch.compare({}, after as object),
        });
        continue;
      }
      const diff = diffSettings(settings, binding.live.settings);
      if (diff !== undefined) result.changes.push({ ...common, ...diff });
    }
    return result;
  },
  apply: {
    // The PUT body is the managed keys (`after`): Snyk keeps the keys it is not sent.
    update: ({ target: t, address, after }, { client, ctx }) =>
      written(client.updateOrgSettings(orgIdOf(t, address, ctx), after as OrgSettings)),
  },
  simulate(live, change) {
    const org = findOrgOf(live.orgs, change.target);
    if (org !== undefined) org.settings = mergeSettings(org.settings, change.after);
  },
  countLive: (live) => live.orgs.filter((org) => org.settings !== undefined).length,
  export(live, draft) {
    for (const org of live.orgs) {
      const entry = draft.org(org.id);
      if (entry !== undefined && org.settings !== undefined) {
        entry.settings = pickBySchema(org.settings, OrgSettingsSchema) as OrgSettings;
      }
    }
  },
};
