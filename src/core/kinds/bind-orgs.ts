// Binds each org of the file to the live org it designates (pinned id, else slug), and checks
// what org creation needs: a name, and a template that exists in the file or live.
import { orgAddress } from '../addresses.ts';
import type { PlanIssue } from '../issues.ts';
import { matchOrgs } from '../org-match.ts';
import type { DesiredState, LiveState } from '../types.ts';
import type { OrgBinding } from './kind.ts';

export function bindOrgs(
  desired: DesiredState,
  live: LiveState,
): { orgs: OrgBinding[]; issues: PlanIssue[] } {
  const issues: PlanIssue[] = [];
  const match = matchOrgs(live.orgs);
  // Live orgs some entry of the file designates: an unclaimed one with the very name of an org
  // to create is most likely that org under the slug Snyk chose (Snyk allows duplicate names,
  // so creating it again would make a second org on every apply).
  const pinnedIds = new Set(desired.orgs.flatMap((d) => (d.id !== undefined ? [d.id] : [])));
  const listedSlugs = new Set(desired.orgs.flatMap((d) => (d.id === undefined ? [d.slug] : [])));
  const claimed = new Set(
    live.orgs.filter((o) => pinnedIds.has(o.id) || listedSlugs.has(o.slug)).map((o) => o.id),
  );
  const orgs = desired.orgs.map((org, index): OrgBinding => {
    const address = orgAddress(org.slug);
    const found = match(org);
    if (org.id !== undefined) {
      if (found === undefined) {
        issues.push({
          code: 'ORG_ID_NOT_FOUND',
          message: `Org '${org.slug}' is pinned by id ${org.id}, but the group has no org with that id.`,
          address: address,
          path: ['orgs', index, 'id'],
        });
        return { index, slug: org.slug, desired: org };
      }
      return { index, slug: org.slug, desired: org, live: found };
    }
    if (found !== undefined) return { index, slug: org.slug, desired: org, live: found };
    if (org.name === undefined) {
      issues.push({
        code: 'ORG_NAME_REQUIRED',
        message: `Org '${org.slug}' does not exist in the group; add a 'name' to create it (or fix the slug).`,
        address: address,
        path: ['orgs', index],
      });
      return { index, slug: org.slug, desired: org };
    }
    const namesake = live.orgs.find((candidate) => candidate.name === org.name && !claimed.has(candidate.id));
    if (namesake !== undefined) {
      issues.push({
        code: 'ORG_NAME_TAKEN',
        message: `Org '${org.slug}' does not exist, but the group has an org named '${org.name}' with the slug '${namesake.slug}' (id ${namesake.id}). If that is this org, write slug: ${namesake.slug} (or pin id: ${namesake.id}); otherwise choose another name. Snyk allows duplicate names, so creating it would make a second org.`,
        address: address,
        path: ['orgs', index, 'slug'],
      });
      return { index, slug: org.slug, desired: org };
    }
    return { index, slug: org.slug, desired: org, createdBy: address };
  });

  const slugs = new Set(orgs.map((binding) => binding.slug));
  const liveSlugs = new Set(live.orgs.map((org) => org.slug));
  for (const binding of orgs) {
    const template = binding.desired.template;
    // The template matters only when creating: an existing org may outlive its template.
    if (template === undefined || binding.createdBy === undefined) continue;
    if (!slugs.has(template) && !liveSlugs.has(template)) {
      issues.push({
        code: 'UNKNOWN_TEMPLATE',
        message: `Org '${binding.slug}' uses the template '${template}', which is neither an org of the file nor of the group.`,
        address: orgAddress(binding.slug),
        path: ['orgs', binding.index, 'template'],
      });
    } else if (createsCycle(orgs, binding)) {
      issues.push({
        code: 'TEMPLATE_CYCLE',
        message: `Org '${binding.slug}' and its template '${template}' are created from each other; one must exist first.`,
        address: orgAddress(binding.slug),
        path: ['orgs', binding.index, 'template'],
      });
    }
  }
  return { orgs, issues };
}

function createsCycle(orgs: OrgBinding[], start: OrgBinding): boolean {
  const seen = new Set<string>([start.slug]);
  let current: OrgBinding | undefined = start;
  while (current?.desired.template !== undefined) {
    const next: OrgBinding | undefined = orgs.find((o) => o.slug === current?.desired.template);
    if (next === undefined || next.createdBy === undefined) return false;
    if (seen.has(next.slug)) return true;
    seen.add(next.slug);
    current = next;
  }
  return false;
}
