// The client against the Snyk emulator over real HTTP: multi-page reads, writes, the error
// codes Snyk answers with, rate limits and injected faults.
import { describe, expect, it } from 'vitest';
import { ORG_ADMIN_ROLE_ID, ORG_COLLABORATOR_ROLE_ID } from '../emulator/generate.ts';
import { emulatorClients, testClient } from './testing/clients.test-helpers.ts';

const setup = emulatorClients(7);

describe('against the emulator', () => {
  it('reads every org of a group over several pages at limit=100', async () => {
    const { client, emulator, groupId } = await setup({ orgs: 230, membersPerOrg: [0, 1] });
    const orgs = await client.listGroupOrgs(groupId);
    expect(orgs).toHaveLength(230);
    expect(new Set(orgs.map((o) => o.slug)).size).toBe(230);
    const pages = emulator.requests().filter((r) => r.path.endsWith('/orgs'));
    expect(pages).toHaveLength(3);
    for (const page of pages) expect(new URLSearchParams(page.query).get('limit')).toBe('100');
  });

  it('reads every membership of a large org over several pages', async () => {
    const { client, state } = await setup({ orgs: 1, membersPerOrg: [250, 250] });
    const org = state.groups[0]!.orgs[0]!;
    const members = await client.listOrgMemberships(org.id);
    expect(members).toHaveLength(250);
    expect(new Set(members.map((m) => m.id))).toEqual(new Set(org.members.map((m) => m.id)));
    expect(client.stats().requests).toBe(3);
  });

  it('creates, updates and deletes an org membership, and settles a duplicate create (409) by the role', async () => {
    const { client, state, emulator } = await setup({ orgs: 1, membersPerOrg: [0, 0] });
    const org = state.groups[0]!.orgs[0]!;
    const user = state.users[1]!;
    const created = await client.createOrgMembership(org.id, user.id, ORG_COLLABORATOR_ROLE_ID);
    expect(created).toMatchObject({ userId: user.id, roleId: ORG_COLLABORATOR_ROLE_ID });
    // The same create again: Snyk answers 409; the membership has that role already.
    await expect(
      client.createOrgMembership(org.id, user.id, ORG_COLLABORATOR_ROLE_ID),
    ).resolves.toMatchObject({
      id: created!.id,
      roleId: ORG_COLLABORATOR_ROLE_ID,
    });
    expect(emulator.requests().map((r) => r.status)).toEqual([201, 409, 200]);
    // With another role: the 409 is settled by one PATCH of the existing membership.
    await client.createOrgMembership(org.id, user.id, ORG_ADMIN_ROLE_ID);
    expect((await client.listOrgMemberships(org.id)).map((x) => [x.id, x.roleId])).toEqual([
      [created!.id, ORG_ADMIN_ROLE_ID],
    ]);
    expect(emulator.requests().filter((r) => r.method === 'PATCH')).toHaveLength(1);
    await client.updateOrgMembership(org.id, created!.id, ORG_COLLABORATOR_ROLE_ID);
    const [member] = await client.listOrgMemberships(org.id);
    expect(member).toMatchObject({ roleId: ORG_COLLABORATOR_ROLE_ID });
    await client.updateOrgMembership(org.id, member!.id, ORG_ADMIN_ROLE_ID);
    expect((await client.listOrgMemberships(org.id))[0]).toMatchObject({
      roleId: ORG_ADMIN_ROLE_ID,
      roleName: 'Org Admin',
    });
    await client.deleteOrgMembership(org.id, member!.id);
    expect(await client.listOrgMemberships(org.id)).toEqual([]);
  });

  it('reports a rejected token as one clear 401 message', async () => {
    const { emulator } = await setup({ orgs: 1, membersPerOrg: [0, 0] });
    const other = testClient(emulator.url, 'not-a-valid-token-0000');
    const error = await other.getSelf().catch((e: unknown) => e);
    await other.close();
    expect(error).toMatchObject({ code: 'SNYK_UNAUTHORIZED', status: 401 });
    expect((error as Error).message).toContain(
      `the token was rejected by ${emulator.url} (401): check SNYK_TOKEN`,
    );
  });

  it('reports an unknown org as SNYK_NOT_FOUND and a forbidden one as SNYK_FORBIDDEN', async () => {
    const { client, emulator, state } = await setup({ orgs: 1, membersPerOrg: [0, 0] });
    await expect(client.getOrg('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      code: 'SNYK_NOT_FOUND',
    });
    emulator.setFaults({
      rules: [{ path: '/settings$', respond: { status: 403, body: { code: 403, message: 'Forbidden' } } }],
    });
    await expect(client.getOrgSettings(state.groups[0]!.orgs[0]!.id)).rejects.toMatchObject({
      code: 'SNYK_FORBIDDEN',
      message: 'GET /v1/org/{orgId}/settings returned 403: Forbidden',
    });
  });

  it('recovers from injected server errors and dropped connections on reads', async () => {
    const { client, emulator, groupId } = await setup({ orgs: 120, membersPerOrg: [0, 0] });
    emulator.setFaults({
      rules: [
        { path: '/orgs$', times: 2, respond: { status: 503 } },
        { path: '/orgs$', times: 1, respond: { drop: 'before' } }, // rules count only the requests they see
      ],
    });
    expect(await client.listGroupOrgs(groupId)).toHaveLength(120);
    expect(client.stats()).toMatchObject({ requests: 5, retries: 3 });
  });

  it('does not repeat a create whose connection dropped after it was applied; a re-read finds it', async () => {
    const { client, emulator, state } = await setup({ orgs: 1, membersPerOrg: [0, 0] });
    const org = state.groups[0]!.orgs[0]!;
    emulator.setFaults({
      rules: [{ method: 'POST', path: '/memberships$', times: 1, respond: { drop: 'after' } }],
    });
    const error = await client
      .createOrgMembership(org.id, state.users[2]!.id, ORG_COLLABORATOR_ROLE_ID)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'SNYK_NETWORK', mayHaveApplied: true });
    expect(emulator.requests().filter((r) => r.method === 'POST')).toHaveLength(1);
    expect((await client.listOrgMemberships(org.id)).map((m) => m.userId)).toEqual([state.users[2]!.id]);
  });

  it('gives up with a clear error when the retry budget is spent', async () => {
    const { client, emulator, groupId } = await setup(
      { orgs: 1, membersPerOrg: [0, 0] },
      { retry: { maxRetries: 3 } },
    );
    emulator.setFaults({ rules: [{ path: '/settings$', respond: { status: 500 } }] });
    const error = await client.getGroupSettings(groupId).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'SNYK_SERVER_ERROR', retries: 3 });
    expect((error as Error).message).toMatch(/gave up after 3 retries/);
    expect(emulator.requests()).toHaveLength(4);
  });

  it('obeys the Retry-After of a 429 with a real wait, then succeeds', async () => {
    const { client, emulator, groupId } = await setup(
      { orgs: 1, membersPerOrg: [0, 0] },
      { concurrency: 1, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) },
    );
    emulator.setRateLimit({ perMinute: 3, windowMs: 1000 });
    const started = performance.now();
    for (let i = 0; i < 4; i++) await client.getGroupSettings(groupId);
    const elapsed = performance.now() - started;
    expect(client.stats().rateLimited).toBeGreaterThanOrEqual(1);
    expect(elapsed).toBeGreaterThanOrEqual(900);
    expect(elapsed).toBeLessThan(15_000);
  });

  it('times out a response trickled slowly', async () => {
    const { client, emulator, groupId } = await setup(
      { orgs: 1, membersPerOrg: [0, 0] },
      { timeouts: { bodyMs: 300 }, retry: { maxRetries: 0 } },
    );
    emulator.setFaults({
      rules: [{ path: '/settings$', respond: { slowBytesPerSecond: 5, body: { sessionLength: 50 } } }],
    });
    await expect(client.getGroupSettings(groupId)).rejects.toMatchObject({ code: 'SNYK_TIMEOUT' });
  });

  it('keeps the token out of every log line, error and stack, whatever fails', async () => {
    const lines: string[] = [];
    const { client, emulator, groupId, token } = await setup(
      { orgs: 5, membersPerOrg: [1, 3] },
      { log: (l) => lines.push(l), retry: { maxRetries: 2 } },
    );
    emulator.setFaults({ seed: 3, serverErrorRate: 0.4, dropBeforeRate: 0.2, dropAfterRate: 0.1 });
    const results = await Promise.allSettled([
      client.listGroupOrgs(groupId),
      client.listGroupMemberships(groupId),
      client.getGroupSettings(groupId),
      client.listOrgRoles(groupId),
      client.createOrg({ name: 'New', groupId }),
    ]);
    const errors = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as Error] : []));
    const text = [
      ...lines,
      ...errors.flatMap((e) => [e.message, e.stack ?? '', String(e.cause)]),
      JSON.stringify(client.stats()),
    ].join('\n');
    expect(lines.length).toBeGreaterThan(0);
    expect(text).not.toContain(token);
  });
});
