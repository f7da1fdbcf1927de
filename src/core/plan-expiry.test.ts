import { describe, expect, it } from 'vitest';
import { Address } from './addresses.ts';
import { desiredMembers, desiredState, liveMembers } from './builders.test-helpers.ts';
import { plan as planAt } from './planning.test-helpers.ts';
import type { DesiredState, LiveState } from './types.ts';

const NOW = new Date('2026-12-05T12:00:00Z');

const plan = (desired: DesiredState, live: LiveState, now = NOW) => planAt(desired, live, { now: () => now });

const live = liveMembers({
  group: { alice: 'groupAdmin', bob: 'groupMember' },
  orgs: { payments: { alice: 'orgAdmin', carol: 'orgAdmin' } },
  tenant: { dave: 'tenantViewer' },
});

describe('expiring access, in every membership kind', () => {
  const desired = (expires: { bob?: string; carol?: string; dave?: string }) =>
    desiredMembers({
      group: {
        alice: 'Group Admin',
        bob: { role: 'Group Member', ...(expires.bob ? { expires: expires.bob } : {}) },
      },
      orgs: {
        payments: {
          alice: 'Org Admin',
          carol: { role: 'Org Admin', ...(expires.carol ? { expires: expires.carol } : {}) },
        },
      },
      tenant: { dave: { role: 'Tenant Viewer', ...(expires.dave ? { expires: expires.dave } : {}) } },
    });

  it('deletes a live membership whose entry expired, with a note, whatever prune says', () => {
    const p = plan(desired({ bob: '2026-12-04', carol: '2026-12-05T11:59:59Z', dave: '2026-12-01' }), live);
    expect(p.changes.map((c) => [c.action, c.address.text, c.expiredAt])).toEqual([
      ['delete', 'org[payments].member[carol@acme.com]', '2026-12-05T11:59:59.000Z'],
      ['delete', 'group.member[bob@acme.com]', '2026-12-05T00:00:00.000Z'],
      ['delete', 'tenant.member[dave@acme.com]', '2026-12-02T00:00:00.000Z'],
    ]);
    expect(p.changes[1]?.note).toBe(
      'Expired at 2026-12-05T00:00:00Z (expires: 2026-12-04): the access ends.',
    );
  });

  it('keeps an entry until its instant, warning within users.expiryWarningDays', () => {
    const p = plan(desired({ bob: '2026-12-05', carol: '2026-12-20', dave: '2026-12-11' }), live);
    expect(p.changes).toEqual([]);
    expect(p.warnings.map((w) => [w.code, w.address?.text, w.message])).toEqual([
      [
        'MEMBER_EXPIRES_SOON',
        'group.member[bob@acme.com]',
        'expires within a day, at 2026-12-06T00:00:00Z (expires: 2026-12-05); extend the date in the file to keep this access.',
      ],
      [
        'MEMBER_EXPIRES_SOON',
        'tenant.member[dave@acme.com]',
        'expires in 7 days, at 2026-12-12T00:00:00Z (expires: 2026-12-11); extend the date in the file to keep this access.',
      ],
    ]);
    const wider = plan(
      { ...desired({ carol: '2026-12-20' }), users: { unknown: 'error', ignore: [], expiryWarningDays: 30 } },
      live,
    );
    expect(wider.warnings.map((w) => w.address?.text)).toEqual(['org[payments].member[carol@acme.com]']);
  });

  it('does not create an absent member whose entry expired, and says so', () => {
    const p = plan(
      desiredMembers({
        orgs: {
          payments: {
            alice: 'Org Admin',
            carol: 'Org Admin',
            dave: { role: 'Org Collaborator', expires: '2026-11-30' },
          },
        },
      }),
      live,
    );
    expect(p.changes).toEqual([]);
    expect(p.warnings).toEqual([
      {
        code: 'MEMBER_EXPIRED',
        message:
          'expired at 2026-12-01T00:00:00Z (expires: 2026-11-30): not created; remove the entry from the file.',
        address: Address.of('org[payments].member[dave@acme.com]'),
      },
    ]);
  });

  it('is not an unknown-user error when the expired person has left Snyk', () => {
    const p = plan(
      desiredMembers(
        { orgs: { payments: { 'gone@acme.com': { role: 'Org Admn', expires: '2026-01-01' } } } },
        { prune: { ...desiredState().prune, orgMembers: false } },
      ),
      live,
    );
    expect(p.changes).toEqual([]);
    expect(p.warnings.map((w) => w.code)).toEqual(['MEMBER_EXPIRED']);
  });

  it('the same plan a minute before and a minute after differs only by the expired delete', () => {
    const d = desired({ carol: '2026-12-05T12:00:00Z' });
    expect(plan(d, live, new Date('2026-12-05T11:59:00Z')).changes).toEqual([]);
    expect(plan(d, live, new Date('2026-12-05T12:00:00Z')).changes.map((c) => c.address.text)).toEqual([
      'org[payments].member[carol@acme.com]',
    ]);
  });
});
