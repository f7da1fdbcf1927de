// Group settings (v1): only the keys the file lists are managed.
import { GROUP_SETTINGS_ADDRESS } from '../addresses.ts';
import { emptyResult, type KindModule } from './kind.ts';
import { diffSettings } from './settings-diff.ts';

export const groupSettingsKind: KindModule = {
  kind: 'group_settings',
  phase: { update: 10 },
  plan(ctx) {
    const result = emptyResult();
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
};
