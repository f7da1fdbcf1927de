// `plan` reads only what the file manages, at the fewest calls. The expected number of requests
// is derived here from the documented endpoints (REST lists page at limit=100; one call per
// v1 read), not from the live reader, and compared with both `stats.requests` and the
// emulator's own request log. The account is big enough for paging to matter: 230 orgs, a
// group with 131 members, an org with 140 members.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmulatorState, generateState } from '../../src/emulator/index.ts';
import { runCliInProcess } from '../support/cli.test-helpers.ts';
import {
  apiCallsIn,
  type EmulatorFixture,
  lookup,
  startFixture,
} from '../support/emulator-fixture.test-helpers.ts';

/** REST cursor pages needed for `n` items at limit=100 (an empty list is still one page). */
const pages = (n: number) => Math.max(1, Math.ceil(n / 100));

let fx: EmulatorFixture;
let state: EmulatorState;
let groupId: string;

beforeAll(async () => {
  const generated = generateState({ orgs: 230, membersPerOrg: [0, 75], groupMembers: 130, seed: 7 });
  state = generated.state;
  groupId = generated.groupId;
  const group = state.groups[0]!;
  // One org with 140 members (two pages) and two pending invitations.
  const big = group.orgs[0]!;
  big.members = state.users.slice(1, 141).map((u, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    userId: u.id,
    roleId: group.orgRoles[0]!.id,
    createdAt: '2024-01-01T00:00:00.000Z',
  }));
  big.invites = [
    {
      id: '1a0e0000-0000-4000-8000-000000000001',
      email: 'new1@example.com',
      roleId: group.orgRoles[0]!.id,
      isActive: true,
    },
    {
      id: '1a0e0000-0000-4000-8000-000000000002',
      email: 'new2@example.com',
      roleId: group.orgRoles[0]!.id,
      isActive: true,
    },
  ];
  // A second org with integrations (settings read only for the listed types it has).
  group.orgs[1]!.integrations = [
    { id: 'int-gh', type: 'github', settings: { pullRequestTestEnabled: true } },
    { id: 'int-gl', type: 'gitlab', settings: { pullRequestTestEnabled: true } },
  ];
  // Counted against the documented API: in reality mode some listings end with one more,
  // empty page (REALITY.md §7), one more request per listing, so these counts pin it off.
  fx = await startFixture(state, { token: generated.token, reality: {} });
});
afterAll(() => fx.close());

function yamlMembers(members: { userId: string; roleId: string }[], roles: { id: string; name: string }[]) {
  const at = lookup(state);
  return members.map(
    (m) => `      - { user: ${at.emailOf(m.userId)}, role: ${roles.find((r) => r.id === m.roleId)!.name} }`,
  );
}

describe('plan reads the minimum', () => {
  it('counts exactly the pages and reads the file needs', async () => {
    const group = state.groups[0]!;
    const [big, small, settingsOnly, untouched] = group.orgs;
    const config = [
      'version: 1',
      'group:',
      `  id: ${groupId}`,
      '  settings: { sessionLength: 60 }',
      '  members:',
      ...yamlMembers(group.members, group.groupRoles).map((l) => l.slice(2)),
      'users: { unknown: invite }',
      'orgs:',
      `  - slug: ${big!.slug}`,
      `    name: ${big!.name}`,
      '    members:',
      ...yamlMembers(big!.members, group.orgRoles),
      `  - slug: ${small!.slug}`,
      `    name: ${small!.name}`,
      '    members: []',
      // github's settings are read; gitlab is not listed; bitbucket-cloud is listed and absent.
      '    integrations: { github: { settings: { pullRequestTestEnabled: false } }, bitbucket-cloud: {} }',
      '    notifications: { weekly-report: { enabled: false } }',
      '    webhooks: []',
      `  - slug: ${settingsOnly!.slug}`,
      `    name: ${settingsOnly!.name}`,
      '    settings: { requestAccess: { enabled: true } }',
      '  - slug: brand-new',
      '    name: Brand New',
      '    members: []',
      `    template: ${settingsOnly!.slug}`,
      '    integrations: { github: { settings: { pullRequestTestEnabled: false } } }',
      '',
    ].join('\n');
    const path = await fx.write('big.yaml', config);
    expect(untouched).toBeDefined();

    const expected =
      1 + // GET /rest/self
      pages(group.orgs.length) + // GET /rest/groups/{id}/orgs: 230 orgs → 3 pages
      1 + // GET /v1/group/{id}/roles: org roles, once (the file manages org members)
      pages(group.members.length) + // GET /rest/groups/{id}/memberships: 131 → 2 pages
      1 + // GET /v1/group/{id}/settings
      // managed orgs that exist: their memberships and (users.unknown: invite) their invitations
      pages(big!.members.length) +
      pages(big!.invites.length) +
      pages(small!.members.length) +
      pages(small!.invites.length) +
      // the small org's v1 integrations list, github's settings, notification settings, webhooks
      4 +
      1 + // GET /v1/org/{id}/settings of the settings-only org
      // the new org costs one read: the integration list of its template (not managed itself)
      1;
    expect(expected).toBe(1 + 3 + 1 + 2 + 1 + 2 + 1 + 1 + 1 + 4 + 1 + 1);

    fx.emu.clearRequests();
    const result = await runCliInProcess(['plan', path, '--format', 'json'], { env: fx.env });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout);
    const calls = apiCallsIn(fx.emu.requests());
    expect(calls.every((c) => c.method === 'GET' && c.status === 200)).toBe(true);
    expect(plan.stats.requests).toBe(expected);
    expect(calls).toHaveLength(expected);
    // Every REST list is read at limit=100.
    for (const call of calls.filter(
      (c) => c.api === 'rest' && c.path !== '/rest/self' && /s$/.test(c.path),
    )) {
      expect(new URLSearchParams(call.query).get('limit'), call.path).toBe('100');
    }
    // Nothing about orgs the file does not list.
    expect(calls.some((c) => c.path.includes(untouched!.id))).toBe(false);
    expect(calls.filter((c) => c.path.includes('/integrations')).map((c) => c.path)).toEqual(
      expect.arrayContaining([
        `/v1/org/${small!.id}/integrations`,
        `/v1/org/${small!.id}/integrations/int-gh/settings`,
        `/v1/org/${settingsOnly!.id}/integrations`,
      ]),
    );
    expect(calls.some((c) => c.path.includes('int-gl'))).toBe(false);
    // The big org's members were all read (both pages): the plan changes none of them, and the
    // invitations the file does not list are withdrawn.
    expect(
      plan.changes
        .filter((c: { address: string }) => c.address.startsWith(`org[${big!.slug}]`))
        .map((c: { action: string; address: string }) => `${c.action} ${c.address}`),
    ).toEqual([
      `delete org[${big!.slug}].pending[new1@example.com]`,
      `delete org[${big!.slug}].pending[new2@example.com]`,
    ]);
  });

  it('reads no memberships, roles or settings when the file manages only org names', async () => {
    const group = state.groups[0]!;
    const path = await fx.write(
      'names.yaml',
      [
        'version: 1',
        `group: { id: ${groupId} }`,
        'orgs:',
        `  - slug: ${group.orgs[5]!.slug}`,
        '    name: Renamed',
        '',
      ].join('\n'),
    );
    fx.emu.clearRequests();
    const result = await runCliInProcess(['plan', path, '--format', 'json'], { env: fx.env });
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout);
    const expected = 1 + pages(group.orgs.length); // /self + the group's orgs
    expect(plan.stats.requests).toBe(expected);
    expect(apiCallsIn(fx.emu.requests())).toHaveLength(expected);
    expect(plan.changes.map((c: { action: string; address: string }) => `${c.action} ${c.address}`)).toEqual([
      `update org[${group.orgs[5]!.slug}]`,
    ]);
  });
});
