// Records audit events: the one place every write through the API (and every change made "in the
// web UI" through the control surface) leaves its event, as Snyk's audit log does.
import type { EmuResponse } from '../request.ts';
import type { EmuAuditEvent, EmulatorState } from '../state-types.ts';
import type { PendingAudit } from './events.ts';

/** Appends the event of a write that succeeded (2xx); others leave no trace. */
export function recordAuditEvent(
  state: EmulatorState,
  pending: PendingAudit | undefined,
  response: EmuResponse,
  actor: { userId: string | undefined; now: Date },
): void {
  if (pending === undefined || response.status < 200 || response.status > 299) return;
  const log = state.auditLog ?? [];
  state.auditLog = log;
  const event: EmuAuditEvent = {
    seq: (log[log.length - 1]?.seq ?? 0) + 1,
    created: actor.now.toISOString(),
    event: pending.event,
    content: {},
  };
  if (pending.groupId !== undefined) event.group_id = pending.groupId;
  const createdId = (response.body as { id?: unknown } | undefined)?.id;
  const orgId = pending.event === 'org.create' && typeof createdId === 'string' ? createdId : pending.orgId;
  if (orgId !== undefined) event.org_id = orgId;
  if (pending.projectId !== undefined) event.project_id = pending.projectId;
  if (actor.userId !== undefined) event.userId = actor.userId;
  log.push(event);
}
