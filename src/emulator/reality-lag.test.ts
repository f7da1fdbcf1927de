// Reality mode, createdOrgLag (REALITY §4): a just-created org is invisible for a while.
import { describe, expect, it } from 'vitest';
import type { RealityOptions } from './reality/options.ts';
import { type Harness, VERSION } from './testing/harness.test-helpers.ts';
import { harnessesClosedAfterEach } from './testing/harnesses.test-helpers.ts';

const start = harnessesClosedAfterEach({ generate: { orgs: 2, membersPerOrg: [1, 2], seed: 31 } });
const harness = (reality?: RealityOptions, now?: () => Date) =>
  start({ ...(reality === undefined ? {} : { reality }), ...(now === undefined ? {} : { now }) });

const v = `version=${VERSION}`;

async function createOrg(h: Harness, name = 'Fresh'): Promise<string> {
  const res = await h.call('POST', '/v1/org', { body: { name, groupId: h.groupId } });
  expect(res.status).toBe(201);
  return (res.body as { id: string }).id;
}

async function groupOrgIds(h: Harness): Promise<string[]> {
  const res = await h.call('GET', `/rest/groups/${h.groupId}/orgs?${v}&limit=100`);
  return (res.body as { data: { id: string }[] }).data.map((o) => o.id);
}

describe('createdOrgLag (REALITY §4)', () => {
  it('answers 404 (REST and v1) to the first 2 requests naming a created org, then serves it', async () => {
    const h = await harness({ createdOrgLag: true });
    const id = await createOrg(h);
    const rest = await h.call('GET', `/rest/orgs/${id}?${v}`);
    expect(rest.status).toBe(404);
    expect(rest.body).toMatchObject({ errors: [{ status: '404', code: 'entity-not-found' }] });
    const v1 = await h.call('PUT', `/v1/org/${id}/settings`, { body: { requestAccess: { enabled: true } } });
    expect(v1.status).toBe(404);
    expect(v1.body).toMatchObject({ code: 404, message: expect.stringContaining(id) });
    expect(h.emu.getState().groups[0]!.orgs.find((o) => o.id === id)?.settings.requestAccess.enabled).toBe(
      false,
    );
    expect((await h.call('GET', `/rest/orgs/${id}?${v}`)).status).toBe(200);
    expect((await h.call('PUT', `/v1/org/${id}/settings`, { body: {} })).status).toBe(200);
  });

  it('answers 404 to a clone into a created org while it lags: the body names it', async () => {
    const h = await harness({ createdOrgLag: { requests: 1 } });
    const state = h.emu.getState();
    const source = state.groups[0]!.orgs[0]!;
    source.integrations = [{ id: 'gh-source', type: 'github', settings: {} }];
    h.emu.setState(state);
    const id = await createOrg(h);
    const clone = () =>
      h.call('POST', `/v1/org/${source.id}/integrations/gh-source/clone`, {
        body: { destinationOrgPublicId: id },
      });
    const hidden = await clone();
    expect(hidden.status).toBe(404);
    expect(hidden.body).toMatchObject({ message: expect.stringContaining(id) });
    expect((await clone()).status).toBe(200);
  });

  it('leaves a created org out of the group org list while it lags; lists count as requests', async () => {
    const h = await harness({ createdOrgLag: { requests: 1 } });
    const id = await createOrg(h);
    expect(await groupOrgIds(h)).not.toContain(id);
    expect(await groupOrgIds(h)).toContain(id);
    const other = await createOrg(h, 'Other');
    const all = await h.call('GET', `/rest/orgs?${v}&limit=100`);
    expect((all.body as { data: { id: string }[] }).data.map((o) => o.id)).not.toContain(other);
    expect((await h.call('GET', `/rest/orgs/${other}?${v}`)).status).toBe(200);
  });

  it('lags for a time on the injected clock when given ms', async () => {
    let t = Date.UTC(2025, 0, 1);
    const h = await harness({ createdOrgLag: { ms: 5_000 } }, () => new Date(t));
    const id = await createOrg(h);
    for (let i = 0; i < 4; i++) expect((await h.call('GET', `/rest/orgs/${id}?${v}`)).status).toBe(404);
    t += 5_000;
    expect((await h.call('GET', `/rest/orgs/${id}?${v}`)).status).toBe(200);
  });

  it('off, a created org is readable and listed at once; orgs from the state never lag', async () => {
    const off = await harness();
    const id = await createOrg(off);
    expect((await off.call('GET', `/rest/orgs/${id}?${v}`)).status).toBe(200);
    expect(await groupOrgIds(off)).toContain(id);
    const on = await harness({ createdOrgLag: true });
    const existing = on.state.groups[0]!.orgs[0]!.id;
    expect((await on.call('GET', `/rest/orgs/${existing}?${v}`)).status).toBe(200);
  });
});
