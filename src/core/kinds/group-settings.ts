// Group settings (v1 `/group/{groupId}/settings`): only the keys the file lists are managed;
// the PUT body is the managed keys, Snyk keeps the keys it is not sent.
import { GROUP } from '../addresses.ts';
import { GroupSettingsSchema } from '../desired-parts.ts';
import type { GroupSettings } from '../types.ts';
import { groupSettingsPartKind } from './group-settings-part-kind.ts';

export const groupSettingsKind = groupSettingsPartKind({
  kind: 'group_settings',
  noun: { one: 'group settings', many: 'group settings' },
  phase: 10,
  part: 'settings',
  address: GROUP.at('settings'),
  v1: {
    schema: GroupSettingsSchema,
    read: (client, groupId) => client.getGroupSettings(groupId),
    write: (client, groupId, after) => client.updateGroupSettings(groupId, after as GroupSettings),
  },
});
