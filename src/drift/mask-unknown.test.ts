import { describe, expect, it } from 'vitest';
import { Address } from '../core/addresses.ts';
import { DEFAULT_PRUNE as PRUNE } from '../core/desired-parts.ts';
import type { DesiredState } from '../core/types.ts';
import { dropUnreadablePending, maskUnknownParts } from './mask-unknown.ts';

function desired(): DesiredState {
  return {
    version: 1,
    group: {
      id: 'g-1',
      settings: { sessionLength: 60 },
      tags: [{ key: 'team', value: 'web' }],
      members: [{ user: 'a@acme.com', role: 'Group Admin' }],
    },
    tenant: { id: 't-1', name: 'Acme', members: [{ user: 'a@acme.com', role: 'Tenant Admin' }] },
    orgs: [
      { slug: 'payments', name: 'Payments', settings: { requestAccess: { enabled: true } }, members: [] },
      { slug: 'data', name: 'Data', settings: { requestAccess: { enabled: false } }, members: [] },
    ],
    users: { unknown: 'error', ignore: [] },
    prune: { ...PRUNE, orgs: true },
    limits: { maxDeletePercent: 25 },
    drift: { ignore: [] },
  };
}

describe('unreadable invitations or provisions (a read-only token)', () => {
  const unknown = [{ address: 'org[payments].invites', reason: 'the token cannot read it' }];

  it("keep the org's members compared", () => {
    expect(maskUnknownParts(desired(), unknown)).toEqual(desired());
  });

  it("leave out only that org's pending-user changes", () => {
    const changes = [
      { address: Address.of('org[payments].pending[heidi@acme.com]') },
      { address: Address.of('org[payments].member[bob@acme.com]') },
      { address: Address.of('org[data].pending[ivan@acme.com]') },
    ];
    expect(dropUnreadablePending(changes, unknown).map((c) => c.address.text)).toEqual([
      'org[payments].member[bob@acme.com]',
      'org[data].pending[ivan@acme.com]',
    ]);
  });
});

describe('maskUnknownParts', () => {
  it("stops managing an org's members when they could not be read, keeping its settings", () => {
    const masked = maskUnknownParts(desired(), [{ address: 'org[payments].members', reason: '403' }]);
    expect(masked.orgs[0]).toEqual({
      slug: 'payments',
      name: 'Payments',
      settings: { requestAccess: { enabled: true } },
    });
    expect(masked.orgs[1]).toEqual(desired().orgs[1]);
  });

  it('stops managing only the settings part that could not be read, keeping the members compared', () => {
    const base = desired();
    base.orgs[0]!.notifications = { 'weekly-report': { enabled: false } };
    const masked = maskUnknownParts(base, [{ address: 'org[payments].notifications', reason: '403' }]);
    expect(masked.orgs[0]).toEqual({
      slug: 'payments',
      name: 'Payments',
      settings: { requestAccess: { enabled: true } },
      members: [],
    });
  });

  it('stops managing settings and members of an org that could not be read at all, keeping its place', () => {
    const masked = maskUnknownParts(desired(), [{ address: 'org[data]', reason: '404' }]);
    expect(masked.orgs.map((o) => o.slug)).toEqual(['payments', 'data']);
    expect(masked.orgs[1]).toEqual({ slug: 'data', name: 'Data' });
  });

  it('masks group and tenant parts by address', () => {
    const masked = maskUnknownParts(desired(), [
      { address: 'group.members', reason: 'rate limit' },
      { address: 'group.tags', reason: '403' },
      { address: 'tenant.members', reason: '403' },
    ]);
    expect(masked.group).toEqual({ id: 'g-1', settings: { sessionLength: 60 } });
    expect(masked.tenant).toEqual({ id: 't-1', name: 'Acme' });
  });

  it("masks a group settings part that could not be read (the IaC settings' own permission)", () => {
    const state = desired();
    state.group.iac = { customRules: { isEnabled: true } };
    state.group.pullRequestTemplate = { title: 'Fix' };
    const masked = maskUnknownParts(state, [{ address: 'group.iac', reason: '403' }]);
    expect(masked.group.iac).toBeUndefined();
    expect(masked.group.pullRequestTemplate).toEqual({ title: 'Fix' });
  });

  it('manages no org and prunes none when the org list itself is unknown', () => {
    const masked = maskUnknownParts(desired(), [{ address: 'orgs', reason: '429' }]);
    expect(masked.orgs).toEqual([]);
    expect(masked.prune.orgs).toBe(false);
  });

  it('does not modify its input', () => {
    const input = desired();
    maskUnknownParts(input, [{ address: 'tenant', reason: '403' }]);
    expect(input).toEqual(desired());
  });
});
