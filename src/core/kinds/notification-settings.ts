import { notificationsAddress, orgAddress } from '../addresses.ts';
import { NotificationsSchema } from '../desired-integrations.ts';
import { isPlainObject } from '../json.ts';
import type { Json } from '../types.ts';
import { ApplyError, orgIdOf, written } from './apply-support.ts';
import { type ChangeOf, emptyResult, type KindModule } from './kind.ts';
import { liveRead } from './live-read.ts';
import { findOrgOf } from './org-scope.ts';
import { pickBySchema, planOrgSettingsUpdates } from './settings-diff.ts';
import { orgScoped } from './targets.ts';

const targets = { update: orgScoped({}) };

/** What the request schema requires of each event besides `enabled`. */
const REQUIRED: Record<string, readonly string[]> = {
  'new-issues-remediations': ['enabled', 'issueSeverity', 'issueType'],
};

/**
 * The PUT body: each event the change lists, its live keys (less `inherited`, which Snyk
 * reports and does not take) with the listed ones written over them.
 */
export function notificationBody(
  live: Record<string, Json>,
  after: Json | null,
  address: string,
): Record<string, Json> {
  const body: Record<string, Json> = {};
  for (const [event, wanted] of Object.entries(isPlainObject(after) ? after : {})) {
    const { inherited: _inherited, ...current } = (isPlainObject(live[event]) ? live[event] : {}) as Record<
      string,
      Json
    >;
    const merged = { ...current, ...(wanted as Record<string, Json>) };
    const lacking = (REQUIRED[event] ?? ['enabled']).filter((key) => merged[key] === undefined);
    if (lacking.length > 0)
      throw new ApplyError(
        `${address}: Snyk has no value for ${lacking.map((k) => `${event}.${k}`).join(', ')} to keep; list ${lacking.length === 1 ? 'it' : 'them'} in the file`,
      );
    body[event] = merged;
  }
  return body;
}

export const notificationSettingsKind: KindModule<'notification_settings', typeof targets> = {
  kind: 'notification_settings',
  noun: { one: 'notification settings', many: 'notification settings' },
  targets,
  phase: { update: 36 },
  reads: {
    org: (_desired, want, org) =>
      want.notifications === undefined
        ? []
        : [
            liveRead(
              `${orgAddress(want.slug)}.notifications`,
              (client) => client.getNotificationSettings(org.id),
              (settings) => {
                org.notifications = settings;
              },
            ),
          ],
  },
  plan(ctx) {
    const result = emptyResult<ChangeOf<'notification_settings', typeof targets>>();
    result.changes.push(
      ...planOrgSettingsUpdates(ctx, 'notification_settings', {
        desired: (org) => org.notifications,
        live: (org) => org.notifications,
        address: notificationsAddress,
      }),
    );
    return result;
  },
  apply: {
    update: async ({ target: t, address, after }, { client, ctx }) => {
      const orgId = orgIdOf(t, address, ctx);
      const live = await client.getNotificationSettings(orgId);
      return written(client.updateNotificationSettings(orgId, notificationBody(live, after, address)));
    },
  },
  simulate(live, change) {
    const org = findOrgOf(live.orgs, change.target);
    if (org === undefined) return;
    const out = { ...(org.notifications ?? {}) };
    for (const [event, wanted] of Object.entries(isPlainObject(change.after) ? change.after : {})) {
      out[event] = { ...(isPlainObject(out[event]) ? out[event] : {}), ...(wanted as Record<string, Json>) };
    }
    org.notifications = out;
  },
  countLive: (live) => live.orgs.filter((org) => org.notifications !== undefined).length,
  export(live, draft) {
    for (const org of live.orgs) {
      const entry = draft.org(org.id);
      if (entry !== undefined && org.notifications !== undefined)
        entry.notifications = pickBySchema(org.notifications, NotificationsSchema);
    }
  },
};
