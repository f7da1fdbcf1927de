// Reads the live state the desired state needs, and nothing more: /self and the group's orgs
// (all of them, to match slugs), then what each kind says its part of the file needs (see
// `reads` in src/core/kinds). Reads run concurrently; the client bounds the requests in flight
// and a pool here bounds the reads started, so that thousands of orgs are not thousands of
// pending promises holding their closures. A managed org's reads are queued as soon as its
// page of the org list arrives, and each response is parsed into live state and dropped.

import { Address } from '../core/addresses.ts';
import { ownersToList } from '../core/import-repos.ts';
import { KINDS } from '../core/kinds/index.ts';
import { type Intern, type LiveRead, liveRead } from '../core/kinds/live-read.ts';
import { designation, designationsOf } from '../core/org-match.ts';
import type { RepositorySource } from '../core/port/repository-source.ts';
import type { SnykClient } from '../core/port/snyk-client.ts';
import type { DesiredOrg, DesiredState, LiveOrg, LiveState } from '../core/types.ts';
import { extendError, SnykApiError } from '../snyk/index.ts';

export interface ReadLiveOptions {
  /** Drift: a part that fails with 403/404/429 is recorded in `unknown` instead of failing the read. */
  tolerant?: boolean;
  /**
   * A plan with a read-only token: only a part Snyk refuses to show (403, e.g. invitations to a
   * Group Viewer) is recorded in `unknown`; anything else still fails the read.
   */
  tolerateForbidden?: boolean;
  onProgress?: (done: number, total: number, label: string) => void;
  /** Where the repositories `imports` globs need are listed (GitHub); absent: none are read. */
  repositories?: RepositorySource;
  /** `drift --since`: read the parts of these orgs only (all orgs are still listed, to match the file). */
  onlyOrgIds?: ReadonlySet<string>;
}

/** Errors that make one part unknown in tolerant mode; anything else still fails the read. */
const TOLERATED = new Set(['SNYK_FORBIDDEN', 'SNYK_NOT_FOUND', 'SNYK_RATE_LIMITED']);

export function emptyLiveState(groupId: string): LiveState {
  return {
    groupId,
    self: { id: '', type: '' },
    orgs: [],
    group: {},
    users: {},
    roles: { org: [], group: [], tenant: [] },
    unknown: [],
  };
}

/** Every membership repeats a few user and role ids: one shared string per value keeps thousands of orgs small. */
function createIntern(): Intern {
  const strings = new Map<string, string>();
  return (value) => {
    const known = strings.get(value);
    if (known !== undefined) return known;
    strings.set(value, value);
    return value;
  };
}

/** How many org reads may be under way at once: a few per request slot of the client. */
const ORG_READ_POOL = 32;

/** Runs tasks with at most `limit` of them started and unsettled; the rest wait in order. */
function createPool(limit: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  const next = () => {
    active--;
    waiting.shift()?.();
  };
  return <T>(task: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const start = () => {
        active++;
        task().then(resolve, reject).finally(next);
      };
      if (active < limit) start();
      else waiting.push(start);
    });
}

/** Reads of the same address are one request whose result every declarer uses. */
function mergeReads(reads: readonly LiveRead[]): LiveRead[] {
  const byAddress = new Map<Address, LiveRead[]>();
  for (const read of reads) byAddress.set(read.address, [...(byAddress.get(read.address) ?? []), read]);
  return [...byAddress.values()].map((same) => ({
    address: same[0]!.address,
    fetch: same[0]!.fetch,
    use: (value, live, intern) => {
      for (const read of same) read.use(value, live, intern);
    },
    essential: same.every((read) => read.essential),
  }));
}

export async function readLiveState(
  client: SnykClient,
  desired: DesiredState,
  options: ReadLiveOptions = {},
): Promise<LiveState> {
  const live = emptyLiveState(desired.group.id);
  const intern = createIntern();
  let done = 0;
  let total = 0;
  /** Runs one read; in tolerant mode a tolerated failure becomes an `unknown` entry. */
  const run = (read: LiveRead): Promise<void> => {
    total++;
    return read.fetch(client).then(
      (value) => {
        read.use(value, live, intern);
        options.onProgress?.(++done, total, read.address.text);
      },
      (error: unknown) => {
        const forbidden = error instanceof SnykApiError && error.code === 'SNYK_FORBIDDEN';
        const tolerated =
          !read.essential &&
          error instanceof SnykApiError &&
          ((options.tolerant === true && TOLERATED.has(error.code)) ||
            (options.tolerateForbidden === true && forbidden));
        if (!tolerated) {
          // Name the part: an endpoint template alone does not say which org was refused.
          throw error instanceof SnykApiError
            ? extendError(error, '', { prefix: `reading ${read.address}: ` })
            : error;
        }
        const reason = forbidden ? `the token cannot read it (${error.message})` : error.message;
        live.unknown.push({ address: read.address.text, reason });
        options.onProgress?.(++done, total, read.address.text);
      },
    );
  };
  const self: LiveRead = {
    address: Address.of('self'),
    fetch: (c) => c.getSelf(),
    use: (value) => {
      const info = value as Awaited<ReturnType<SnykClient['getSelf']>>;
      live.self = { id: info.id, type: info.type };
      if (info.email !== undefined) live.self.email = info.email;
      if (info.username !== undefined) live.self.username = info.username;
    },
    essential: true,
  };
  const groupReads = mergeReads([
    self,
    ...KINDS.flatMap((kind) => kind.reads.group?.(desired) ?? []),
    ...repositoryReads(desired, options.repositories),
  ]);
  await Promise.all([readOrgs(desired, live, run, options.onlyOrgIds), ...groupReads.map(run)]);
  return live;
}

/** The owners' repository lists that the file's imports need, when there is a source to read them from. */
function repositoryReads(desired: DesiredState, source: RepositorySource | undefined): LiveRead[] {
  if (source === undefined) return [];
  return ownersToList(desired).map((owner) =>
    liveRead(
      Address.of('github').at('repositories', owner),
      () => source.listOwnerRepositories(owner),
      (value, live) => {
        live.repositories = { ...live.repositories, [owner]: value };
      },
      { essential: true },
    ),
  );
}

/** The org list, page by page, and the reads of each managed org as its page arrives. */
async function readOrgs(
  desired: DesiredState,
  live: LiveState,
  run: (read: LiveRead) => Promise<void>,
  onlyOrgIds: ReadonlySet<string> | undefined,
): Promise<void> {
  const wanted = new Map<string, DesiredOrg[]>();
  for (const want of desired.orgs)
    wanted.set(designation(want), [...(wanted.get(designation(want)) ?? []), want]);
  const matched = new Set<DesiredOrg>();
  const orgReads: Promise<void>[] = [];
  const pooled = createPool(ORG_READ_POOL);
  const onPage = (page: Awaited<ReturnType<SnykClient['listGroupOrgs']>>) => {
    const orgs = page.map((o): LiveOrg => ({ id: o.id, name: o.name, slug: o.slug }));
    live.orgs.push(...orgs);
    for (const org of orgs) {
      if (onlyOrgIds !== undefined && !onlyOrgIds.has(org.id)) continue;
      for (const want of designationsOf(org).flatMap((key) => wanted.get(key) ?? [])) {
        // A file org designates one live org: the first one found.
        if (matched.has(want)) continue;
        matched.add(want);
        for (const read of mergeReads(KINDS.flatMap((kind) => kind.reads.org?.(desired, want, org) ?? []))) {
          const started = pooled(() => run(read));
          // Handled now: should a later page fail, these must not become unhandled rejections.
          started.catch(() => undefined);
          orgReads.push(started);
        }
      }
    }
  };
  const listed = run({
    address: Address.of('orgs'),
    fetch: (c) => c.listGroupOrgs(desired.group.id, onPage),
    use: () => undefined,
    essential: true,
  });
  try {
    await listed;
  } catch (error) {
    await Promise.allSettled(orgReads);
    throw error;
  }
  // Reads that needed the whole list (a new org's template), alongside the org reads.
  const after = mergeReads(KINDS.flatMap((kind) => kind.reads.afterOrgs?.(desired, live) ?? []));
  await Promise.all([...orgReads, ...after.map(run)]);
}
