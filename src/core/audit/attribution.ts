// Who changed a drift item (docs/commands.md#drift-from-the-audit-log): the newest audit event of the item's org (or
// of the group, for group items) whose name fits the item's kind, made by someone other than the
// token's user (the tool's own applies are not drift).

import type { Kind } from '../kinds/index.ts';
import type { AuditEvent } from '../port/snyk-shapes.ts';
import type { LiveUser } from '../types.ts';

export interface Attribution {
  /** Email, else name, else `user <id>`; absent for a system event (Snyk names no user). */
  by?: string;
  at: string;
}

/**
 * The event names that can explain an item of each kind, as prefixes, where they differ from
 * Snyk's pattern `<scope>.<kind>.<verb>` (`org.sast_settings.edit`). A kind not listed is
 * explained by events of that pattern, or by its scope's `edit` event, which is what Snyk
 * records for writes without a name of their own (IaC settings, the fix-PR template); so a
 * new settings kind needs no line here. The tenant has no audit log: nothing explains it.
 */
const EVENT_FAMILIES: { readonly [K in Kind]?: readonly string[] } = {
  org: ['org.create', 'org.delete', 'org.edit', 'group.org.'],
  org_settings: ['org.request_access_settings.', 'org.ignore_policy.', 'org.settings.', 'org.edit'],
  org_membership: ['org.user.'],
  group_settings: ['group.settings.', 'group.request_access_settings.'],
  group_membership: ['group.user.'],
  group_tag: ['group.tag.'],
  tenant: [],
  tenant_membership: [],
  pending_user: ['org.user.'],
  project: ['org.project.'],
  integration_settings: ['org.integration.'],
  notification_settings: ['org.notification_settings.'],
  webhook: ['org.webhook.'],
  placement: ['org.project.'],
  ignore: ['org.project.ignore.', 'org.ignore_policy.'],
  import: ['org.target.', 'org.project.'],
};

function familyOf(kind: string): readonly string[] {
  const listed = (EVENT_FAMILIES as Readonly<Record<string, readonly string[]>>)[kind];
  return listed ?? [`org.${kind}.`, `group.${kind}.`, 'org.edit', 'group.edit'];
}

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
  const families = familyOf(item.kind);
  for (let i = ctx.events.length - 1; i >= 0; i--) {
    const event = ctx.events[i]!;
    if (event.orgId !== orgId) continue;
    if (!families.some((prefix) => event.event.startsWith(prefix))) continue;
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
