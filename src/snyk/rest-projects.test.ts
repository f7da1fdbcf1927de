// The project operations of the client against the emulator over real HTTP: the list streamed
// page by page with the filters as the spec spells them, the reduced project, and the PATCH
// body checked against the spec's request schema (which requires `data.relationships`).
import { Agent, type Dispatcher } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import type { SnykClient } from '../core/port/snyk-client.ts';
import type { LiveProject } from '../core/types.ts';
import { type Emulator, generateState, startEmulator } from '../emulator/index.ts';
import { contractSkipReason } from '../emulator/testing/contract.test-helpers.ts';
import { createContractChecker } from '../emulator/testing/openapi-contract.test-helpers.ts';
import { createSnykClient } from './client.ts';

let emulator: Emulator | undefined;
let client: SnykClient | undefined;
afterEach(async () => {
  await client?.close();
  await emulator?.close();
});

/** Records every request body the client sends, as JSON, by path. */
function recordingAgent(sent: { method: string; path: string; body: unknown }[]): Dispatcher {
  return new Agent().compose((dispatch) => (options, handler) => {
    if (typeof options.body === 'string')
      sent.push({ method: options.method, path: options.path, body: JSON.parse(options.body) });
    return dispatch(options, handler);
  });
}

async function setup(projectsPerOrg: number) {
  const generated = generateState({ orgs: 1, membersPerOrg: [1, 1], seed: 9, projectsPerOrg });
  emulator = await startEmulator({ state: generated.state });
  const sent: { method: string; path: string; body: unknown }[] = [];
  client = createSnykClient({
    apiUrl: emulator.url,
    restVersion: '2024-10-15',
    auth: { scheme: 'token', token: generated.token },
    dispatcher: recordingAgent(sent),
    sleep: async () => {},
  });
  return { ...generated, emulator, client, sent, org: generated.state.groups[0]!.orgs[0]! };
}

describe('listOrgProjects', () => {
  it('hands each page of 100 to onPage and reduces each project to what is compared', async () => {
    const { client, emulator, org } = await setup(250);
    const pages: LiveProject[][] = [];
    await client.listOrgProjects(org.id, {}, (page) => pages.push(page));
    expect(pages.map((p) => p.length)).toEqual([100, 100, 50]);
    const first = org.projects![0]!;
    expect(pages[0]![0]).toEqual({
      id: first.id,
      name: first.name,
      type: first.type,
      origin: first.origin,
      tags: first.tags,
      attributes: first.lifecycle === undefined ? {} : { lifecycle: first.lifecycle },
    });
    const requests = emulator.requests().filter((r) => r.path.endsWith('/projects'));
    for (const r of requests) expect(new URLSearchParams(r.query).get('limit')).toBe('100');
  });

  it('sends the filters comma-separated, once, also on the next pages', async () => {
    const { client, emulator, org } = await setup(250);
    const seen: LiveProject[] = [];
    await client.listOrgProjects(org.id, { types: ['npm', 'pip'], origins: ['github'] }, (page) =>
      seen.push(...page),
    );
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((p) => ['npm', 'pip'].includes(p.type) && p.origin === 'github')).toBe(true);
    const queries = emulator.requests().map((r) => new URLSearchParams(r.query));
    for (const q of queries) {
      expect(q.getAll('types')).toEqual(['npm,pip']);
      expect(q.getAll('origins')).toEqual(['github']);
    }
  });
});

describe('updateProject', () => {
  it('PATCHes tags and attributes and the emulator holds them', async () => {
    const { client, emulator, org } = await setup(3);
    const project = org.projects![0]!;
    await client.updateProject(org.id, project.id, {
      tags: [{ key: 'team', value: 'payments' }],
      business_criticality: ['high'],
    });
    const after = emulator.getState().groups[0]!.orgs[0]!.projects![0]!;
    expect(after.tags).toEqual([{ key: 'team', value: 'payments' }]);
    expect(after.businessCriticality).toEqual(['high']);
  });

  it.skipIf(contractSkipReason !== undefined)(
    'sends a body that the spec’s PatchProjectRequest accepts',
    async () => {
      const { client, org, sent } = await setup(3);
      const project = org.projects![1]!;
      await client.updateProject(org.id, project.id, { lifecycle: ['production'], environment: ['backend'] });
      const patch = sent.find((s) => s.method === 'PATCH');
      expect(patch).toBeDefined();
      const checker = createContractChecker();
      expect(checker.checkRequest('PATCH', patch!.path, patch!.body)).toEqual([]);
      // The checker is not vacuous: without relationships the spec refuses the body.
      const { relationships: _r, ...data } = (patch!.body as { data: Record<string, unknown> }).data;
      expect(checker.checkRequest('PATCH', patch!.path, { data })).not.toEqual([]);
    },
  );
});
