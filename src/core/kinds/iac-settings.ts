// IaC settings (custom rules) of each org and of the group, over REST `/orgs/{org_id}/settings/iac`
// and `/groups/{group_id}/settings/iac` (declared in org-settings-parts.ts and
// group-settings-parts.ts): only the keys the file lists are managed.
import { GROUP } from '../addresses.ts';
import { groupSettingsPartKind } from './group-settings-part-kind.ts';
import type { KindModule } from './kind.ts';
import { type OrgAndGroupTargets, orgAndGroupKind } from './org-and-group-kind.ts';
import { settingsPartKind } from './settings-kind.ts';

const kind = 'iac_settings';
const noun = { one: 'IaC settings', many: 'IaC settings' };

// Typed by hand: inferring it from the scopes' modules would go through the registry's own type.
export const iacSettingsKind: KindModule<typeof kind, OrgAndGroupTargets> = orgAndGroupKind(kind, {
  org: settingsPartKind({ kind, noun, phase: 32, part: 'iac' }),
  group: groupSettingsPartKind({ kind, noun, phase: 32, part: 'iac', address: GROUP.at('iac') }),
});
