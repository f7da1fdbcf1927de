// Creating an org so that it exists once, whoever else is creating it (docs/concurrency.md).
// Snyk allows duplicate org names and a new org stays unlisted for a while (REALITY.md §4), so
// a plain POST per run makes a second org whenever two applies overlap or a run is repeated
// after a crash. Before creating: an org this machine created and has not seen listed yet (the
// journal), or one created since the plan, is used instead. After creating: the org that holds
// the file's slug is the one every racing process keeps, so a run whose org got another slug
// waits for that holder to be listed, deletes its own copy and uses the holder.
import type { Address } from '../addresses.ts';
import type { RestOrg } from '../port/snyk-shapes.ts';
import { type ApplyEnv, ApplyError, isAmbiguousCreate, isNotFound, type Outcome } from './apply-support.ts';

/** The slug Snyk derives from a name: lowercase, non-alphanumerics → '-', trimmed. */
export function deriveSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface OrgToCreate {
  address: Address;
  name: string;
  /** The slug the file names the org by. */
  slug: string;
  sourceOrgId?: string;
}

type Org = Pick<RestOrg, 'id' | 'name' | 'slug'>;

/** How long to wait between looks for the org holding the file's slug: about the 60 s a new org may stay unlisted. */
const HOLDER_WAITS_MS = [0, 1_000, 2_000, 4_000, 8_000, 15_000, 15_000, 15_000];

/** Creates the org unless it exists already; orgs of one name are created one after another within a run. */
export function createOrgOnce(want: OrgToCreate, env: ApplyEnv): Promise<Outcome> {
  const queue = env.ctx.orgCreates;
  const run = (queue.get(want.name) ?? Promise.resolve()).then(() => createOrg(want, env));
  queue.set(
    want.name,
    run.then(
      () => undefined,
      () => undefined,
    ),
  );
  return run;
}

async function createOrg(want: OrgToCreate, env: ApplyEnv): Promise<Outcome> {
  const { client, ctx } = env;
  const recalled = await recallCreate(want, env);
  if (recalled !== undefined) {
    return adopt(want, recalled, env, {
      confirmed: true,
      notice: `${want.address}: an earlier run on this machine created org '${want.name}' (id ${recalled.id}) and Snyk did not list it yet: using it rather than creating another`,
    });
  }
  const since = await findCreatedSincePlan(want, env);
  if (since !== undefined) {
    return adopt(want, since, env, {
      confirmed: true,
      notice: `${want.address}: org '${want.name}' (id ${since.id}) was created after the plan was made (by another apply?): using it rather than creating another`,
    });
  }
  let own: Org;
  try {
    own = await client.createOrg(
      {
        name: want.name,
        groupId: ctx.groupId,
        ...(want.sourceOrgId ? { sourceOrgId: want.sourceOrgId } : {}),
      },
      // Remembered the moment Snyk answers: a crash from here on leaves a re-run able to find it.
      async (orgId) => ctx.journal?.record({ groupId: ctx.groupId, orgId, name: want.name }),
    );
  } catch (error) {
    if (!isAmbiguousCreate(error)) throw error;
    // Unlike memberships, an org found absent is not sent again: it may be there, unlisted
    // yet, and the next run's plan refuses to create a namesake of an org it finds by then.
    const landed = await findCreatedSincePlan(want, env);
    if (landed === undefined) throw error;
    return adopt(want, landed, env, { confirmed: true });
  }
  ctx.knownOrgIds.add(own.id);
  return settleDuplicate(want, own, env);
}

/** This machine's unconfirmed create of the org, if Snyk confirms it exists (waiting out the lag). */
async function recallCreate(want: OrgToCreate, { client, ctx }: ApplyEnv): Promise<Org | undefined> {
  const entry = await ctx.journal?.recall(ctx.groupId, want.name);
  if (entry === undefined || ctx.knownOrgIds.has(entry.orgId)) return undefined;
  // The wait is counted from the create: an org still unlisted a minute later is not waited for again.
  client.noteCreatedOrg(entry.orgId, entry.at);
  try {
    const org = await client.getOrg(entry.orgId);
    if (org.name === want.name) return org;
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  // Gone (or renamed) since: nothing to adopt, and nothing to remember.
  await ctx.journal?.forget(ctx.groupId, entry.orgId);
  return undefined;
}

/**
 * An org of that name created since the plan read the group. When the file's slug is the one
 * Snyk derives from the name, it is the org holding that slug (slugs are unique, names are not);
 * otherwise the oldest new namesake.
 */
async function findCreatedSincePlan(want: OrgToCreate, { client, ctx }: ApplyEnv): Promise<Org | undefined> {
  const fresh = (org: RestOrg) => !ctx.knownOrgIds.has(org.id) && org.name === want.name;
  if (deriveSlug(want.name) === want.slug) {
    return (await client.findGroupOrgs(ctx.groupId, { slug: want.slug })).find(fresh);
  }
  const namesakes = (await client.findGroupOrgs(ctx.groupId, { name: want.name })).filter(fresh);
  return namesakes.sort(byAge)[0];
}

function byAge(a: RestOrg, b: RestOrg): number {
  const at = (org: RestOrg) =>
    org.createdAt === undefined ? Number.POSITIVE_INFINITY : Date.parse(org.createdAt);
  return at(a) - at(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Snyk gives the derived slug to the first org of a name and suffixes the others, whether or
 * not they are listed yet. A create that did not get the file's slug therefore lost a race
 * (or met an org created by hand since the plan): once the holder is listed, and has the same
 * name, this run's org is deleted (it is seconds old and nothing was written to it) and the
 * holder is used. Every racing process decides the same way, so exactly one org remains.
 */
async function settleDuplicate(want: OrgToCreate, own: Org, env: ApplyEnv): Promise<Outcome> {
  const { client, ctx } = env;
  if (own.slug === want.slug || deriveSlug(want.name) !== want.slug) return adopt(want, own, env, {});
  const holder = await waitForHolder(want, env);
  // An org of this run (the file lists two orgs of one name) or of another name is no duplicate.
  if (holder === undefined || holder.name !== want.name || ctx.knownOrgIds.has(holder.id)) {
    const why =
      holder === undefined
        ? `an org not listed yet holds the slug '${want.slug}': if another apply created it at the same time, delete one of the two`
        : undefined;
    return adopt(want, own, env, why === undefined ? {} : { notice: why });
  }
  try {
    await client.deleteOrg(own.id);
  } catch (error) {
    throw new ApplyError(
      `${want.address}: another apply created org '${want.name}' at the same time (id ${holder.id}, slug '${holder.slug}'); deleting this run's copy (id ${own.id}) failed: ${error instanceof Error ? error.message : String(error)}. Delete it by hand.`,
      'ORG_DUPLICATE',
      error,
    );
  }
  await ctx.journal?.forget(ctx.groupId, own.id);
  return adopt(want, holder, env, {
    notice: `${want.address}: another apply created org '${want.name}' at the same time: this run deleted its own copy (id ${own.id}) and uses the org with the slug '${holder.slug}' (id ${holder.id})`,
  });
}

/** The org holding the file's slug, looked for until it is listed (or the wait is over). */
async function waitForHolder(want: OrgToCreate, { client, ctx }: ApplyEnv): Promise<Org | undefined> {
  for (const ms of HOLDER_WAITS_MS) {
    if (ms > 0) await ctx.sleep(ms);
    const [holder] = await client.findGroupOrgs(ctx.groupId, { slug: want.slug });
    if (holder !== undefined) return holder;
  }
  return undefined;
}

/** Binds the file's org to `org` for the changes that follow; says so when its slug is not the file's. */
function adopt(want: OrgToCreate, org: Org, { ctx }: ApplyEnv, outcome: Outcome): Outcome {
  ctx.orgIdsBySlug.set(want.slug, org.id);
  ctx.knownOrgIds.add(org.id);
  if (org.slug === want.slug) return outcome;
  // Later changes still find the org through the slug of the file.
  const slug = `Snyk gave org '${want.name}' the slug '${org.slug}', not '${want.slug}': write slug: ${org.slug} in the file`;
  return { ...outcome, notice: outcome.notice === undefined ? slug : `${outcome.notice}; ${slug}` };
}
