// Which parts of the account audit events name (docs/commands.md#drift-from-the-audit-log): an org (with all its
// parts: members, settings, integrations, webhooks, projects) for every event that carries an
// org id, the group (its settings, tags and members) for group events. The tool's own events
// count too: what it changed is re-read like any other change.
import type { AuditEvent } from '../port/snyk-shapes.ts';

export interface AuditScopes {
  group: boolean;
  orgIds: ReadonlySet<string>;
}

export function scopesOf(events: readonly AuditEvent[]): AuditScopes {
  const orgIds = new Set<string>();
  let group = false;
  for (const event of events) {
    if (event.orgId !== undefined) orgIds.add(event.orgId);
    else group = true;
  }
  return { group, orgIds };
}
