import { orgAddress } from '../addresses.ts';
import { OrgSettingsSchema } from '../desired-parts.ts';
import type { OrgSettings } from '../types.ts';
import { orgIdOf, written } from './apply-support.ts';
import { type ChangeOf, emptyResult, type KindModule } from './kind.ts';
import { liveRead } from './live-read.ts';
import { findOrgOf } from './org-scope.ts';
import { mergeSettings, pickBySchema, planOrgSettingsUpdates } from './settings-diff.ts';
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
    result.changes.push(
      ...planOrgSettingsUpdates(ctx, 'org_settings', {
        desired: (org) => org.settings,
        live: (org) => org.settings,
        address: orgSettingsAddress,
      }),
    );
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
