// What can be said of project rules without Snyk: one rule that gives a tag key two values
// can never be applied. Conflicts between rules depend on which projects both match, so the
// planner finds those (and names both rules).
import type { ProjectRule } from '../core/types.ts';
import type { Issue } from './issue.ts';
import { formatPath } from './issue.ts';
import type { MergedConfig, Origin } from './merge.ts';
import { originRef } from './merge.ts';

function rulesOf(merged: MergedConfig): { rules: ProjectRule[]; origin: Origin }[] {
  const lists: { rules: ProjectRule[]; origin: Origin }[] = [];
  const defaults = merged.sections.defaults;
  if (defaults?.value.org?.projects !== undefined)
    lists.push({
      rules: defaults.value.org.projects,
      origin: { doc: defaults.origin.doc, path: ['defaults', 'org', 'projects'] },
    });
  for (const c of merged.classes)
    if (c.value.projects !== undefined)
      lists.push({ rules: c.value.projects, origin: { ...c.origin, path: [...c.origin.path, 'projects'] } });
  for (const org of merged.orgs)
    if (org.value.projects !== undefined)
      lists.push({
        rules: org.value.projects,
        origin: { ...org.origin, path: [...org.origin.path, 'projects'] },
      });
  return lists;
}

export function checkProjectRules(merged: MergedConfig): Issue[] {
  const issues: Issue[] = [];
  for (const { rules, origin } of rulesOf(merged)) {
    for (const [r, rule] of rules.entries()) {
      const seen = new Map<string, string>();
      for (const [t, tag] of (rule.tags ?? []).entries()) {
        const earlier = seen.get(tag.key);
        seen.set(tag.key, tag.value);
        if (earlier === undefined || earlier === tag.value) continue;
        const path = [...origin.path, r, 'tags', t];
        issues.push({
          code: 'project-tag-twice',
          message: `this rule sets the tag '${tag.key}' twice, to '${earlier}' and '${tag.value}': a project tag key has one value per rule`,
          ...originRef({ doc: origin.doc, path }),
          path: formatPath(path),
        });
      }
    }
  }
  return issues;
}
