// Org settings (v1): only the keys the file lists are managed; an org without `settings` keeps
// its live settings. A new org's settings are written after it is created.
import jsonpatch from 'fast-json-patch';
import { orgSettingsAddress } from '../addresses.ts';
import { toJson } from '../json.ts';
import { emptyResult, type KindModule, orgDependencies, orgTarget, plannableOrgs } from './kind.ts';
import { diffSettings } from './settings-diff.ts';

export const orgSettingsKind: KindModule = {
  kind: 'org_settings',
  phase: { update: 30 },
  plan(ctx) {
    const result = emptyResult();
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
};
