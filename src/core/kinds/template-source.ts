// Which live org an org created by this plan is copied from: its template, or, when the
// template is itself created in this plan, that template's template, and so on (Snyk copies a
// source org's integrations at creation, so a chain copies the first live ancestor's).
import { matchOrgs } from '../org-match.ts';
import type { DesiredOrg, DesiredState, LiveOrg, LiveState } from '../types.ts';

/** The first live org up the template chain of `want`, or undefined (no template, or a cycle). */
export function liveTemplateOf(
  desired: DesiredState,
  live: LiveState,
  want: DesiredOrg,
): LiveOrg | undefined {
  const match = matchOrgs(live.orgs);
  const seen = new Set<string>([want.slug]);
  let slug = want.template;
  while (slug !== undefined && !seen.has(slug)) {
    seen.add(slug);
    const inFile = desired.orgs.find((o) => o.slug === slug);
    const found = inFile !== undefined ? match(inFile) : live.orgs.find((o) => o.slug === slug);
    if (found !== undefined) return found;
    slug = inFile?.template;
  }
  return undefined;
}
