// The reads a `from` needs: the integration list of each org named as a clone source (or, for
// a source this plan creates, of the live org its template chain starts from), once per org,
// and not when the org's own entry lists integrations (its read has the list already).
import { orgAddress } from '../addresses.ts';
import { matchOrgs } from '../org-match.ts';
import type { DesiredOrg, DesiredState, LiveOrg, LiveState } from '../types.ts';
import { type LiveRead, liveRead } from './live-read.ts';
import { liveTemplateOf } from './template-source.ts';

const sourcesOf = (want: DesiredOrg): string[] =>
  Object.values((want.integrations ?? {}) as Record<string, { from?: string }>).flatMap((spec) =>
    spec.from === undefined ? [] : [spec.from],
  );

export function cloneSourceReads(desired: DesiredState, live: LiveState): LiveRead[] {
  const slugs = new Set(desired.orgs.flatMap(sourcesOf));
  if (slugs.size === 0) return [];
  const match = matchOrgs(live.orgs);
  const entries = new Map(desired.orgs.map((o) => [o.slug, o]));
  const readByItsEntry = (org: LiveOrg) =>
    desired.orgs.some((o) => o.integrations !== undefined && match(o) === org);
  const holders = new Map<string, LiveOrg>();
  for (const slug of slugs) {
    const entry = entries.get(slug);
    const found = entry !== undefined ? match(entry) : live.orgs.find((o) => o.slug === slug);
    const holder = found ?? (entry === undefined ? undefined : liveTemplateOf(desired, live, entry));
    if (holder !== undefined && !readByItsEntry(holder)) holders.set(holder.id, holder);
  }
  return [...holders.values()].map(integrationListRead);
}

/** The org's integration list alone (an org whose entry lists no integrations of its own). */
export function integrationListRead(org: LiveOrg): LiveRead {
  return liveRead(
    orgAddress(org.slug).at('integrations'),
    (client) => client.listIntegrations(org.id),
    (list) => {
      org.integrations = list;
    },
  );
}
