// What can be said of `placement` and `ignores` without Snyk (docs/configuration.md#project-placement,
// docs/configuration.md#ignores-as-code): a placement rule must name an org of the file; an
// ignore's `expires` must be a real date, and one already past is a warning (apply deletes the
// ignore; then the rule can go).
import { expiryInstant, formatInstant } from '../core/expiry.ts';
import type { Issue } from './issue.ts';
import { formatPath } from './issue.ts';
import type { MergedConfig, Origin } from './merge.ts';
import { originRef } from './merge.ts';

function located(origin: Origin, rest: (string | number)[]) {
  const path = [...origin.path, ...rest];
  return { ...originRef({ doc: origin.doc, path }), path: formatPath(path) };
}

export function checkEstateRules(merged: MergedConfig, now: Date): { errors: Issue[]; warnings: Issue[] } {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const slugs = new Set(merged.orgs.map((o) => o.value.slug));
  const placement = merged.sections.placement;
  for (const [i, rule] of (placement?.value ?? []).entries())
    if (!slugs.has(rule.org))
      errors.push({
        code: 'placement-unknown-org',
        message: `placement names org '${rule.org}', which no file lists: projects are placed only in orgs the files manage`,
        ...located(placement!.origin, [i, 'org']),
      });
  const ignores = merged.sections.ignores;
  for (const [i, rule] of (ignores?.value ?? []).entries()) {
    if (rule.expires === undefined) continue;
    const at = expiryInstant(rule.expires);
    if (at === undefined)
      errors.push({
        code: 'bad-expires',
        message: `expires '${rule.expires}' is not a real date: expected a date such as 2026-12-31 or a timestamp such as 2026-12-05T18:00:00Z`,
        ...located(ignores!.origin, [i, 'expires']),
      });
    else if (at.getTime() <= now.getTime())
      warnings.push({
        code: 'expired-ignore',
        message: `the ignore of ${rule.issue} ended at ${formatInstant(at)}: apply deletes it; then remove the rule`,
        ...located(ignores!.origin, [i, 'expires']),
      });
  }
  return { errors, warnings };
}
