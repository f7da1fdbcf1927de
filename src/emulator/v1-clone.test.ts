// The emulator's integration clone (v1 `POST /org/{orgId}/integrations/{integrationId}/clone`),
// checked against the v1 spec, then driven by the real client over HTTP: settings and
// credentials are copied under a new id, only within the group, never onto a type the
// destination has.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSnykClient } from '../snyk/index.ts';
import type { EmulatorState } from './state-types.ts';
import { type Harness, startHarness } from './testing/harness.test-helpers.ts';
import { createV1ContractChecker, v1SpecUnavailableReason } from './testing/v1-contract.test-helpers.ts';
import { defaultIntegrationSettings } from './v1/integrations.ts';

const skip = v1SpecUnavailableReason();
if (skip !== undefined) console.warn(`Skipping v1 contract tests: ${skip}`);

const APP = '9a3e5d90-b782-468a-a042-9a2073736f0c';
const CREDENTIALS = { token: 'ghs-clone-credential-0f9e8d7c' };
const OTHER_GROUP_ORG = '7c1e0d2f-0000-4000-8000-0000000000f1';

let h: Harness;
let source: string;
let destination: string;

/** A second group the token's user also sees, with one org: a destination across groups. */
function withSecondGroup(state: EmulatorState): void {
  const first = state.groups[0]!;
  const org = structuredClone(first.orgs[1]!);
  state.groups.push({
    ...structuredClone(first),
    id: '7c1e0d2f-0000-4000-8000-0000000000f0',
    name: 'Elsewhere',
    orgs: [{ ...org, id: OTHER_GROUP_ORG, slug: 'elsewhere', integrations: [] }],
  });
}

beforeAll(async () => {
  h = await startHarness({ generate: { orgs: 3, membersPerOrg: [1, 2], seed: 15 } });
  const state = h.emu.getState();
  const [golden, target] = state.groups[0]!.orgs;
  golden!.integrations = [
    {
      id: APP,
      type: 'github-cloud-app',
      settings: { ...defaultIntegrationSettings(), pullRequestTestEnabled: false },
      credentials: CREDENTIALS,
    },
  ];
  target!.integrations = [];
  withSecondGroup(state);
  h.emu.setState(state);
  source = golden!.id;
  destination = target!.id;
});
afterAll(() => h.emu.close());

const clonePath = (org: string, id: string) => `/v1/org/${org}/integrations/${id}/clone`;

describe.skipIf(skip !== undefined)('v1 integration clone matches the spec', () => {
  it('copies settings and credentials into an org of the group under a new id, once', async () => {
    const checker = createV1ContractChecker();
    const body = { destinationOrgPublicId: destination };
    expect(checker.request('POST', clonePath(source, APP), body)).toEqual([]);
    const res = await h.call('POST', clonePath(source, APP), { body });
    expect(res.status).toBe(200);
    expect(checker.response('POST', clonePath(source, APP), 200, res.body)).toEqual([]);
    const id = (res.body as { newIntegrationId: string }).newIntegrationId;
    expect(id).not.toBe(APP);
    const copy = h.emu.getState().groups[0]!.orgs[1]!.integrations?.find((i) => i.id === id);
    expect(copy).toMatchObject({ type: 'github-cloud-app', credentials: CREDENTIALS });
    expect(copy?.settings.pullRequestTestEnabled).toBe(false);
    // The destination has the type now: a second clone is refused.
    expect((await h.call('POST', clonePath(source, APP), { body })).status).toBe(409);
  });

  it('refuses another group, an unknown integration and a missing destination', async () => {
    const across = await h.call('POST', clonePath(source, APP), {
      body: { destinationOrgPublicId: OTHER_GROUP_ORG },
    });
    expect(across.status).toBe(400);
    expect(JSON.stringify(across.body)).toContain('same group');
    const unknown = await h.call('POST', clonePath(source, 'nope'), {
      body: { destinationOrgPublicId: destination },
    });
    expect(unknown.status).toBe(404);
    expect((await h.call('POST', clonePath(source, APP), { body: {} })).status).toBe(400);
  });
});

describe('the client over HTTP', () => {
  it('clones and answers the new id, which the destination lists; no answer carries the credentials', async () => {
    const third = h.emu.getState().groups[0]!.orgs[2]!.id;
    const client = createSnykClient({
      apiUrl: h.emu.url,
      restVersion: '2024-10-15',
      auth: { scheme: 'token', token: h.token },
    });
    try {
      const id = await client.cloneIntegration(source, APP, third);
      expect((await client.listIntegrations(third))['github-cloud-app']).toBe(id);
      const settings = await client.getIntegrationSettings(third, id!);
      expect(JSON.stringify(settings)).not.toContain(CREDENTIALS.token);
      const again = await client.cloneIntegration(source, APP, third).catch((e: Error) => e);
      expect(again).toMatchObject({ code: 'SNYK_CONFLICT' });
    } finally {
      await client.close();
    }
  });
});
