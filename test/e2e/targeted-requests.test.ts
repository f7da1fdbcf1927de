// What partial work costs, pinned to the request: `plan --target` reads only the targeted org
// and what its plan depends on, `--target 'user[…]'` reads one person's memberships, and apply
// verifies by re-reading only the scopes its changes touched. The expected counts are derived
// from the documented endpoints (REST lists page at limit=100), in a 300-org account whose
// file manages every org's members.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORG_ADMIN_ROLE_ID, ORG_COLLABORATOR_ROLE_ID } from '../../src/emulator/generate.ts';
import { type EmulatorState, generateState } from '../../src/emulator/index.ts';
import { runCliInProcess } from '../support/cli.test-helpers.ts';
import {
  apiCallsIn,
  type EmulatorFixture,
  lookup,
  startFixture,
  writesIn,
} from '../support/emulator-fixture.test-helpers.ts';

const pages = (n: number) => Math.max(1, Math.ceil(n / 100));

let fx: EmulatorFixture;
let state: EmulatorState;
let groupId: string;
const PERSON = 'user0001@example.com';

beforeAll(async () => {
  const generated = generateState({ orgs: 300, membersPerOrg: [0, 30], groupMembers: 130, seed: 19 });
  state = generated.state;
  groupId = generated.groupId;
  // The person is a collaborator wherever they are...
  const at = lookup(state);
  for (const org of state.groups[0]!.orgs)
    for (const m of org.members) if (m.userId === at.userId(PERSON)) m.roleId = ORG_COLLABORATOR_ROLE_ID;
  // ...but one, an org with another admin: removing them there needs that org's member list.
  const adminOrg = state.groups[0]!.orgs.find(
    (o) =>
      o.members.some((m) => m.userId === at.userId(PERSON)) &&
      o.members.some((m) => m.roleId === ORG_ADMIN_ROLE_ID),
  )!;
  adminOrg.members.find((m) => m.userId === at.userId(PERSON))!.roleId = ORG_ADMIN_ROLE_ID;
  // Counted against the documented API: in reality mode some listings end with one more,
  // empty page (REALITY.md §7), one more request per listing, so these counts pin it off.
  fx = await startFixture(state, { token: generated.token, reality: {} });
});
afterAll(() => fx.close());

type Member = { userId: string; roleId: string };

/** The file that matches the account, with `edit` applied to each org's member list. */
function config(edit: (slug: string, members: Member[]) => Member[] = (_s, m) => m): string {
  const group = state.groups[0]!;
  const at = lookup(state);
  const role = (id: string) => group.orgRoles.find((r) => r.id === id)!.name;
  const lines = ['version: 1', `group: { id: ${groupId} }`, 'prune: { orgMembers: true }', 'orgs:'];
  for (const org of group.orgs) {
    lines.push(`  - slug: ${org.slug}`, '    members:');
    const members = edit(org.slug, org.members);
    if (members.length === 0) lines[lines.length - 1] = '    members: []';
    for (const m of members) lines.push(`      - { user: ${at.emailOf(m.userId)}, role: ${role(m.roleId)} }`);
  }
  return `${lines.join('\n')}\n`;
}

async function planJson(args: string[]) {
  fx.emu.clearRequests();
  const result = await runCliInProcess(['plan', ...args, '--format', 'json'], { env: fx.env });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return { plan: JSON.parse(result.stdout), calls: apiCallsIn(fx.emu.requests()) };
}

const group = () => state.groups[0]!;
const orgListPages = () => pages(group().orgs.length);
const groupMemberPages = () => pages(group().members.length);

describe('partial plans read what their targets need', () => {
  it('plans one org from the org list, the directory, the org roles and that org', async () => {
    const path = await fx.write('all.yaml', config());
    const full = await planJson([path]);
    expect(full.plan.stats.requests).toBe(1 + orgListPages() + 1 + groupMemberPages() + group().orgs.length);

    const one = group().orgs[7]!;
    const targeted = await planJson([path, '--target', `org[${one.slug}]`]);
    const expected = 1 + orgListPages() + 1 + groupMemberPages() + pages(one.members.length);
    expect(expected).toBe(1 + 3 + 1 + 2 + 1);
    expect(targeted.plan.stats.requests).toBe(expected);
    expect(targeted.calls).toHaveLength(expected);
    expect(targeted.plan.partial).toBe(true);
    expect(targeted.plan.targets).toEqual([`org[${one.slug}]`]);
    expect(
      targeted.calls.filter((c) => /\/orgs\/[^/]+\/memberships/.test(c.path)).map((c) => c.path),
    ).toEqual([`/rest/orgs/${one.id}/memberships`]);
  });

  it("plans one person's memberships in at most 10 requests", async () => {
    const at = lookup(state);
    const personId = at.userId(PERSON);
    const theirs = group().orgs.filter((o) => o.members.some((m) => m.userId === personId));
    expect(theirs.length).toBeGreaterThan(5);
    // The leaver is removed from every file; someone else's membership also changes.
    const other = group().orgs.find((o) => !theirs.includes(o) && o.members.length > 1)!;
    const path = await fx.write(
      'leaver.yaml',
      config((slug, members) =>
        slug === other.slug ? members.slice(1) : members.filter((m) => m.userId !== personId),
      ),
    );
    const { plan, calls } = await planJson([path, '--target', `user[${PERSON}]`]);
    const expected =
      1 + // /self
      1 + // the group's memberships filtered by email: who the person is
      orgListPages() + // the org list: names the orgs and binds the file's
      1 + // the org roles
      pages(theirs.length) + // GET /groups/{id}/org_memberships?user_id=
      1; // the one org where they are an admin: the last-admin rail needs its other members
    expect(expected).toBeLessThanOrEqual(10);
    expect(plan.stats.requests).toBe(expected);
    expect(calls).toHaveLength(expected);
    expect(plan.partial).toBe(true);
    expect(plan.changes.map((c: { action: string; address: string }) => `${c.action} ${c.address}`)).toEqual(
      theirs.map((o) => `delete org[${o.slug}].member[${PERSON}]`).sort(),
    );
  });

  it('refuses an unknown person with the closest user of the group', async () => {
    const path = await fx.write('all2.yaml', config());
    const result = await runCliInProcess(['plan', path, '--target', 'user[user0001@exmaple.com]'], {
      env: fx.env,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Did you mean 'user0001@example.com'?");
  });
});

describe('apply verifies what it touched', () => {
  it('re-reads the touched orgs and what planning them needs, not the account', async () => {
    const at = lookup(state);
    const collaborators = (members: Member[]) => members.filter((m) => m.roleId === ORG_COLLABORATOR_ROLE_ID);
    const withoutOneCollaborator = (members: Member[]) =>
      members.filter((m) => m !== collaborators(members)[0]);
    const [a, b, c] = group()
      .orgs.filter((o) => collaborators(o.members).length >= 1)
      .slice(0, 3);
    const newcomer = group()
      .members.map((m) => m.userId)
      .find((id) => !a!.members.some((m) => m.userId === id))!;
    const path = await fx.write(
      'three.yaml',
      config((slug, members) => {
        if (slug === a!.slug) return [...members, { userId: newcomer, roleId: ORG_COLLABORATOR_ROLE_ID }];
        if (slug === b!.slug || slug === c!.slug) return withoutOneCollaborator(members);
        return members;
      }),
    );
    fx.emu.clearRequests();
    const result = await runCliInProcess(['apply', path, '--auto-approve'], { env: fx.env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Converged in the 3 scopes the changes touched');
    const calls = apiCallsIn(fx.emu.requests());
    const read = 1 + orgListPages() + 1 + groupMemberPages() + group().orgs.length;
    const writes = 3;
    const touchedOrgs = [a, b, c].reduce((sum, org) => sum + pages(org!.members.length), 0);
    const verify = 1 + orgListPages() + 1 + groupMemberPages() + touchedOrgs;
    expect(writesIn(calls)).toHaveLength(writes);
    expect(calls).toHaveLength(read + writes + verify);
    expect(at.emailOf(newcomer)).toContain('@');
  });
});

describe('a saved partial plan', () => {
  it('applies as usual: apply --plan reads and plans by its targets again', async () => {
    const collaborator = (m: Member) => m.roleId === ORG_COLLABORATOR_ROLE_ID;
    const one = group()
      .orgs.slice(40)
      .find((o) => o.members.length >= 4 && o.members.some(collaborator))!;
    const leaver = one.members.find(collaborator);
    const removed = 1;
    const path = await fx.write(
      'saved.yaml',
      config((slug, m) => (slug === one.slug ? m.filter((x) => x !== leaver) : m)),
    );
    const out = `${fx.dir}/partial.json`;
    const planned = await runCliInProcess(['plan', path, '--target', `org[${one.slug}]`, '--out', out], {
      env: fx.env,
    });
    expect(planned.code, planned.stderr).toBe(0);
    expect(planned.stdout).toContain(`Partial plan: only org[${one.slug}]`);
    expect(planned.stdout).toMatch(/Apply: \d+ writes?, (about \d+ s|under 1 s) at 1,620 requests\/min\./);
    fx.emu.clearRequests();
    const applied = await runCliInProcess(['apply', '--plan', out], { env: fx.env });
    expect(applied.code, applied.stderr).toBe(0);
    const calls = apiCallsIn(fx.emu.requests());
    // The freshness check re-reads the target's scope only, as the plan was made.
    expect(
      calls
        .filter((c) => /\/orgs\/[^/]+\/memberships$/.test(c.path) && c.method === 'GET')
        .map((c) => c.path),
    ).toEqual([`/rest/orgs/${one.id}/memberships`, `/rest/orgs/${one.id}/memberships`]);
    expect(writesIn(calls)).toHaveLength(removed);
  });
});
