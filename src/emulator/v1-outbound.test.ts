// The emulator's integrations, notification settings and webhooks, checked against the v1
// spec's schemas (responses, and the request bodies the tool sends), then driven by the real
// client over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSnykClient } from '../snyk/index.ts';
import { type Harness, startHarness } from './testing/harness.test-helpers.ts';
import { createV1ContractChecker, v1SpecUnavailableReason } from './testing/v1-contract.test-helpers.ts';
import { defaultIntegrationSettings } from './v1/integrations.ts';

const skip = v1SpecUnavailableReason();
if (skip !== undefined) console.warn(`Skipping v1 contract tests: ${skip}`);

let h: Harness;
let orgId: string;
const GH = '9a3e5d90-b782-468a-a042-9a2073736f0b';
beforeAll(async () => {
  h = await startHarness({ generate: { orgs: 2, membersPerOrg: [1, 2], seed: 15 } });
  const state = h.emu.getState();
  const org = state.groups[0]!.orgs[0]!;
  org.integrations = [{ id: GH, type: 'github', settings: defaultIntegrationSettings() }];
  h.emu.setState(state);
  orgId = org.id;
});
afterAll(() => h.emu.close());

describe.skipIf(skip !== undefined)('v1 outbound endpoints match the spec', () => {
  let checker: ReturnType<typeof createV1ContractChecker> | undefined;
  const spec = () => {
    checker ??= createV1ContractChecker();
    return checker;
  };
  const call = async (method: string, path: string, status: number, body?: unknown) => {
    if (body !== undefined) expect(spec().request(method, path, body)).toEqual([]);
    const res = await h.call(method, path, body === undefined ? {} : { body });
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(spec().response(method, path, status, res.body)).toEqual([]);
    return res.body as Record<string, unknown>;
  };

  it('lists integrations by type and reads and writes their settings whole', async () => {
    expect(await call('GET', `/v1/org/${orgId}/integrations`, 200)).toEqual({ github: GH });
    const settings = await call('GET', `/v1/org/${orgId}/integrations/${GH}/settings`, 200);
    const put = await call('PUT', `/v1/org/${orgId}/integrations/${GH}/settings`, 200, {
      ...settings,
      pullRequestTestEnabled: false,
    });
    expect(put).toEqual({ ...settings, pullRequestTestEnabled: false });
    const bad = await h.call('PUT', `/v1/org/${orgId}/integrations/${GH}/settings`, {
      body: { pullRequestTestEnabled: 'no' },
    });
    expect(bad.status).toBe(400);
    expect((await h.call('GET', `/v1/org/${orgId}/integrations/nope/settings`)).status).toBe(404);
  });

  it('answers every notification event, inherited until set; a PUT takes whole event objects', async () => {
    const before = await call('GET', `/v1/org/${orgId}/notification-settings`, 200);
    expect(before['weekly-report']).toEqual({ enabled: true, inherited: true });
    const after = await call('PUT', `/v1/org/${orgId}/notification-settings`, 200, {
      'weekly-report': { enabled: false },
      'new-issues-remediations': { enabled: true, issueSeverity: 'all', issueType: 'vuln' },
    });
    expect(after['weekly-report']).toEqual({ enabled: false, inherited: false });
    expect(after['test-limit']).toEqual({ enabled: true, inherited: true });
    const partial = await h.call('PUT', `/v1/org/${orgId}/notification-settings`, {
      body: { 'new-issues-remediations': { enabled: false } },
    });
    expect(partial.status).toBe(400);
  });

  it('creates https webhooks only, never returns the secret, and deletes them', async () => {
    const secret = 'whsec-emulator-test-1234';
    const created = await call('POST', `/v1/org/${orgId}/webhooks`, 200, {
      url: 'https://hooks.example.com/snyk',
      secret,
    });
    const list = await call('GET', `/v1/org/${orgId}/webhooks`, 200);
    expect(list).toEqual({ results: [created], total: 1 });
    // The checker does reject what the spec does not allow.
    expect(spec().response('GET', `/v1/org/${orgId}/webhooks`, 200, { results: [{ id: 1 }] })).not.toEqual(
      [],
    );
    await call('GET', `/v1/org/${orgId}/webhooks/${String(created.id)}`, 200);
    expect(JSON.stringify([created, list])).not.toContain(secret);
    const http = await h.call('POST', `/v1/org/${orgId}/webhooks`, {
      body: { url: 'http://hooks.example.com/snyk', secret },
    });
    expect(http.status).toBe(400);
    expect(JSON.stringify(http.body)).not.toContain(secret);
    await call('DELETE', `/v1/org/${orgId}/webhooks/${String(created.id)}`, 200);
    expect(await call('GET', `/v1/org/${orgId}/webhooks`, 200)).toEqual({ results: [], total: 0 });
  });

  it('gives an org created from a template the template’s integrations with their settings', async () => {
    const res = await h.call('POST', '/v1/org', {
      body: { name: 'Copy', groupId: h.groupId, sourceOrgId: orgId },
    });
    expect(res.status).toBe(201);
    const copy = h.emu.getState().groups[0]!.orgs.find((o) => o.id === (res.body as { id: string }).id)!;
    const source = h.emu.getState().groups[0]!.orgs.find((o) => o.id === orgId)!;
    expect(copy.integrations?.map((i) => [i.type, i.settings])).toEqual(
      source.integrations?.map((i) => [i.type, i.settings]),
    );
    expect(copy.integrations?.[0]?.id).not.toBe(GH);
  });
});

describe('the client over HTTP', () => {
  it('reads and writes every outbound part', async () => {
    const client = createSnykClient({
      apiUrl: h.emu.url,
      restVersion: '2024-10-15',
      auth: { scheme: 'token', token: h.token },
    });
    try {
      const list = await client.listIntegrations(orgId);
      const settings = await client.getIntegrationSettings(orgId, list.github!);
      await client.updateIntegrationSettings(orgId, list.github!, {
        ...settings,
        dockerfileSCMEnabled: false,
      });
      expect((await client.getIntegrationSettings(orgId, list.github!)).dockerfileSCMEnabled).toBe(false);
      await client.updateNotificationSettings(orgId, { 'test-limit': { enabled: false } });
      expect((await client.getNotificationSettings(orgId))['test-limit']).toEqual({
        enabled: false,
        inherited: false,
      });
      const hook = await client.createWebhook(orgId, 'https://hooks.example.com/c', 'whsec-client-5678');
      if (hook === undefined) throw new Error('the emulator names the created webhook');
      expect(await client.listWebhooks(orgId)).toContainEqual(hook);
      await client.deleteWebhook(orgId, hook.id);
      expect(await client.listWebhooks(orgId)).not.toContainEqual(hook);
      const refused = await client
        .createWebhook(orgId, 'http://x.example.com', 'whsec-client-5678')
        .catch((e: Error) => e);
      expect(refused).toBeInstanceOf(Error);
      expect((refused as Error).message).not.toContain('whsec-client-5678');
    } finally {
      await client.close();
    }
  });
});
