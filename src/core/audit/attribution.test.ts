import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../port/snyk-shapes.ts';
import { attribute } from './attribution.ts';
import { scopesOf } from './scopes.ts';

const events: AuditEvent[] = [
  { created: '2026-12-01T00:00:00.000Z', event: 'org.user.add', orgId: 'o1', userId: 'bob' },
  { created: '2026-12-02T00:00:00.000Z', event: 'org.edit', orgId: 'o1', userId: 'carol' },
  { created: '2026-12-03T00:00:00.000Z', event: 'org.user.role.edit', orgId: 'o1', userId: 'tool' },
  { created: '2026-12-04T00:00:00.000Z', event: 'group.settings.edit' },
  { created: '2026-12-05T00:00:00.000Z', event: 'org.webhook.add', orgId: 'o2', userId: 'ghost' },
];
const ctx = {
  events,
  selfId: 'tool',
  orgIdOf: (slug: string) => ({ payments: 'o1', data: 'o2' })[slug],
  users: { bob: { id: 'bob', email: 'bob@acme.com' }, carol: { id: 'carol', name: 'Carol' } },
};

describe('attribute', () => {
  it("names the newest event of the item's family in its scope, skipping the tool's own", () => {
    expect(attribute({ kind: 'org_membership', org: 'payments' }, ctx)).toEqual({
      by: 'bob@acme.com',
      at: '2026-12-01T00:00:00.000Z',
    });
    expect(attribute({ kind: 'org', org: 'payments' }, ctx)).toEqual({
      by: 'Carol',
      at: '2026-12-02T00:00:00.000Z',
    });
    expect(attribute({ kind: 'webhook', org: 'data' }, ctx)).toEqual({
      by: 'user ghost',
      at: '2026-12-05T00:00:00.000Z',
    });
  });

  it('names no one for a system event, and nothing where no event fits', () => {
    expect(attribute({ kind: 'group_settings' }, ctx)).toEqual({ at: '2026-12-04T00:00:00.000Z' });
    expect(attribute({ kind: 'group_tag' }, ctx)).toBeUndefined();
    expect(attribute({ kind: 'webhook', org: 'payments' }, ctx)).toBeUndefined();
    expect(attribute({ kind: 'org', org: 'unknown-org' }, ctx)).toBeUndefined();
  });
});

describe('scopesOf', () => {
  it('names each org an event carries, and the group for events without an org', () => {
    const scopes = scopesOf(events);
    expect(scopes.group).toBe(true);
    expect([...scopes.orgIds].sort()).toEqual(['o1', 'o2']);
    expect(scopesOf(events.slice(0, 1)).group).toBe(false);
  });
});
