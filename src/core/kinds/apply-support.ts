// What the kinds' apply handlers share: the run's context (ids learned while applying), the
// outcome of one change, and the confirmation of a create that may have reached Snyk.
import { type ErrorCode, GitopsError } from '../../errors.ts';
import type { Address } from '../addresses.ts';
import type { SnykClient } from '../port/snyk-client.ts';
import type { OrgRef } from './targets.ts';

/** Ids learned while applying: orgs created earlier in this run, by slug. */
export interface ApplyContext {
  groupId: string;
  orgIdsBySlug: Map<string, string>;
  /** Orgs that existed before this run (ids), to tell a newly created org from an old one. */
  knownOrgIds: Set<string>;
  /** Secrets the plan's changes need (see KindModule.secrets), by variable name; read before any write. */
  secrets: ReadonlyMap<string, string>;
  /** Where a secret Snyk hands out (a service account's key) is written: `--secrets-dir`. */
  secretSink?: SecretSink;
  /** Org creates of earlier runs on this machine not yet seen listed (absent: no journal kept). */
  journal?: CreateJournal;
  /** Waits between looks for an org that Snyk does not list yet (injected: tests run without waiting). */
  sleep: (ms: number) => Promise<void>;
  /** The org create running for each name: creates of one name run one after another. */
  orgCreates: Map<string, Promise<void>>;
  /** Progress of a long change (an import job still running), for the user; absent: not shown. */
  progress?: (message: string) => void;
}

/** Keeps a secret Snyk returned once, under the address of what it belongs to. */
export interface SecretSink {
  save(address: string, secret: string): Promise<void>;
}

/** An org this machine created, remembered until Snyk lists it (see docs/concurrency.md). */
export interface JournalEntry {
  groupId: string;
  orgId: string;
  name: string;
  /** When it was created (epoch ms). */
  at: number;
}

/** Where org creates are remembered between runs: a crash must not make a re-run create twice. */
export interface CreateJournal {
  /** The remembered create of an org of that name in that group, if recent enough to be in flight. */
  recall(groupId: string, name: string): Promise<JournalEntry | undefined>;
  /** Remembers a create as soon as Snyk answered it (stamped with the journal's clock). */
  record(entry: Omit<JournalEntry, 'at'>): Promise<void>;
  /** Forgets one org (deleted, or found gone). */
  forget(groupId: string, orgId: string): Promise<void>;
  /** Forgets the creates Snyk now lists (the plan sees them) and those past the lag window. */
  prune(groupId: string, listedOrgIds: ReadonlySet<string>): Promise<void>;
}

export interface ApplyEnv {
  client: SnykClient;
  ctx: ApplyContext;
}

export interface Outcome {
  /** True when the change was found already in place (confirmed by a re-read), not written. */
  confirmed?: boolean;
  /** Something the user should know (e.g. Snyk chose another slug). */
  notice?: string;
}

/** The causes a change's own apply handler names (Snyk's refusals keep the client's codes). */
type ApplyErrorCode = Extract<ErrorCode, 'APPLY_FAILED' | 'TAG_IN_USE' | 'ORG_DUPLICATE'>;

export class ApplyError extends GitopsError {
  constructor(message: string, code: ApplyErrorCode = 'APPLY_FAILED', cause?: unknown) {
    super(message, { code, cause });
  }
}

/** The id of the org a change names: live, or created earlier in this run. */
export function orgIdOf(ref: OrgRef, address: Address, ctx: ApplyContext): string {
  if ('orgId' in ref) return ref.orgId;
  const created = ctx.orgIdsBySlug.get(ref.orgSlug);
  if (!created)
    throw new ApplyError(`${address}: org '${ref.orgSlug}' does not exist (its creation did not succeed)`);
  return created;
}

export function isAmbiguousCreate(error: unknown): boolean {
  if (!(error instanceof GitopsError)) return false;
  const flagged = (error as { mayHaveApplied?: boolean }).mayHaveApplied === true;
  return flagged || error.code === 'SNYK_CONFLICT';
}

/** How often a create is sent again after a re-read proved the first attempt did not land. */
const RESENDS_WHEN_ABSENT = 2;

/**
 * Runs a create; if it failed in a way that may mean it happened anyway, asks `confirm` (a
 * re-read) whether the object is now present, and treats presence as success. When the
 * re-read proves it absent, sending again cannot duplicate it (and a duplicate membership
 * would be refused with a 409, which is confirmed the same way), so it is sent again a
 * bounded number of times rather than left for the next run.
 */
export async function createOnce(
  send: () => Promise<unknown>,
  confirm: () => Promise<boolean>,
): Promise<Outcome> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await send();
      return {};
    } catch (error) {
      if (!isAmbiguousCreate(error)) throw error;
      if (await confirm()) return { confirmed: true };
      if (attempt >= RESENDS_WHEN_ABSENT) throw error;
    }
  }
}

/** The HTTP status of a failed Snyk request, when the error carries one. */
export function statusOf(error: unknown): number | undefined {
  if (!(error instanceof GitopsError)) return undefined;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Runs a delete; if it failed, asks `present` (a re-read) whether the object is still there.
 * An answer lost on the way back (a 500 for a delete that took effect, whose retry then gets
 * a 404) leaves the object gone: that is the delete done, confirmed, not a failure. Anything
 * still present keeps the original error. A failed re-read keeps it too.
 */
export async function deleteOnce(
  address: Address,
  send: () => Promise<unknown>,
  present: () => Promise<boolean>,
): Promise<Outcome> {
  try {
    await send();
    return {};
  } catch (error) {
    if (!(error instanceof GitopsError) || error.code === 'SNYK_CANCELLED') throw error;
    const stillThere = await present().catch(() => true);
    if (stillThere) throw error;
    return {
      confirmed: true,
      notice: `${address}: the answer to the delete was lost (${error.message}); a re-read shows it gone, so it is done`,
    };
  }
}

/** `deleteOnce` for an object a list shows by its id: absent from the list means deleted. */
export function deleteListedOnce(
  address: Address,
  id: string,
  send: () => Promise<unknown>,
  list: () => Promise<readonly { id: string }[]>,
): Promise<Outcome> {
  return deleteOnce(address, send, async () => (await list()).some((o) => o.id === id));
}

/** The delete handler of an object a list shows by its id (a group or tenant membership). */
export function deleteListed<T>(
  idOf: (target: T) => string,
  send: (client: SnykClient, target: T) => Promise<unknown>,
  list: (client: SnykClient, target: T) => Promise<readonly { id: string }[]>,
) {
  return ({ target, address }: { target: T; address: Address }, { client }: ApplyEnv) =>
    deleteListedOnce(
      address,
      idOf(target),
      () => send(client, target),
      () => list(client, target),
    );
}

/** The same for an object an org lists (a webhook, a membership): the org may be created in this run. */
export function deleteListedInOrg<T extends OrgRef>(
  idOf: (target: T) => string,
  send: (client: SnykClient, orgId: string, id: string) => Promise<unknown>,
  list: (client: SnykClient, orgId: string) => Promise<readonly { id: string }[]>,
) {
  return (change: { target: T; address: Address }, env: ApplyEnv) => {
    const orgId = orgIdOf(change.target, change.address, env.ctx);
    return deleteListed(
      idOf,
      (client, target: T) => send(client, orgId, idOf(target)),
      (client) => list(client, orgId),
    )(change, env);
  };
}

/** A 404 answer: what a re-read of a deleted object gets. */
export function isNotFound(error: unknown): boolean {
  return (error as { status?: unknown }).status === 404;
}

/** The outcome of a write that needs no confirmation. */
export async function written(write: Promise<unknown>): Promise<Outcome> {
  await write;
  return {};
}
