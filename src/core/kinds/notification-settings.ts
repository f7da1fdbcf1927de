// Notification defaults (v1): per org and event, only the keys the file lists are managed.
import type { Address } from '../addresses.ts';
import { isPlainObject } from '../json.ts';
import type { Json } from '../types.ts';
import { ApplyError } from './apply-support.ts';
import { settingsPartKind } from './settings-kind.ts';

/** What the request schema requires of each event besides `enabled`. */
const REQUIRED: Record<string, readonly string[]> = {
  'new-issues-remediations': ['enabled', 'issueSeverity', 'issueType'],
};

/**
 * The PUT body: each event the change lists, its live keys (less `inherited`, which Snyk
 * reports and does not take) with the listed ones written over them.
 */
export function notificationBody(
  live: Record<string, Json>,
  after: Json | null,
  address: Address,
): Record<string, Json> {
  const body: Record<string, Json> = {};
  for (const [event, wanted] of Object.entries(isPlainObject(after) ? after : {})) {
    const { inherited: _inherited, ...current } = (isPlainObject(live[event]) ? live[event] : {}) as Record<
      string,
      Json
    >;
    const merged = { ...current, ...(wanted as Record<string, Json>) };
    const lacking = (REQUIRED[event] ?? ['enabled']).filter((key) => merged[key] === undefined);
    if (lacking.length > 0)
      throw new ApplyError(
        `${address}: Snyk has no value for ${lacking.map((k) => `${event}.${k}`).join(', ')} to keep; list ${lacking.length === 1 ? 'it' : 'them'} in the file`,
      );
    body[event] = merged;
  }
  return body;
}

export const notificationSettingsKind = settingsPartKind({
  kind: 'notification_settings',
  noun: { one: 'notification settings', many: 'notification settings' },
  phase: 36,
  part: 'notifications',
  read: (client, orgId) => client.getNotificationSettings(orgId),
  write: async (client, orgId, { address, after }) =>
    client.updateNotificationSettings(
      orgId,
      notificationBody(await client.getNotificationSettings(orgId), after, address),
    ),
});
