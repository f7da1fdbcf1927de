// How `access` learns the slugs and ids of orgs: addresses and config orgs are by slug, Snyk's
// person-scoped answers name orgs by id. Pinned config orgs are known for free; the others are
// looked up one request each while few need it, else through the group's org list (one request
// per 100 orgs), read at most once and then answering everything (core/access/needs.ts).
import { lookupStrategy, type NamingNeeds } from '../core/access/needs.ts';
import type { SnykClient } from '../core/port/snyk-client.ts';
import type { DesiredOrg, DesiredState } from '../core/types.ts';

export interface OrgNamer {
  slugOf(id: string): string | undefined;
  /** What is known already, so that naming asks only for the rest. */
  known(): { ids: ReadonlySet<string>; slugs: ReadonlySet<string> };
  /** The ids of config orgs (undefined: Snyk has no org of that slug). */
  idsOf(orgs: readonly DesiredOrg[]): Promise<(string | undefined)[]>;
  /** Learns the slugs of `needs.ids` and, when the group's list is the cheaper way, every id. */
  name(needs: NamingNeeds): Promise<void>;
}

export function createOrgNamer(client: SnykClient, desired: DesiredState): OrgNamer {
  const groupId = desired.group.id;
  const slugOf = new Map<string, string>();
  const idOf = new Map<string, string>();
  let listed = false;
  const add = (org: { id: string; slug: string }) => {
    slugOf.set(org.id, org.slug);
    if (!idOf.has(org.slug)) idOf.set(org.slug, org.id);
  };
  for (const org of desired.orgs) if (org.id !== undefined) add({ id: org.id, slug: org.slug });
  const readList = async () => {
    if (listed) return;
    for (const org of await client.listGroupOrgs(groupId)) add(org);
    listed = true;
  };
  const lookup = async (slug: string): Promise<string | undefined> => {
    const known = idOf.get(slug);
    if (known !== undefined || listed) return known;
    // `slug` is an exact filter of the group's orgs; the exact one is picked all the same.
    const [org] = (await client.findGroupOrgsBySlug(groupId, slug)).filter((o) => o.slug === slug);
    if (org !== undefined) add(org);
    return org?.id;
  };
  return {
    slugOf: (id) => slugOf.get(id),
    known: () => ({ ids: new Set(slugOf.keys()), slugs: new Set(idOf.keys()) }),
    async idsOf(orgs) {
      const unknown = orgs.filter((o) => o.id === undefined && !idOf.has(o.slug));
      if (lookupStrategy(unknown.length) === 'group-list') await readList();
      return Promise.all(orgs.map((o) => (o.id !== undefined ? o.id : lookup(o.slug))));
    },
    async name(needs) {
      if (listed || needs.ids.length + needs.slugs.length === 0) return;
      if (needs.strategy === 'group-list') return readList();
      for (const org of await Promise.all(needs.ids.map((id) => client.getOrg(id)))) add(org);
    },
  };
}
