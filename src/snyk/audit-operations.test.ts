// The audit-log reader over real HTTP: against the emulator (every page, both scopes, the actor
// in reality mode) and against a scripted server for answers the emulator does not give.
import { describe, expect, it } from 'vitest';
import { emulatorClients, scriptedClients } from './testing/clients.test-helpers.ts';
import { sendJson } from './testing/scripted-server.test-helpers.ts';

const setup = emulatorClients(32);
const scripted = scriptedClients('t0ken-audit');
const WINDOW = { from: '2000-01-01T00:00:00.000Z', to: '2999-01-01T00:00:00.000Z' };

describe('searchAuditLogs', () => {
  it('reads every page of the group log oldest first, and one org log', async () => {
    const { client, emulator, groupId, state } = await setup({ orgs: 2, membersPerOrg: [0, 0] });
    const [a, b] = state.groups[0]!.orgs;
    for (let i = 0; i < 150; i++) await client.updateOrg(a!.id, { name: `n${i}` });
    await client.updateOrg(b!.id, { name: 'other' });
    emulator.clearRequests();
    const events = await client.searchAuditLogs({ groupId }, WINDOW);
    expect(events).toHaveLength(151);
    expect(events[0]).toMatchObject({ event: 'org.edit', orgId: a!.id, groupId });
    expect(events[150]?.orgId).toBe(b!.id);
    expect(emulator.requests()).toHaveLength(2);
    expect(await client.searchAuditLogs({ orgId: b!.id }, WINDOW)).toHaveLength(1);
  });

  it('reads the acting user in reality mode, and fails 403 as SNYK_FORBIDDEN', async () => {
    const { client, emulator, groupId, state } = await setup({ orgs: 1, membersPerOrg: [0, 0] });
    emulator.setReality('all');
    await client.updateOrg(state.groups[0]!.orgs[0]!.id, { name: 'x' });
    const [event] = await client.searchAuditLogs({ groupId }, WINDOW);
    expect(event?.userId).toBe(state.tokens[0]!.userId);
    const denied = emulator.getState();
    denied.groups[0]!.auditLogs = false;
    emulator.setState(denied);
    await expect(client.searchAuditLogs({ groupId }, WINDOW)).rejects.toMatchObject({
      code: 'SNYK_FORBIDDEN',
    });
  });

  it('refuses a repeating next link and an item without a time, naming the endpoint', async () => {
    const item = { created: '2026-12-01T00:00:00Z', event: 'org.edit' };
    const { client } = await scripted((_req, res) =>
      sendJson(res, 200, {
        data: { items: [item] },
        links: { next: '/rest/groups/g/audit_logs/search?cursor=x' },
      }),
    );
    await expect(client.searchAuditLogs({ groupId: 'g' }, WINDOW)).rejects.toMatchObject({
      code: 'SNYK_BAD_RESPONSE',
      message: expect.stringContaining('repeats'),
    });
    const { client: other } = await scripted((_req, res) =>
      sendJson(res, 200, { data: { items: [{ event: 'org.edit', created: 'yesterday' }] } }),
    );
    await expect(other.searchAuditLogs({ groupId: 'g' }, WINDOW)).rejects.toMatchObject({
      code: 'SNYK_BAD_RESPONSE',
      message: expect.stringContaining('data.items[0].created'),
    });
  });
});
