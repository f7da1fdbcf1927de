// Reality mode through the control surface (PUT/GET /_emulator/reality).
import { describe, expect, it } from 'vitest';
import { REALITY_ALL } from './reality/options.ts';
import type { Harness } from './testing/harness.test-helpers.ts';
import { harnessesClosedAfterEach } from './testing/harnesses.test-helpers.ts';

const start = harnessesClosedAfterEach({ generate: { orgs: 1, membersPerOrg: [1, 1], seed: 61 } });
const harness = () => start();

describe('PUT /_emulator/reality', () => {
  const put = (h: Harness, body: unknown) =>
    fetch(`${h.emu.url}/_emulator/reality`, { method: 'PUT', body: JSON.stringify(body) });
  const get = async (h: Harness) => (await fetch(`${h.emu.url}/_emulator/reality`)).json();
  const createOrg = (h: Harness) => h.call('POST', '/v1/org', { body: { name: 'N', groupId: h.groupId } });

  it('switches reality on and off at run time: an object, "all", a text list, or null', async () => {
    const h = await harness();
    expect(await get(h)).toEqual({});
    expect((await put(h, { orgCreateMinimal: true })).status).toBe(204);
    expect(Object.keys((await createOrg(h)).body as object).sort()).toEqual(['created', 'id', 'name']);
    expect((await put(h, 'all')).status).toBe(204);
    expect(await get(h)).toEqual(REALITY_ALL);
    expect((await put(h, 'errorDetails,lastPageSelf')).status).toBe(204);
    expect(await get(h)).toEqual({ errorDetails: true, lastPageSelf: true });
    expect((await put(h, null)).status).toBe(204);
    expect((await createOrg(h)).body).toHaveProperty('slug');
    expect(h.emu.getReality()).toEqual({});
  });

  it('refuses unknown switches and malformed settings with 400 naming them', async () => {
    const h = await harness();
    const bad = await put(h, { membershipTopLvl: true });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      error: expect.stringContaining("unknown reality switch 'membershipTopLvl'"),
    });
    expect((await put(h, 'createdOrgLag:requests=x')).status).toBe(400);
    expect((await put(h, { createdOrgLag: 'soon' })).status).toBe(400);
  });
});
