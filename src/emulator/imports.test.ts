// The emulator's targets and import jobs over real HTTP, as the spec documents them and with the
// reality switches of REALITY.md §17-20 and §23 on.
import { describe, expect, it } from 'vitest';
import type { RealityOptions } from './reality/options.ts';
import type { Harness } from './testing/harness.test-helpers.ts';
import { VERSION } from './testing/harness.test-helpers.ts';
import { harnessesClosedAfterEach } from './testing/harnesses.test-helpers.ts';

const start = harnessesClosedAfterEach({ generate: { orgs: 1, membersPerOrg: [0, 0], seed: 13 } });
const INTEGRATION = '1b3e3d90-0000-4000-8000-00000000d001';

async function harness(reality?: RealityOptions): Promise<{ h: Harness; orgId: string; importPath: string }> {
  const h = await start(reality === undefined ? {} : { reality });
  const state = h.emu.getState();
  const org = state.groups[0]!.orgs[0]!;
  org.integrations = [{ id: INTEGRATION, type: 'github', settings: {} }];
  state.repositories = { 'acme/api': { manifests: ['package.json', 'pom.xml'], defaultBranch: 'develop' } };
  state.importPendingPolls = 1;
  h.emu.setState(state);
  return { h, orgId: org.id, importPath: `/v1/org/${org.id}/integrations/${INTEGRATION}/import` };
}

const body = (branch?: string) => ({
  target: { owner: 'acme', name: 'api', ...(branch === undefined ? {} : { branch }) },
});

describe('import jobs', () => {
  it('answers 201 with the job in Location, pending once, then complete with a target and its projects', async () => {
    const { h, orgId, importPath } = await harness();
    const created = await h.call('POST', importPath, { body: body('main') });
    expect(created.status).toBe(201);
    const location = created.headers.get('location')!;
    expect(location).toMatch(new RegExp(`/v1${importPath.slice(3)}/[0-9a-f-]+$`));
    const jobPath = new URL(location).pathname;
    expect((await h.call('GET', jobPath)).body).toMatchObject({ status: 'pending' });
    const done = (await h.call('GET', jobPath)).body as { status: string; logs: { projects: unknown[] }[] };
    expect(done.status).toBe('complete');
    expect(done.logs[0]!.projects).toEqual([
      expect.objectContaining({ targetFile: 'package.json', success: true, projectId: expect.any(String) }),
      expect.objectContaining({ targetFile: 'pom.xml', success: true, projectId: expect.any(String) }),
    ]);
    const targets = await h.call('GET', `/rest/orgs/${orgId}/targets?version=${VERSION}`);
    const data = (targets.body as { data: { id: string; attributes: { display_name: string } }[] }).data;
    expect(data.map((t) => t.attributes.display_name)).toEqual(['acme/api']);
    // Deleting the target deletes its projects.
    expect(
      (await h.call('DELETE', `/rest/orgs/${orgId}/targets/${data[0]!.id}?version=${VERSION}`)).status,
    ).toBe(204);
    expect(h.emu.getState().groups[0]!.orgs[0]!.projects).toEqual([]);
    expect(
      (await h.call('DELETE', `/rest/orgs/${orgId}/targets/${data[0]!.id}?version=${VERSION}`)).status,
    ).toBe(404);
  });

  it('documented: a branch is required; reality §20: an empty one is the default branch', async () => {
    const documented = await harness();
    expect((await documented.h.call('POST', documented.importPath, { body: body('') })).status).toBe(400);
    const real = await harness({ importBranchOptional: true });
    expect((await real.h.call('POST', real.importPath, { body: body() })).status).toBe(201);
    expect(real.h.emu.getState().groups[0]!.orgs[0]!.importJobs![0]!.target.branch).toBe('develop');
  });

  it('reality §17, §18 and §19: a foreign Location, a 401 for a service account on github, projectUrl only', async () => {
    const { h, importPath } = await harness({
      importLocationForms: true,
      githubImportPersonalOnly: true,
      importLogsProjectUrl: true,
    });
    const created = await h.call('POST', importPath, { body: body('main') });
    const location = new URL(created.headers.get('location')!);
    expect(location.origin).not.toBe(new URL(h.emu.url).origin);
    const jobPath = `/v1${location.pathname.replace(/^\/(api\/)?v1/, '')}`;
    await h.call('GET', jobPath);
    const done = (await h.call('GET', jobPath)).body as { logs: { projects: Record<string, unknown>[] }[] };
    expect(done.logs[0]!.projects[0]).not.toHaveProperty('projectId');
    expect(done.logs[0]!.projects[0]!.projectUrl).toMatch(/\/project\/[0-9a-f-]+$/);

    const state = h.emu.getState();
    state.tokens.push({
      token: 'sa-token-emulator-imports',
      userId: state.tokens[0]!.userId,
      kind: 'service_account',
    });
    h.emu.setState(state);
    const refused = await h.call('POST', importPath, {
      body: body('main'),
      token: 'sa-token-emulator-imports',
    });
    expect(refused.status).toBe(401);
  });
});
