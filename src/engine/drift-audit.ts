// drift with the audit log (docs/commands.md#drift-from-the-audit-log): `--since` reads the group's audit log from a
// cursor, a time or a duration, re-reads only the scopes its events name and reports drift there;
// every run names who made each drift item it can explain, and prints where the next run starts.
// A run that cannot rely on the log reads everything and says why.
import { attributionOf, explainingEvent } from '../core/audit/attribution.ts';
import { inAuditScope, narrowGroup, narrowToAudit } from '../core/audit/narrow.ts';
import { scopesOf } from '../core/audit/scopes.ts';
import { encodeCursor, parseSince } from '../core/audit/since.ts';
import type { RepositorySource } from '../core/port/repository-source.ts';
import type { SnykClient } from '../core/port/snyk-client.ts';
import type { AuditEvent } from '../core/port/snyk-shapes.ts';
import type { LiveState, LiveUser } from '../core/types.ts';
import type { DriftAudit, DriftReport } from '../drift/types.ts';
import { readLiveState } from '../live/index.ts';
import { SnykApiError } from '../snyk/index.ts';
import { compareDrift } from './drift.ts';
import type { LoadedConfig } from './plan.ts';

/** How far back a run without `--since` looks for who made its drift. */
export const ATTRIBUTION_DAYS = 7;
/** Orgs whose own log is read, and users looked up by id, at most this many per run. */
const MAX_LOOKUPS = 20;
const DAY_MS = 86_400_000;

export interface AuditDriftOptions {
  now?: () => Date;
  onProgress?: (done: number, total: number, label: string) => void;
  /** `--since`: a cursor of an earlier run, an ISO time or a duration. */
  since?: string;
  /** `--full`: read everything, whatever `--since` says. */
  full?: boolean;
  /** Where `imports` globs are listed (GitHub); absent: globs are an error, as in a plan. */
  repositories?: RepositorySource;
}

type EventsRead = { ok: true; events: AuditEvent[] } | { ok: false; reason: string };

async function readEvents(client: SnykClient, groupId: string, from: Date, to: Date): Promise<EventsRead> {
  try {
    const window = { from: from.toISOString(), to: to.toISOString() };
    return { ok: true, events: await client.searchAuditLogs({ groupId }, window) };
  } catch (error) {
    if (!(error instanceof SnykApiError)) throw error;
    const why = error.code === 'SNYK_FORBIDDEN' ? ' (audit logs need an Enterprise plan)' : '';
    return { ok: false, reason: `the audit log could not be read${why}: ${error.message}` };
  }
}

/** Why this run reads everything before any request, or undefined when `--since` can be used. */
function fullReason(
  config: LoadedConfig,
  options: AuditDriftOptions,
  start: ReturnType<typeof parseSince> | undefined,
) {
  if (options.full === true) return options.since === undefined ? undefined : '--full was given';
  if (start === undefined) return undefined;
  if (config.desired.tenant !== undefined)
    return 'the file manages the tenant, and tenants have no audit log';
  return start.ok ? undefined : start.reason;
}

export async function detectDriftWithAudit(
  config: LoadedConfig,
  client: SnykClient,
  options: AuditDriftOptions = {},
): Promise<DriftReport> {
  const now = (options.now ?? (() => new Date()))();
  const start = options.since === undefined ? undefined : parseSince(options.since, now);
  const progress = {
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.repositories ? { repositories: options.repositories } : {}),
  };
  let reason = fullReason(config, options, start);
  // The window of the log: from --since when it is usable, else the last days, for the names.
  const from = start?.ok ? start.from : new Date(now.getTime() - ATTRIBUTION_DAYS * DAY_MS);
  let logUnreadable = false;
  if (start?.ok && reason === undefined) {
    const read = await readEvents(client, config.desired.group.id, from, now);
    if (read.ok) return sinceDrift(config, client, read.events, { now, from, progress });
    reason = read.reason;
    logUnreadable = true;
  }
  const live = await readLiveState(client, config.desired, { tolerant: true, ...progress });
  const report = compareDrift(config, live, now);
  const audit: DriftAudit = { mode: 'full', from: from.toISOString(), ...(reason ? { reason } : {}) };
  if (report.items.length > 0 && !logUnreadable) {
    const read = await readEvents(client, config.desired.group.id, from, now);
    if (read.ok) {
      audit.events = read.events.length;
      await attributeItems(report, live, read.events, client, {
        groupId: config.desired.group.id,
        from,
        to: now,
      });
    } else audit.unnamed = read.reason;
  }
  return { ...report, audit, nextCursor: encodeCursor(now, from) };
}

async function sinceDrift(
  config: LoadedConfig,
  client: SnykClient,
  events: AuditEvent[],
  run: { now: Date; from: Date; progress: object },
): Promise<DriftReport> {
  const scopes = scopesOf(events);
  const desired = narrowGroup(config.desired, scopes);
  const live = await readLiveState(client, desired, {
    tolerant: true,
    onlyOrgIds: scopes.orgIds,
    ...run.progress,
  });
  const narrowing = narrowToAudit(config.desired, live, scopes);
  const report = compareDrift({ ...config, desired: narrowing.desired }, live, run.now, (address) =>
    inAuditScope(address, narrowing),
  );
  await attributeItems(report, live, events, client, {
    groupId: config.desired.group.id,
    from: run.from,
    to: run.now,
  });
  const audit: DriftAudit = { mode: 'since', from: run.from.toISOString(), events: events.length };
  return { ...report, audit, nextCursor: encodeCursor(run.now, run.from) };
}

/**
 * Sets `changedBy` on the items an event explains. Orgs whose drift the group's log does not
 * explain have their own log read (Snyk's group log carries only some org events), and users the
 * reads did not meet are looked up: each at most MAX_LOOKUPS times per run.
 */
async function attributeItems(
  report: DriftReport,
  live: LiveState,
  groupEvents: readonly AuditEvent[],
  client: SnykClient,
  window: { groupId: string; from: Date; to: Date },
): Promise<void> {
  const orgIds = new Map(live.orgs.map((o) => [o.slug, o.id]));
  const ctx = { events: groupEvents, selfId: live.self.id, orgIdOf: (slug: string) => orgIds.get(slug) };
  const unexplained = new Set<string>();
  for (const item of report.items) {
    const orgId = item.org === undefined ? undefined : orgIds.get(item.org);
    if (orgId !== undefined && explainingEvent(item, ctx) === undefined) unexplained.add(orgId);
  }
  const orgEvents = await Promise.all(
    [...unexplained]
      .slice(0, MAX_LOOKUPS)
      .map((orgId) =>
        client
          .searchAuditLogs({ orgId }, { from: window.from.toISOString(), to: window.to.toISOString() })
          .catch(() => [] as AuditEvent[]),
      ),
  );
  const events = mergeEvents(groupEvents, orgEvents.flat());
  const explained = report.items.map((item) => explainingEvent(item, { ...ctx, events }));
  const unknown = new Set(
    explained.flatMap((e) =>
      e?.userId !== undefined && live.users[e.userId] === undefined ? [e.userId] : [],
    ),
  );
  const users = {
    ...live.users,
    ...(await lookUpUsers(client, window.groupId, [...unknown].slice(0, MAX_LOOKUPS))),
  };
  report.items.forEach((item, i) => {
    const event = explained[i];
    if (event !== undefined) item.changedBy = attributionOf(event, users);
  });
}

/** The group's and the orgs' events, once each, oldest first. */
function mergeEvents(a: readonly AuditEvent[], b: readonly AuditEvent[]): AuditEvent[] {
  const seen = new Set<string>();
  const key = (e: AuditEvent) => JSON.stringify([e.created, e.event, e.orgId, e.projectId, e.userId]);
  return [...a, ...b]
    .filter((e) => {
      const k = key(e);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((x, y) => x.created.localeCompare(y.created));
}

/** Group members by id: someone who changed a thing may no longer be where the reads looked. */
async function lookUpUsers(
  client: SnykClient,
  groupId: string,
  ids: string[],
): Promise<Record<string, LiveUser>> {
  const users: Record<string, LiveUser> = {};
  await Promise.all(
    ids.map(async (userId) => {
      const memberships = await client.listGroupMembershipsOf(groupId, { userId }).catch(() => []);
      const user = memberships.find((m) => m.user.id === userId)?.user;
      if (user !== undefined) users[userId] = user;
    }),
  );
  return users;
}
