// A duplicate that a stopped apply may have left: an org of the file has a namesake that the
// file does not list, under the file's slug plus a suffix — how Snyk names the second org of a
// name. An apply that lost a race for the org deletes its copy seconds after creating it; one
// killed in between leaves it behind, bound to nothing, and the plan would otherwise read as
// clean (docs/concurrency.md).
import { orgAddress } from '../addresses.ts';
import type { LiveOrg, Warning } from '../types.ts';
import type { OrgBinding } from './kind.ts';

export function suspectedDuplicates(
  bindings: readonly OrgBinding[],
  liveOrgs: readonly LiveOrg[],
): Warning[] {
  const bound = new Set(bindings.flatMap((b) => (b.live === undefined ? [] : [b.live.id])));
  const byName = new Map<string, LiveOrg[]>();
  for (const org of liveOrgs) {
    if (bound.has(org.id)) continue;
    byName.set(org.name, [...(byName.get(org.name) ?? []), org]);
  }
  const warnings: Warning[] = [];
  for (const { live, slug, desired } of bindings) {
    if (live === undefined || desired.id !== undefined) continue;
    for (const other of byName.get(live.name) ?? []) {
      if (!other.slug.startsWith(`${slug}-`)) continue;
      warnings.push({
        code: 'ORG_DUPLICATE_SUSPECTED',
        message: `The group has another org named '${live.name}', with the slug '${other.slug}' (id ${other.id}), which the file does not list. If an apply that created this org at the same time as another was stopped before removing its copy, delete it; otherwise list it in the file.`,
        address: orgAddress(slug),
      });
    }
  }
  return warnings;
}
