import { describe, expect, it } from 'vitest';
import { Address } from '../core/addresses.ts';
import { looseChange } from '../core/builders.test-helpers.ts';
import type { Change, Plan, Warning } from '../core/types.ts';
import { buildDriftReport } from './report.ts';

const now = new Date('2025-06-01T12:00:00.000Z');

const change = looseChange;

function plan(changes: Change[], warnings: Warning[] = []): Pick<Plan, 'groupId' | 'changes' | 'warnings'> {
  return { groupId: 'g-1', changes, warnings };
}

const roleChange = change({
  action: 'update',
  kind: 'org_membership',
  address: 'org[payments].member[bob@acme.com]',
  before: { role: 'Org Admin' },
  after: { role: 'Org Collaborator' },
});
const handAdded = change({
  action: 'delete',
  kind: 'group_membership',
  address: 'group.member[mallory@acme.com]',
  before: { role: 'Group Admin' },
});
const removed = change({
  action: 'create',
  kind: 'org_membership',
  address: 'org[data].member[carol@acme.com]',
  after: { role: 'Org Collaborator' },
});

describe('buildDriftReport', () => {
  it('words a plan create as removed in Snyk, a delete as added by hand, an update as changed', () => {
    const report = buildDriftReport(
      plan([roleChange, handAdded, removed]),
      { unknown: [] },
      { now, ignore: [] },
    );
    expect(report.items.map((i) => [i.address.text, i.change])).toEqual([
      ['group.member[mallory@acme.com]', 'added'],
      ['org[data].member[carol@acme.com]', 'removed'],
      ['org[payments].member[bob@acme.com]', 'changed'],
    ]);
    expect(report.inSync).toBe(false);
    expect(report.scannedAt).toBe('2025-06-01T12:00:00.000Z');
    expect(report.summary).toEqual({
      total: 3,
      added: 1,
      removed: 1,
      changed: 1,
      ignored: 0,
      unknown: 0,
      byKind: {
        org_membership: { added: 0, removed: 1, changed: 1 },
        group_membership: { added: 1, removed: 0, changed: 0 },
      },
    });
  });

  it('gives a changed item the patch from the file to Snyk and the field values of both', () => {
    const [item] = buildDriftReport(plan([roleChange]), { unknown: [] }, { now, ignore: [] }).items;
    expect(item).toMatchObject({
      org: 'payments',
      live: { role: 'Org Admin' },
      desired: { role: 'Org Collaborator' },
      patch: [{ op: 'replace', path: '/role', value: 'Org Admin' }],
      fields: [{ path: '/role', live: 'Org Admin', desired: 'Org Collaborator' }],
    });
  });

  it('reports nested settings changes field by field', () => {
    const settings = change({
      action: 'update',
      kind: 'org_settings',
      address: 'org[payments].settings',
      before: { requestAccess: { enabled: true }, ignores: { reasonRequired: false } },
      after: { requestAccess: { enabled: false }, ignores: { reasonRequired: false } },
    });
    const [item] = buildDriftReport(plan([settings]), { unknown: [] }, { now, ignore: [] }).items;
    expect(item?.fields).toEqual([{ path: '/requestAccess/enabled', live: true, desired: false }]);
  });

  it('counts a listed tenant member or tag that Snyk lacks as removed; other warnings are notes', () => {
    const warnings: Warning[] = [
      {
        code: 'TENANT_MEMBER_NOT_CREATABLE',
        message: 'x is not a tenant member',
        address: Address.of('tenant.member[x@acme.com]'),
      },
      { code: 'TAG_NOT_CREATABLE', message: 'tag missing', address: Address.of('group.tag[team:web]') },
      { code: 'ORG_SLUG_DIFFERS', message: 'slug differs', address: Address.of('org[a]') },
    ];
    const report = buildDriftReport(plan([], warnings), { unknown: [] }, { now, ignore: [] });
    expect(report.items.map((i) => [i.kind, i.address.text, i.change])).toEqual([
      ['group_tag', 'group.tag[team:web]', 'removed'],
      ['tenant_membership', 'tenant.member[x@acme.com]', 'removed'],
    ]);
    expect(report.notes.map((n) => n.code)).toEqual(['ORG_SLUG_DIFFERS']);
  });

  it('leaves out items matched by drift.ignore rules and counts them per rule', () => {
    const report = buildDriftReport(
      plan([roleChange, handAdded, removed]),
      { unknown: [] },
      {
        now,
        ignore: [
          { address: 'org[pay*].member[*]', reason: 'payments manages its own members' },
          { kind: 'group_membership' },
          { kind: 'org', address: '*' },
        ],
      },
    );
    expect(report.items.map((i) => i.address.text)).toEqual(['org[data].member[carol@acme.com]']);
    expect(report.ignored).toBe(2);
    expect(report.summary.ignored).toBe(2);
    expect(report.ignoreRules.map((r) => r.matched)).toEqual([1, 1, 0]);
  });

  it('is in sync when every item is ignored', () => {
    const report = buildDriftReport(
      plan([handAdded]),
      { unknown: [] },
      { now, ignore: [{ kind: 'group_membership' }] },
    );
    expect(report.inSync).toBe(true);
    expect(report.items).toEqual([]);
  });

  it('reports unknown parts, and no item of an org that could not be read at all', () => {
    const report = buildDriftReport(
      plan([removed, roleChange]),
      { unknown: [{ address: 'org[data]', reason: '403 Forbidden' }] },
      { now, ignore: [] },
    );
    expect(report.items.map((i) => i.address.text)).toEqual(['org[payments].member[bob@acme.com]']);
    expect(report.unknown).toEqual([{ address: 'org[data]', reason: '403 Forbidden' }]);
    expect(report.summary.unknown).toBe(1);
  });
});
