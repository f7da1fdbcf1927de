// The create journal: orgs this machine created that Snyk may not list yet (a new org stays
// invisible for a while, REALITY.md §4). A run that crashed right after a create leaves its
// entry behind, and the re-run adopts that org instead of creating a second one. One small
// file per org, so that concurrent processes never rewrite each other's entries. Best effort:
// a journal that cannot be read or written is as if empty, and the duplicate check after each
// create still converges. Where it lives and why: docs/concurrency.md.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CreateJournal, JournalEntry } from '../core/kinds/apply-support.ts';

/** How long a remembered create counts as in flight: the longest lag a Snyk client is known to allow. */
export const LAG_WINDOW_MS = 10 * 60_000;

/** The directory of the journal: SNYK_GITOPS_STATE_DIR, else the user's state directory. */
export function stateDirOf(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (env.SNYK_GITOPS_STATE_DIR) return env.SNYK_GITOPS_STATE_DIR;
  if (env.XDG_STATE_HOME) return join(env.XDG_STATE_HOME, 'snyk-gitops');
  if (env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'snyk-gitops');
  if (env.HOME) return join(env.HOME, '.local', 'state', 'snyk-gitops');
  return undefined;
}

/** The journal of this machine for that API, or none when no state directory is known. */
export function journalFor(
  env: Readonly<Record<string, string | undefined>>,
  apiUrl: string,
): CreateJournal | undefined {
  const dir = stateDirOf(env);
  return dir === undefined ? undefined : openCreateJournal({ dir, apiUrl });
}

export interface JournalOptions {
  dir: string;
  /** The API the orgs were created through: the same group id means nothing on another host. */
  apiUrl: string;
  now?: () => number;
}

export function openCreateJournal(options: JournalOptions): CreateJournal {
  const now = options.now ?? Date.now;
  const dirOf = (groupId: string) =>
    join(
      options.dir,
      'org-creates',
      createHash('sha256').update(`${options.apiUrl}\u0000${groupId}`).digest('hex').slice(0, 24),
    );
  const fresh = (entry: JournalEntry) => now() - entry.at < LAG_WINDOW_MS;

  return {
    async recall(groupId, name) {
      const entries = await readEntries(dirOf(groupId));
      const matching = entries
        .map(([, entry]) => entry)
        .filter((e): e is JournalEntry => e?.groupId === groupId && e.name === name && fresh(e));
      // The oldest: should there be two, it is the one a duplicate check keeps.
      return matching.sort((a, b) => a.at - b.at)[0];
    },
    async record(entry) {
      const dir = dirOf(entry.groupId);
      const file = join(dir, `${fileKey(entry.orgId)}.json`);
      try {
        await mkdir(dir, { recursive: true });
        // Written whole, then renamed: a reader never sees half an entry.
        await writeFile(`${file}.${process.pid}.tmp`, JSON.stringify({ ...entry, at: now() }));
        await rename(`${file}.${process.pid}.tmp`, file);
      } catch {
        // Best effort (see the header): the duplicate check still covers this create.
      }
    },
    async forget(groupId, orgId) {
      await rm(join(dirOf(groupId), `${fileKey(orgId)}.json`), { force: true }).catch(() => undefined);
    },
    async prune(groupId, listedOrgIds) {
      for (const [file, entry] of await readEntries(dirOf(groupId))) {
        if (entry !== undefined && !listedOrgIds.has(entry.orgId) && fresh(entry)) continue;
        await rm(file, { force: true }).catch(() => undefined);
      }
    },
  };
}

/** An org id as a file name (ids are UUIDs; anything else is hashed rather than trusted). */
function fileKey(orgId: string): string {
  return /^[0-9a-f-]{1,64}$/i.test(orgId) ? orgId : createHash('sha256').update(orgId).digest('hex');
}

/** Every entry file of a directory, with its entry (undefined when unreadable or malformed). */
async function readEntries(dir: string): Promise<[string, JournalEntry | undefined][]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return Promise.all(
    names
      .filter((name) => name.endsWith('.json'))
      .map(async (name): Promise<[string, JournalEntry | undefined]> => {
        const file = join(dir, name);
        const text = await readFile(file, 'utf8').catch(() => undefined);
        return [file, text === undefined ? undefined : parseEntry(text)];
      }),
  );
}

function parseEntry(text: string): JournalEntry | undefined {
  try {
    const value = JSON.parse(text) as Record<string, unknown>;
    const { groupId, orgId, name, at } = value;
    if (typeof groupId !== 'string' || typeof orgId !== 'string' || typeof name !== 'string')
      return undefined;
    if (typeof at !== 'number' || !Number.isFinite(at)) return undefined;
    return { groupId, orgId, name, at };
  } catch {
    return undefined;
  }
}
