import { describe, expect, it } from 'vitest';
import { desiredOrg, desiredState, TENANT_ID, user } from '../builders.test-helpers.ts';
import type { DesiredState, MemberSpec } from '../types.ts';
import { expiryInstant, listingsOf } from './listing.ts';
import { namingNeeds, PER_ORG_LOOKUPS_MAX, pendingCandidates } from './needs.ts';
import { personQueries } from './person.ts';
import { type AccessReads, buildAccessReport } from './report.ts';

/** A report as its JSON writes it: addresses as their text. */
const written = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const NOW = new Date('2026-12-10T12:00:00Z');
const dana = user('dana');

/** A member entry with `expires` (docs/configuration.md#access-that-ends-delegated-team-files-invitations), whether or not the schema on this branch has it yet. */
const expiring = (spec: MemberSpec, expires: string): MemberSpec => ({ ...spec, expires }) as MemberSpec;

function reads(overrides: Partial<AccessReads> = {}): AccessReads {
  return {
    groupId: 'g',
    person: { ref: 'dana@acme.com', user: dana },
    group: [],
    orgs: [],
    pending: [],
    orgRoles: [],
    ...overrides,
  };
}

const org = (slug: string, roleName: string) => ({
  orgId: `org-${slug}`,
  orgName: slug.toUpperCase(),
  slug,
  roleName,
});

describe('buildAccessReport', () => {
  const desired = desiredState({
    group: { id: 'g', members: [{ user: 'DANA@acme.com', role: 'Group Member' }] },
    orgs: [
      desiredOrg('payments', { members: [{ user: 'dana', role: 'Org Admin' }] }),
      desiredOrg('platform', {
        members: [expiring({ user: 'user-dana', role: 'Org Collaborator' }, '2026-12-31')],
      }),
      desiredOrg('data', { members: [] }),
      desiredOrg('settings-only'),
    ],
  });

  it('marks each membership managed when the config lists the person there, by email, username or id', () => {
    const report = buildAccessReport(
      desired,
      reads({
        group: [{ roleName: 'Group Member' }],
        orgs: [
          org('platform', 'Org Collaborator'),
          org('payments', 'Org Admin'),
          org('settings-only', 'Org Admin'),
        ],
      }),
      NOW,
    );
    expect(report.user).toEqual({ id: 'user-dana', email: 'dana@acme.com', username: 'dana' });
    expect(written(report.memberships)).toEqual([
      {
        scope: 'group',
        address: 'group.member[dana@acme.com]',
        role: 'Group Member',
        managed: true,
      },
      {
        scope: 'org',
        address: 'org[payments].member[dana@acme.com]',
        role: 'Org Admin',
        managed: true,
        orgName: 'PAYMENTS',
      },
      {
        scope: 'org',
        address: 'org[platform].member[dana@acme.com]',
        role: 'Org Collaborator',
        managed: true,
        orgName: 'PLATFORM',
        expires: '2026-12-31',
      },
      // The config lists the org but not its members: the membership is left alone.
      {
        scope: 'org',
        address: 'org[settings-only].member[dana@acme.com]',
        role: 'Org Admin',
        managed: false,
        orgName: 'SETTINGS-ONLY',
      },
    ]);
    expect(report.unapplied).toEqual([]);
  });

  it('says the next apply removes an unlisted membership where the config prunes members', () => {
    const report = buildAccessReport(
      desired,
      reads({ orgs: [org('data', 'Org Admin'), org('elsewhere', 'Org Admin')] }),
      NOW,
    );
    expect(report.memberships.map((m) => [m.address.text, m.managed, m.removedByApply ?? false])).toEqual([
      ['org[data].member[dana@acme.com]', false, true],
      ['org[elsewhere].member[dana@acme.com]', false, false],
    ]);
    const kept = buildAccessReport(
      { ...desired, prune: { ...desired.prune, orgMembers: false } },
      reads({ orgs: [org('data', 'Org Admin')] }),
      NOW,
    );
    expect(kept.memberships[0]?.removedByApply).toBeUndefined();
  });

  it('marks an entry expired from the end of its date on, and the membership as removed by the next apply', () => {
    const after = new Date('2027-01-01T00:00:00Z');
    const report = buildAccessReport(desired, reads({ orgs: [org('platform', 'Org Collaborator')] }), after);
    expect(written(report.memberships[0])).toMatchObject({
      managed: true,
      expires: '2026-12-31',
      expired: true,
      removedByApply: true,
    });
    const lastMinute = buildAccessReport(
      desired,
      reads({ orgs: [org('platform', 'Org Collaborator')] }),
      new Date('2026-12-31T23:59:59Z'),
    );
    expect(lastMinute.memberships[0]?.expired).toBeUndefined();
  });

  it('lists what the config has for the person and Snyk does not, including the group membership', () => {
    const report = buildAccessReport(desired, reads({ orgs: [org('payments', 'Org Admin')] }), NOW);
    expect(written(report.unapplied)).toEqual([
      { scope: 'group', address: 'group.member[dana@acme.com]', role: 'Group Member' },
      {
        scope: 'org',
        address: 'org[platform].member[dana@acme.com]',
        role: 'Org Collaborator',
        expires: '2026-12-31',
      },
    ]);
  });

  it("reports the tenant only when the config has one, and the person's tenant membership against its members", () => {
    const withTenant: DesiredState = { ...desired, tenant: { id: TENANT_ID, members: [] } };
    const report = buildAccessReport(withTenant, reads({ tenant: [{ roleName: 'Tenant Admin' }] }), NOW);
    expect(written(report.memberships[0])).toEqual({
      scope: 'tenant',
      address: 'tenant.member[dana@acme.com]',
      role: 'Tenant Admin',
      managed: false,
    });
    expect(
      buildAccessReport(desired, reads({ tenant: [{ roleName: 'Tenant Admin' }] }), NOW).memberships,
    ).toEqual([]);
  });

  it('reports the pending invitations of the email only, named by role, managed where listed', () => {
    const invited = desiredState({
      users: { unknown: 'invite', ignore: [] },
      orgs: [
        desiredOrg('mobile', {
          members: [expiring({ user: 'grace@acme.com', role: 'Org Admin' }, '2027-03-01T00:00:00Z')],
        }),
      ],
    });
    const report = buildAccessReport(
      invited,
      reads({
        person: { ref: 'Grace@acme.com' },
        pending: [
          {
            orgId: 'org-mobile',
            slug: 'mobile',
            entries: [
              { via: 'invite', email: 'grace@ACME.com', roleId: 'r1', active: false },
              { via: 'invite', email: 'someone@acme.com', roleId: 'r1', active: true },
            ],
          },
        ],
        orgRoles: [{ id: 'r1', name: 'Org Admin' }],
      }),
      NOW,
    );
    expect(report.user).toEqual({ id: null, email: 'grace@acme.com', username: null });
    expect(report.memberships).toEqual([]);
    expect(written(report.pending)).toEqual([
      {
        scope: 'org',
        address: 'org[mobile].pending[grace@acme.com]',
        via: 'invite',
        role: 'Org Admin',
        managed: true,
        expires: '2027-03-01T00:00:00Z',
        active: false,
      },
    ]);
    expect(report.unapplied).toEqual([]);
  });

  it('never calls the access of an ignored person managed', () => {
    const ignoring = { ...desired, users: { unknown: 'error' as const, ignore: ['*@acme.com'] } };
    const report = buildAccessReport(
      ignoring,
      reads({ group: [{ roleName: 'Group Member' }], orgs: [org('data', 'Org Admin')] }),
      NOW,
    );
    expect(report.ignored).toBe(true);
    expect(report.memberships.map((m) => [m.managed, m.removedByApply])).toEqual([
      [false, undefined],
      [false, undefined],
    ]);
  });

  it('finds a config org pinned by id even when Snyk gave it another slug', () => {
    const pinned = desiredState({
      orgs: [desiredOrg('pay', { id: 'org-payments-2', members: [{ user: 'dana', role: 'Org Admin' }] })],
    });
    const report = buildAccessReport(
      pinned,
      reads({
        orgs: [{ orgId: 'org-payments-2', orgName: 'Pay', slug: 'payments-2', roleName: 'Org Admin' }],
      }),
      NOW,
    );
    expect(written(report.memberships[0])).toMatchObject({
      address: 'org[pay].member[dana@acme.com]',
      managed: true,
    });
  });
});

describe('what access reads', () => {
  it('filters by user id, by email then username, or by username', () => {
    expect(personQueries('4A18D42F-0706-4AD0-B127-24078731FBED')).toEqual([
      { userId: '4a18d42f-0706-4ad0-b127-24078731fbed' },
    ]);
    expect(personQueries(' dana@acme.com ')).toEqual([
      { email: 'dana@acme.com' },
      { username: 'dana@acme.com' },
    ]);
    expect(personQueries('dana')).toEqual([{ username: 'dana' }]);
  });

  it('names orgs one by one while few need it, else through the group list', () => {
    const desired = desiredState({
      users: { unknown: 'invite', ignore: [] },
      orgs: [
        desiredOrg('pinned', { id: 'org-pinned', members: [] }),
        desiredOrg('mobile', { members: [{ user: 'dana', role: 'Org Admin' }] }),
      ],
    });
    const listings = listingsOf(desired, { ref: 'dana', user: dana });
    const few = namingNeeds(desired, listings, ['org-pinned', 'org-a', 'org-b']);
    expect(few).toEqual({ ids: ['org-a', 'org-b'], slugs: ['mobile'], strategy: 'per-org' });
    const ids = Array.from({ length: PER_ORG_LOOKUPS_MAX }, (_, i) => `org-${i}`);
    expect(namingNeeds(desired, listings, ids).strategy).toBe('group-list');
    const noPending = { ...desired, users: { unknown: 'error' as const, ignore: [] } };
    expect(namingNeeds(noPending, listings, ids).slugs).toEqual([]);
  });

  it('reads pending only where the config lists the person and they are not a member', () => {
    const desired = desiredState({
      users: { unknown: 'provision', ignore: [] },
      orgs: [
        desiredOrg('a', { members: [{ user: 'dana@acme.com', role: 'Org Admin' }] }),
        desiredOrg('b', { members: [{ user: 'dana@acme.com', role: 'Org Admin' }] }),
        desiredOrg('c', { members: [] }),
      ],
    });
    const listings = listingsOf(desired, { ref: 'dana@acme.com', user: dana });
    const candidates = pendingCandidates(desired, listings, [{ id: 'org-a', slug: 'a' }]);
    expect(candidates.map((o) => o.slug)).toEqual(['b']);
  });

  it('takes a date as the end of that day in UTC and a timestamp as given', () => {
    expect(expiryInstant('2026-12-31')).toBe(Date.parse('2027-01-01T00:00:00Z'));
    expect(expiryInstant('2026-12-05T18:00:00Z')).toBe(Date.parse('2026-12-05T18:00:00Z'));
    expect(expiryInstant('soon')).toBeUndefined();
  });
});
