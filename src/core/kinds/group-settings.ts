// Group settings (v1): only the keys the file lists are managed.
import { GroupSettingsSchema } from '../desired-parts.ts';
import type { GroupSettings } from '../types.ts';
import { written } from './apply-support.ts';
import { type ChangeOf, defineKind, emptyResult } from './kind.ts';
import { groupPartRead } from './live-read.ts';
import { diffSettings, mergeSettings, pickBySchema } from './settings-diff.ts';
import { Id, target } from './targets.ts';

const GROUP_SETTINGS_ADDRESS = 'group.settings';

const targets = { update: target({ groupId: Id }) };

export const groupSettingsKind = defineKind('group_settings', targets).with({
  noun: { one: 'group settings', many: 'group settings' },
  phase: { update: 10 },
  reads: {
    group: (desired) =>
      groupPartRead(desired, 'settings', (client, groupId) => client.getGroupSettings(groupId)),
  },
  plan(ctx) {
    const result = emptyResult<ChangeOf<'group_settings', typeof targets>>();
    const settings = ctx.desired.group.settings;
    if (settings === undefined) return result;
    const diff = diffSettings(settings, ctx.live.group.settings);
    if (diff !== undefined) {
      result.changes.push({
        action: 'update',
        kind: 'group_settings',
        address: GROUP_SETTINGS_ADDRESS,
        ...diff,
        dependsOn: [],
        target: { groupId: ctx.desired.group.id },
      });
    }
    return result;
  },
  apply: {
    // The PUT body is the managed keys (`after`): Snyk keeps the keys it is not sent.
    update: ({ target: t, after }, { client }) =>
      written(client.updateGroupSettings(t.groupId, after as GroupSettings)),
  },
  simulate(live, change) {
    live.group.settings = mergeSettings(live.group.settings, change.after);
  },
  countLive: (live) => (live.group.settings === undefined ? 0 : 1),
  export(live, draft) {
    const settings = live.group.settings;
    if (settings === undefined) return;
    draft.model.group.settings = pickBySchema(settings, GroupSettingsSchema) as GroupSettings;
  },
});
