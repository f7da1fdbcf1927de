// The `expires` of member entries, checked offline
// (docs/configuration.md#access-that-ends-delegated-team-files-invitations): a date that does not
// exist is an error; an entry that has already ended is a warning, not an error (removing the entry
// is tidy, but leaving it is how the access is removed by the next apply).
import { expiryInstant, formatInstant } from '../core/expiry.ts';
import type { Issue } from './issue.ts';
import { formatPath } from './issue.ts';
import type { MergedConfig, Origin } from './merge.ts';
import { originRef } from './merge.ts';
import type { MemberSpec } from './schema.ts';

/**
 * Every member entry of the merged files that has `expires`, with where it was written. The
 * others (nearly all of a big config) get no origin: one per member would be a hundred
 * thousand short-lived objects for nothing.
 */
function expiringEntries(merged: MergedConfig): { spec: MemberSpec; origin: Origin }[] {
  const out: { spec: MemberSpec; origin: Origin }[] = [];
  const list = (members: readonly MemberSpec[] | undefined, origin: Origin) => {
    for (const [i, spec] of (members ?? []).entries())
      if (spec.expires !== undefined)
        out.push({ spec, origin: { doc: origin.doc, path: [...origin.path, 'members', i] } });
  };
  for (const m of merged.group.members ?? [])
    if (m.value.expires !== undefined) out.push({ spec: m.value, origin: m.origin });
  const { tenant, defaults } = merged.sections;
  if (tenant !== undefined) list(tenant.value.members, tenant.origin);
  if (defaults !== undefined)
    list(defaults.value.org?.members, { doc: defaults.origin.doc, path: ['defaults', 'org'] });
  for (const org of merged.orgs) list(org.value.members, org.origin);
  for (const c of merged.classes) list(c.value.members, c.origin);
  return out;
}

export function checkExpiry(merged: MergedConfig, now: Date): { errors: Issue[]; warnings: Issue[] } {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  for (const { spec, origin } of expiringEntries(merged)) {
    if (spec.expires === undefined) continue;
    const at = expiryInstant(spec.expires);
    const where = { ...originRef(origin, ['expires']), path: formatPath([...origin.path, 'expires']) };
    if (at === undefined) {
      errors.push({
        code: 'bad-expires',
        message: `expires '${spec.expires}' is not a real date: expected a date such as 2026-12-31 or a timestamp such as 2026-12-05T18:00:00Z`,
        ...where,
      });
    } else if (at.getTime() <= now.getTime()) {
      warnings.push({
        code: 'expired-member',
        message: `the access of '${spec.user}' (${spec.role}) ended at ${formatInstant(at)}: apply removes it; then remove the entry`,
        ...where,
      });
    }
  }
  return { errors, warnings };
}
