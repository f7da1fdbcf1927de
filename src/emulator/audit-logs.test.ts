// The audit-log search endpoints and the events writes record (docs/emulator.md#audit-logs).
import { describe, expect, it } from 'vitest';
import { contractSkipReason, contractViolations } from './testing/contract.test-helpers.ts';
import type { Harness } from './testing/harness.test-helpers.ts';
import { restPath, VERSION } from './testing/harness.test-helpers.ts';
import { harnessesClosedAfterEach } from './testing/harnesses.test-helpers.ts';

const start = harnessesClosedAfterEach({ generate: { orgs: 2, membersPerOrg: [2, 2], seed: 32 } });

interface Item {
  event: string;
  created: string;
  org_id?: string;
  group_id?: string;
  user_id?: string;
}

const search = async (h: Harness, scope: string, query = '', from = '2000-01-01T00:00:00Z') => {
  const res = await h.call('GET', `/rest/${scope}/audit_logs/search?version=${VERSION}&from=${from}${query}`);
  return res as { status: number; body: { data: { items: Item[] }; links: { next?: string } } };
};

const orgOf = (h: Harness, i: number) => h.state.groups[0]!.orgs[i]!;
const renameOrg = (h: Harness, orgId: string, name: string) =>
  h.call('PATCH', `/rest/orgs/${orgId}?version=${VERSION}`, {
    body: { data: { type: 'org', id: orgId, attributes: { name } } },
  });

describe('audit-log search', () => {
  it('records a write through the API with its real event name, group and org', async () => {
    const h = await start();
    const org = orgOf(h, 0);
    expect((await renameOrg(h, org.id, 'Renamed')).status).toBe(200);
    await h.call('PUT', `/v1/group/${h.groupId}/settings`, { body: { requestAccess: { enabled: true } } });
    const group = await search(h, `groups/${h.groupId}`);
    expect(group.status).toBe(200);
    // Newest first by default.
    expect(group.body.data.items.map((i) => i.event)).toEqual(['group.settings.edit', 'org.edit']);
    expect(group.body.data.items[1]).toMatchObject({ org_id: org.id, group_id: h.groupId });
    const orgLog = await search(h, `orgs/${org.id}`);
    expect(orgLog.body.data.items.map((i) => i.event)).toEqual(['org.edit']);
  });

  it('leaves failed writes and reads out', async () => {
    const h = await start();
    await h.call('PATCH', `/rest/orgs/${orgOf(h, 0).id}?version=${VERSION}`, { body: { data: {} } });
    await h.call('GET', `/rest/orgs/${orgOf(h, 0).id}?version=${VERSION}`);
    expect((await search(h, `groups/${h.groupId}`)).body.data.items).toEqual([]);
  });

  it('pages with size and a cursor in links.next, in either sort order, and filters by event and time', async () => {
    const h = await start();
    for (const name of ['a', 'b', 'c']) await renameOrg(h, orgOf(h, 0).id, name);
    await renameOrg(h, orgOf(h, 1).id, 'd');
    const first = await search(h, `groups/${h.groupId}`, '&size=3&sort_order=ASC');
    expect(first.body.data.items).toHaveLength(3);
    const next = first.body.links.next;
    expect(next).toMatch(/cursor=/);
    const second = (await h.call('GET', restPath(h.emu.url, next ?? ''))) as Awaited<
      ReturnType<typeof search>
    >;
    expect(second.body.data.items.map((i) => i.org_id)).toEqual([orgOf(h, 1).id]);
    expect(second.body.links.next).toBeUndefined();
    const filtered = await search(h, `groups/${h.groupId}`, '&events=org.user.add');
    expect(filtered.body.data.items).toEqual([]);
    const future = await search(h, `groups/${h.groupId}`, '', '2999-01-01T00:00:00Z');
    expect(future.body.data.items).toEqual([]);
    expect((await search(h, `groups/${h.groupId}`, '&size=0')).status).toBe(400);
    expect((await search(h, `groups/${h.groupId}`, '&cursor=%%%')).status).toBe(400);
  });

  it('names a project edit by what it did: tags added, tags removed, attributes', async () => {
    const h = await start({ generate: { orgs: 1, membersPerOrg: [1, 1], seed: 32, projectsPerOrg: 1 } });
    const org = orgOf(h, 0);
    const project = org.projects![0]!;
    const patch = (attributes: object) =>
      h.call('PATCH', `/rest/orgs/${org.id}/projects/${project.id}?version=${VERSION}`, {
        body: { data: { id: project.id, type: 'project', attributes, relationships: {} } },
      });
    const team = { key: 'team', value: 'payments' };
    expect((await patch({ tags: [...project.tags, team] })).status).toBe(200);
    expect((await patch({ tags: project.tags })).status).toBe(200);
    expect((await patch({ lifecycle: ['production'] })).status).toBe(200);
    const items = (await search(h, `orgs/${org.id}`, '&sort_order=ASC')).body.data.items;
    expect(items.map((i) => i.event)).toEqual([
      'org.project.tag.add',
      'org.project.tag.remove',
      'org.project.attributes.edit',
    ]);
    expect((items[0] as { project_id?: string }).project_id).toBe(project.id);
  });

  it('answers 403 for a group whose plan has no audit logs', async () => {
    const h = await start();
    const state = h.emu.getState();
    state.groups[0]!.auditLogs = false;
    h.emu.setState(state);
    expect((await search(h, `groups/${h.groupId}`)).status).toBe(403);
    expect((await search(h, `orgs/${orgOf(h, 0).id}`)).status).toBe(403);
  });

  it('names the actor only in reality mode; a web-UI change is another user, a system change none', async () => {
    const h = await start();
    const other = h.state.users.find((u) => u.id !== h.state.tokens[0]!.userId)!;
    const org = orgOf(h, 0);
    const ui = (body: object) =>
      fetch(`${h.emu.url}/_emulator/web-ui`, { method: 'POST', body: JSON.stringify(body) });
    const change = { method: 'PATCH', path: `/rest/orgs/${org.id}?version=${VERSION}` };
    const body = { data: { type: 'org', id: org.id, attributes: { name: 'By hand' } } };
    const res = await ui({ userId: other.id, ...change, body });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 200 });
    await ui({ userId: other.id, ...change, body, system: true });
    await renameOrg(h, org.id, 'By the tool');
    expect(
      (await search(h, `groups/${h.groupId}`)).body.data.items.every((i) => i.user_id === undefined),
    ).toBe(true);
    h.emu.setReality({ auditUserIds: true });
    const items = (await search(h, `groups/${h.groupId}`, '&sort_order=ASC')).body.data.items;
    expect(items.map((i) => i.user_id)).toEqual([other.id, undefined, h.state.tokens[0]!.userId]);
    expect(h.emu.getState().groups[0]!.orgs[0]!.name).toBe('By the tool');
    const byUser = await search(h, `groups/${h.groupId}`, `&user_id=${other.id}`);
    expect(byUser.body.data.items).toHaveLength(1);
    expect((await ui({ userId: other.id, method: 'PATCH', path: '/elsewhere' })).status).toBe(400);
  });

  it('serves the next link as a /rest path in reality mode', async () => {
    const h = await start({ reality: 'all' });
    for (const name of ['a', 'b']) await renameOrg(h, orgOf(h, 0).id, name);
    const page = await search(h, `groups/${h.groupId}`, '&size=1');
    expect(page.body.links.next).toMatch(/^\/rest\/groups\/.+cursor=/);
    expect(page.body.data.items[0]?.user_id).toBe(h.state.tokens[0]!.userId);
  });
});

describe.skipIf(contractSkipReason !== undefined)('audit-log search contract (official OpenAPI spec)', () => {
  it('answers pages, filters and errors in the shapes the spec gives', async () => {
    const h = await start();
    for (const name of ['a', 'b', 'c']) await renameOrg(h, orgOf(h, 0).id, name);
    await search(h, `groups/${h.groupId}`, '&size=2');
    await search(h, `orgs/${orgOf(h, 0).id}`, '&sort_order=ASC');
    await search(h, `groups/${h.groupId}`, '&size=500');
    const audit = h.records.filter((r) => r.template.includes('audit_logs'));
    expect(audit.map((r) => r.status)).toEqual([200, 200, 400]);
    expect(contractViolations(audit)).toEqual([]);
  });
});
