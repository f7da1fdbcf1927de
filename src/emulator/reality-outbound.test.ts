// Reality mode (REALITY.md §11-16) over real HTTP: integrations, webhooks, group tags,
// notification settings and project tag values as real clients recorded them; each switch on,
// and the documented behaviour with it off.
import { describe, expect, it } from 'vitest';
import type { RealityOptions } from './reality/options.ts';
import { type Harness, VERSION } from './testing/harness.test-helpers.ts';
import { harnessesClosedAfterEach } from './testing/harnesses.test-helpers.ts';
import { CX_TOOLS_GITHUB, settingsOf } from './testing/real-bodies.test-helpers.ts';
import { defaultIntegrationSettings } from './v1/integrations.ts';

const start = harnessesClosedAfterEach({
  generate: { orgs: 2, membersPerOrg: [1, 2], seed: 26, projectsPerOrg: 3 },
});

const GH = '0d6f6d3e-0000-4000-8000-000000000001';
const ECR = '0d6f6d3e-0000-4000-8000-000000000002';

/** A harness whose first org has a github and an ecr integration, spec-shaped. */
async function harness(reality?: RealityOptions): Promise<Harness & { orgId: string }> {
  const h = await start(reality === undefined ? {} : { reality });
  const state = h.emu.getState();
  const org = state.groups[0]!.orgs[0]!;
  org.integrations = [
    { id: GH, type: 'github', settings: defaultIntegrationSettings() },
    { id: ECR, type: 'ecr', settings: {} },
  ];
  h.emu.setState(state);
  return Object.assign(h, { orgId: org.id });
}

const settingsPath = (h: { orgId: string }, id: string) => `/v1/org/${h.orgId}/integrations/${id}/settings`;

describe('integrationSettingsReal (REALITY §11)', () => {
  it('reads the real key names and keys the spec lacks; registries read {}', async () => {
    const h = await harness({ integrationSettingsReal: true });
    const github = (await h.call('GET', settingsPath(h, GH))).body as Record<string, unknown>;
    expect(github).toMatchObject({
      manualRemediationPrs: { useManualPatchRemediation: false },
      pullRequestAssignment: { type: 'auto', enabled: false, assignees: [] },
      reachableVulns: { enabled: false },
      isMajorUpgradeEnabled: false,
    });
    expect(github.manualRemediationPrs).not.toHaveProperty('usePatchRemediation');
    expect((await h.call('GET', settingsPath(h, ECR))).body).toEqual({});
  });

  it('keeps the keys a PUT does not send', async () => {
    const h = await harness({ integrationSettingsReal: true });
    const before = (await h.call('GET', settingsPath(h, GH))).body as Record<string, unknown>;
    const put = await h.call('PUT', settingsPath(h, GH), {
      body: { pullRequestTestEnabled: false, autoRemediationPrs: { freshPrsEnabled: false } },
    });
    expect(put.status).toBe(200);
    const after = (await h.call('GET', settingsPath(h, GH))).body;
    expect(after).toEqual({
      ...before,
      pullRequestTestEnabled: false,
      autoRemediationPrs: { ...(before.autoRemediationPrs as object), freshPrsEnabled: false },
    });
  });

  it('off: reads the spec shape, a PUT replaces the settings, and a real GET body is taken', async () => {
    const h = await harness();
    const spec = (await h.call('GET', settingsPath(h, GH))).body;
    expect(spec).toEqual(defaultIntegrationSettings());
    const real = await h.call('PUT', settingsPath(h, GH), { body: settingsOf(CX_TOOLS_GITHUB) });
    expect(real.status, JSON.stringify(real.body)).toBe(200);
    expect((await h.call('GET', settingsPath(h, GH))).body).toEqual(CX_TOOLS_GITHUB);
    await h.call('PUT', settingsPath(h, GH), { body: { pullRequestTestEnabled: false } });
    expect((await h.call('GET', settingsPath(h, GH))).body).toEqual({ pullRequestTestEnabled: false });
  });
});

describe('appIntegrations (REALITY §12)', () => {
  it('lists the GitHub Cloud App beside github, with settings of its own', async () => {
    const h = await harness({ appIntegrations: true });
    const list = (await h.call('GET', `/v1/org/${h.orgId}/integrations`)).body as Record<string, string>;
    expect(Object.keys(list).sort()).toEqual(['ecr', 'github', 'github-cloud-app']);
    const app = await h.call('GET', settingsPath(h, list['github-cloud-app']!));
    expect(app.body).toEqual(defaultIntegrationSettings());
    expect(await h.call('GET', `/v1/org/${h.orgId}/integrations`)).toMatchObject({ body: list });
  });

  it('lists the GitHub Server App and the Bitbucket Cloud App beside their classic integrations', async () => {
    const h = await harness({ appIntegrations: true });
    const state = h.emu.getState();
    state.groups[0]!.orgs[0]!.integrations = [
      { id: GH, type: 'github-enterprise', settings: {} },
      { id: ECR, type: 'bitbucket-cloud', settings: {} },
    ];
    h.emu.setState(state);
    const list = (await h.call('GET', `/v1/org/${h.orgId}/integrations`)).body as Record<string, string>;
    expect(Object.keys(list).sort()).toEqual([
      'bitbucket-cloud',
      'bitbucket-connect-app',
      'github-enterprise',
      'github-server-app',
    ]);
  });

  it('off: only the integrations of the state', async () => {
    const h = await harness();
    expect((await h.call('GET', `/v1/org/${h.orgId}/integrations`)).body).toEqual({ github: GH, ecr: ECR });
  });
});

describe('webhookSecretMinimum (REALITY §13)', () => {
  const create = (h: Harness & { orgId: string }, secret: string) =>
    h.call('POST', `/v1/org/${h.orgId}/webhooks`, { body: { url: 'https://hooks.example.com/a', secret } });
  const hooks = (h: Harness & { orgId: string }) => h.emu.getState().groups[0]!.orgs[0]!.webhooks ?? [];

  it('refuses a secret under 16 characters, storing nothing; a create answers 201 without a body', async () => {
    const h = await harness({ webhookSecretMinimum: true });
    const short = await create(h, 'fifteen-chars-x');
    expect(short.status).toBe(400);
    expect(JSON.stringify(short.body)).toContain('16 characters');
    expect(JSON.stringify(short.body)).not.toContain('fifteen-chars-x');
    expect(hooks(h)).toEqual([]);
    const ok = await create(h, 'sixteen-chars-xx');
    expect(ok).toMatchObject({ status: 201, body: undefined });
    expect(hooks(h)).toMatchObject([{ url: 'https://hooks.example.com/a' }]);
  });

  it('off: a short secret is taken and the create names the webhook', async () => {
    const h = await harness();
    const res = await create(h, 'short');
    expect(res).toMatchObject({
      status: 200,
      body: { id: expect.any(String), url: 'https://hooks.example.com/a' },
    });
  });
});

describe('tagDeleteForbidden (REALITY §14)', () => {
  async function tagged(reality?: RealityOptions) {
    const h = await harness(reality);
    const state = h.emu.getState();
    const group = state.groups[0]!;
    group.tags = [{ key: 'team', value: 'payments', projectCount: 2 }];
    h.emu.setState(state);
    const del = (body: unknown) => h.call('POST', `/v1/group/${h.groupId}/tags/delete`, { body });
    return { h, del };
  }

  it('answers 403 "has entities attached" for a tag projects carry, 422 for one already gone', async () => {
    const { del } = await tagged({ tagDeleteForbidden: true });
    const carried = await del({ key: 'team', value: 'payments', force: false });
    expect(carried.status).toBe(403);
    expect(JSON.stringify(carried.body)).toContain('has entities attached');
    expect((await del({ key: 'team', value: 'gone', force: false })).status).toBe(422);
    expect((await del({ key: 'team', value: 'payments', force: true })).status).toBe(200);
  });

  it('off: 400 and 404 as the emulator documents', async () => {
    const { del } = await tagged();
    expect((await del({ key: 'team', value: 'payments', force: false })).status).toBe(400);
    expect((await del({ key: 'team', value: 'gone', force: false })).status).toBe(404);
  });
});

describe('notificationPutEcho (REALITY §15)', () => {
  const sent = { 'weekly-report': { enabled: false } };

  it('answers a PUT with exactly the events sent, without inherited; a GET still reads them all', async () => {
    const h = await harness({ notificationPutEcho: true });
    const put = await h.call('PUT', `/v1/org/${h.orgId}/notification-settings`, { body: sent });
    expect(put).toMatchObject({ status: 200, body: sent });
    const all = (await h.call('GET', `/v1/org/${h.orgId}/notification-settings`)).body;
    expect(all).toMatchObject({ 'weekly-report': { enabled: false, inherited: false } });
    expect(Object.keys(all as object).length).toBeGreaterThan(1);
  });

  it('off: a PUT answers every event with inherited', async () => {
    const h = await harness();
    const put = await h.call('PUT', `/v1/org/${h.orgId}/notification-settings`, { body: sent });
    expect(put.body).toMatchObject({ 'weekly-report': { enabled: false, inherited: false } });
    expect(put.body).toHaveProperty(['test-limit', 'inherited'], true);
  });
});

describe('projectTagValues (REALITY §16)', () => {
  const value = 'acme/payments-api@1.2:prod';

  async function patchTag(reality?: RealityOptions) {
    const h = await harness(reality);
    const project = h.emu.getState().groups[0]!.orgs[0]!.projects![0]!;
    const body = {
      data: {
        id: project.id,
        type: 'project',
        attributes: { tags: [{ key: 'repo', value }] },
        relationships: {},
      },
    };
    const path = `/rest/orgs/${h.orgId}/projects/${project.id}?version=${VERSION}`;
    return h.call('PATCH', path, { body });
  }

  it('takes tag values with / . @ :', async () => {
    const res = await patchTag({ projectTagValues: true });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ data: { attributes: { tags: [{ key: 'repo', value }] } } });
  });

  it('off: the v1 tag alphabet only', async () => {
    expect((await patchTag()).status).toBe(400);
  });
});
