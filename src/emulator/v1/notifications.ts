// v1 org notification settings, from the spec (/org/{orgId}/notification-settings; schemas
// Notificationsettingsrequest/-response): every event is answered, with `inherited: true`
// while the org has not set it. A PUT carries whole event objects (the request schema requires
// `enabled`, and `issueSeverity` and `issueType` for new-issues-remediations); events it does
// not name keep their values.
import type { EmuResponse, HandlerContext } from '../request.ts';
import type { EmuNotificationSetting } from '../state-types.ts';
import { bodyOf, json, requireV1Org, v1Fail } from './common.ts';

const SIMPLE = ['project-imported', 'test-limit', 'weekly-report', 'request-updates', 'pending-requests'];
const NEW_ISSUES = 'new-issues-remediations';
const SEVERITIES = ['all', 'high'];
const TYPES = ['all', 'vuln', 'license', 'none'];

/** What an org inherits when it has set nothing. */
const INHERITED: Record<string, EmuNotificationSetting> = {
  [NEW_ISSUES]: { enabled: true, issueSeverity: 'high', issueType: 'vuln' },
  ...Object.fromEntries(SIMPLE.map((event) => [event, { enabled: true }])),
};

export function getNotificationSettings(ctx: HandlerContext): EmuResponse {
  const { org } = requireV1Org(ctx);
  return json(view(org.notifications ?? {}));
}

function view(own: Record<string, EmuNotificationSetting>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(INHERITED).map(([event, inherited]) => {
      const set = own[event];
      return [event, set === undefined ? { ...inherited, inherited: true } : { ...set, inherited: false }];
    }),
  );
}

function parseEvent(event: string, value: unknown): EmuNotificationSetting {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw v1Fail(400, `${event} must be an object`);
  const v = value as Record<string, unknown>;
  if (typeof v.enabled !== 'boolean') throw v1Fail(400, `${event}.enabled is required and must be a boolean`);
  if (event !== NEW_ISSUES) return { enabled: v.enabled };
  if (typeof v.issueSeverity !== 'string' || !SEVERITIES.includes(v.issueSeverity))
    throw v1Fail(400, `${event}.issueSeverity is required: one of ${SEVERITIES.join(', ')}`);
  if (typeof v.issueType !== 'string' || !TYPES.includes(v.issueType))
    throw v1Fail(400, `${event}.issueType is required: one of ${TYPES.join(', ')}`);
  return {
    enabled: v.enabled,
    issueSeverity: v.issueSeverity as 'all' | 'high',
    issueType: v.issueType as EmuNotificationSetting['issueType'] & string,
  };
}

export function putNotificationSettings(ctx: HandlerContext): EmuResponse {
  const { org } = requireV1Org(ctx);
  const body = bodyOf(ctx);
  const parsed: Record<string, EmuNotificationSetting> = {};
  // Everything is checked before anything changes.
  for (const [event, value] of Object.entries(body)) {
    if (!(event in INHERITED)) throw v1Fail(400, `'${event}' is not a notification event`);
    parsed[event] = parseEvent(event, value);
  }
  org.notifications = { ...(org.notifications ?? {}), ...parsed };
  return json(view(org.notifications));
}
