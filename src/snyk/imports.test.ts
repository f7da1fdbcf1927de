// Targets and repository imports through the client over real HTTP: against the emulator (also
// with the reality switches of REALITY.md §17, §19 and §23 on), and against a scripted server
// for answers the emulator never gives (no Location, a Location that names no job).
import { describe, expect, it } from 'vitest';
import { generateState } from '../emulator/generate.ts';
import { startEmulator } from '../emulator/index.ts';
import type { RealityOptions } from '../emulator/reality/options.ts';
import { jobIdFromLocation } from './imports.ts';
import { closedAfterEach, noSleep, scriptedClients, testClient } from './testing/clients.test-helpers.ts';

const track = closedAfterEach();
const INTEGRATION = '1b3e3d90-0000-4000-8000-00000000b001';

async function emulatorWithTargets(count: number, reality?: RealityOptions) {
  const generated = generateState({ orgs: 1, membersPerOrg: [0, 0], seed: 3 });
  const org = generated.state.groups[0]!.orgs[0]!;
  org.integrations = [{ id: INTEGRATION, type: 'github-cloud-app', settings: {} }];
  org.targets = Array.from({ length: count }, (_, i) => ({
    id: `5e7a9c10-0000-4000-8000-${String(i).padStart(12, '0')}`,
    displayName: `acme/repo-${i}`,
    integrationId: INTEGRATION,
    integrationType: 'github-cloud-app',
    url: `https://github.com/acme/repo-${i}`,
    isPrivate: true,
    createdAt: '2025-01-01T00:00:00.000Z',
  }));
  generated.state.importPendingPolls = 0;
  const emulator = track(await startEmulator({ state: generated.state, ...(reality ? { reality } : {}) }));
  const client = track(testClient(emulator.url, generated.token, { sleep: noSleep }));
  return { emulator, client, orgId: org.id };
}

describe('targets', () => {
  it('reads every target of an org over pages of 100, with name and integration type', async () => {
    const { client, emulator, orgId } = await emulatorWithTargets(230);
    const targets = await client.listOrgTargets(orgId);
    expect(targets).toHaveLength(230);
    expect(targets[0]).toEqual({
      id: '5e7a9c10-0000-4000-8000-000000000000',
      name: 'acme/repo-0',
      integrationType: 'github-cloud-app',
      url: 'https://github.com/acme/repo-0',
    });
    expect(emulator.requests().filter((r) => r.path.endsWith('/targets'))).toHaveLength(3);
  });

  it('reads a repository that is also a CLI target, and SCM targets without a url (reality)', async () => {
    const { client, orgId } = await emulatorWithTargets(2, { targetsRealNames: true });
    const targets = await client.listOrgTargets(orgId);
    expect(targets.map((t) => [t.name, t.integrationType, t.url])).toEqual([
      ['acme/repo-0', 'github-cloud-app', undefined],
      ['acme/repo-1', 'github-cloud-app', undefined],
      ['acme/repo-0', 'cli', undefined],
    ]);
  });

  it('deletes a target with its projects', async () => {
    const { client, orgId } = await emulatorWithTargets(2);
    await client.deleteOrgTarget(orgId, '5e7a9c10-0000-4000-8000-000000000001');
    expect((await client.listOrgTargets(orgId)).map((t) => t.name)).toEqual(['acme/repo-0']);
  });
});

describe('imports', () => {
  it.each([
    ['documented', undefined],
    [
      'reality: Location on another host, projects by projectUrl',
      { importLocationForms: true, importLogsProjectUrl: true },
    ],
  ] as const)('imports and reads the job at the configured host (%s)', async (_name, reality) => {
    const { client, emulator, orgId } = await emulatorWithTargets(0, reality);
    const request = { owner: 'acme', name: 'ledger', branch: 'main', files: [] };
    const { jobId } = await client.importRepository(orgId, INTEGRATION, request);
    const job = await client.getImportJob(orgId, INTEGRATION, jobId);
    expect(job.status).toBe('complete');
    expect(job.projects).toEqual([
      { targetFile: 'package.json', success: true, projectId: expect.any(String) },
    ]);
    // Both requests went to the emulator: the Location's host is never contacted.
    expect(emulator.requests().map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /v1/org/${orgId}/integrations/${INTEGRATION}/import`,
      `GET /v1/org/${orgId}/integrations/${INTEGRATION}/import/${jobId}`,
    ]);
  });

  const setup = scriptedClients('tok-imports-0000');

  it('a 201 without a job in Location is a bad response naming the endpoint', async () => {
    const { client } = await setup((_req, res) => {
      res.writeHead(201, { location: 'https://api.snyk.io/v1/org/x/projects' });
      res.end();
    });
    await expect(
      client.importRepository('11111111-1111-4111-8111-111111111111', INTEGRATION, {
        owner: 'a',
        name: 'b',
        branch: 'main',
        files: ['package.json'],
      }),
    ).rejects.toMatchObject({
      code: 'SNYK_BAD_RESPONSE',
      message: expect.stringContaining(
        '/integrations/{integrationId}/import returned a body without the documented shape',
      ),
    });
  });

  it('takes the job id from the last segment of any Location form, and refuses one that names none', () => {
    expect(jobIdFromLocation('https://api.snyk.io/v1/org/o/integrations/i/import/job-1')).toBe('job-1');
    expect(jobIdFromLocation('https://app.snyk.io/api/v1/org/o/integrations/i/import/job-2/')).toBe('job-2');
    expect(jobIdFromLocation('/api/v1/org/o/integrations/i/import/job-3')).toBe('job-3');
    for (const bad of [
      undefined,
      '',
      'https://evil.example/import/..',
      'https://x/import/a%2Fb',
      'https://x/org/o',
    ]) {
      expect(() => jobIdFromLocation(bad)).toThrow(/Location header/);
    }
  });
});
