// Who changed a drift item (docs/commands.md#drift-from-the-audit-log): the newest audit event of the item's org (or
// of the group, for group items) whose name fits the item's kind, made by someone other than the
// token's user (the tool's own applies are not drift). Kinds without a known event family are
// explained by any event of their scope.

import type { AuditEvent } from '../port/snyk-shapes.ts';
import type { LiveUser } from '../types.ts';

export interface Attribution {
  /** Email, else name, else `user <id>`; absent for a system event (Snyk names no user). */
  by?: string;
  at: string;
}

/** The event names that can explain an item of each kind, as prefixes. */
const EVENT_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  org: ['org.create', 'org.delete', 'org.edit', 'group.org.'],
  org_membership: ['org.user.'],
  pending_user: ['org.user.'],
  org_settings: [
    'org.request_access_settings.',
    'org.ignore_policy.',
    'org.sast_settings.',
    'org.settings.',
    'org.edit',
  ],
  integration_settings: ['org.integration.'],
  notification_settings: ['org.notification_settings.'],
  webhook: ['org.webhook.'],
  project: ['org.project.'],
  group_membership: ['group.user.'],
  group_settings: ['group.settings.', 'group.request_access_settings.'],
  group_tag: ['group.tag.'],
};

export interface AttributionContext {
  /** Events oldest first. */
  events: readonly AuditEvent[];
  /** The token's user: its events are the tool's own. */
  selfId: string;
  /** Live org id by slug, to find an item's org events. */
  orgIdOf: (slug: string) => string | undefined;
}

/** The event that explains an item of `kind` in `org` (a slug; undefined for group items), if any. */
export function explainingEvent(
  item: { kind: string; org?: string },
  ctx: AttributionContext,
): AuditEvent | undefined {
  const orgId = item.org === undefined ? undefined : ctx.orgIdOf(item.org);
  if (item.org !== undefined && orgId === undefined) return undefined;
  const families = EVENT_FAMILIES[item.kind];
  for (let i = ctx.events.length - 1; i >= 0; i--) {
    const event = ctx.events[i]!;
    if (event.orgId !== orgId) continue;
    if (families !== undefined && !families.some((prefix) => event.event.startsWith(prefix))) continue;
    if (event.userId === ctx.selfId) continue;
    return event;
  }
  return undefined;
}

/** Who made an event: email, else name, else `user <id>`; no one for a system event. */
export function attributionOf(event: AuditEvent, users: Readonly<Record<string, LiveUser>>): Attribution {
  if (event.userId === undefined) return { at: event.created };
  const user = users[event.userId];
  return { by: user?.email ?? user?.name ?? user?.username ?? `user ${event.userId}`, at: event.created };
}
