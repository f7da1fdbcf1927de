// Snyk Code on or off, per org (REST `/orgs/{org_id}/settings/sast`, declared in
// org-settings-parts.ts): only the keys the file lists are managed.
import { settingsPartKind } from './settings-kind.ts';

export const sastSettingsKind = settingsPartKind({
  kind: 'sast_settings',
  noun: { one: 'Snyk Code setting', many: 'Snyk Code settings' },
  phase: 31,
  part: 'sast',
});
