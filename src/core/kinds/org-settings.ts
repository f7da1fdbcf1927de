// Org settings (v1): per org, only the keys the file lists are managed.
import type { OrgSettings } from '../types.ts';
import { settingsPartKind } from './settings-kind.ts';

export const orgSettingsKind = settingsPartKind({
  kind: 'org_settings',
  noun: { one: 'org settings', many: 'org settings' },
  phase: 30,
  part: 'settings',
  read: (client, orgId) => client.getOrgSettings(orgId),
  // The PUT body is the managed keys (`after`): Snyk keeps the keys it is not sent.
  write: (client, orgId, { after }) => client.updateOrgSettings(orgId, after as OrgSettings),
});
