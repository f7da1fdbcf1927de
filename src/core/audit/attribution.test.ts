import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../port/snyk-shapes.ts';
import { attributionOf, explainingEvent } from './attribution.ts';
import { scopesOf } from './scopes.ts';

const events: AuditEvent[] = [
  { created: '2026-12-01T00:00:00.000Z', event: 'org.user.add', orgId: 'o1', userId: 'bob' },
  { created: '2026-12-02T00:00:00.000Z', event: 'org.edit', orgId: 'o1', userId: 'carol' },
  { created: '2026-12-03T00:00:00.000Z', event: 'org.user.role.edit', orgId: 'o1', userId: 'tool' },
  { created: '2026-12-04T00:00:00.000Z', event: 'group.settings.edit' },
  { created: '2026-12-05T00:00:00.000Z', event: 'org.webhook.add', orgId: 'o2', userId: 'ghost' },
];
const ctx = { events, selfId: 'tool', orgIdOf: (slug: string) => ({ payments: 'o1', data: 'o2' })[slug] };
const users = { bob: { id: 'bob', email: 'bob@acme.com' }, carol: { id: 'carol', name: 'Carol' } };
const attribute = (item: { kind: string; org?: string }) => {
  const event = explainingEvent(item, ctx);
  return event === undefined ? undefined : attributionOf(event, users);
};

describe('attribute', () => {
  it("names the newest event of the item's family in its scope, skipping the tool's own", () => {
    expect(attribute({ kind: 'org_membership', org: 'payments' })).toEqual({
      by: 'bob@acme.com',
      at: '2026-12-01T00:00:00.000Z',
    });
    expect(attribute({ kind: 'org', org: 'payments' })).toEqual({
      by: 'Carol',
      at: '2026-12-02T00:00:00.000Z',
    });
    expect(attribute({ kind: 'webhook', org: 'data' })).toEqual({
      by: 'user ghost',
      at: '2026-12-05T00:00:00.000Z',
    });
  });

  it('explains the newer kinds only by their own events (or their scope edit where Snyk has no name)', () => {
    expect(attribute({ kind: 'sast_settings', org: 'payments' })).toEqual({
      by: 'Carol',
      at: '2026-12-02T00:00:00.000Z',
    });
    expect(attribute({ kind: 'service_account', org: 'data' })).toBeUndefined();
    expect(attribute({ kind: 'ignore', org: 'data' })).toBeUndefined();
    expect(attribute({ kind: 'pull_request_template' })).toBeUndefined();
    expect(attribute({ kind: 'tenant_membership' })).toBeUndefined();
  });

  it('names no one for a system event, and nothing where no event fits', () => {
    expect(attribute({ kind: 'group_settings' })).toEqual({ at: '2026-12-04T00:00:00.000Z' });
    expect(attribute({ kind: 'group_tag' })).toBeUndefined();
    expect(attribute({ kind: 'webhook', org: 'payments' })).toBeUndefined();
    expect(attribute({ kind: 'org', org: 'unknown-org' })).toBeUndefined();
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
