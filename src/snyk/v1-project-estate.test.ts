// v1 project moves and ignores: the client against the emulator over real HTTP (documented mode
// and REALITY.md §21's `ignorePostAppends`), and the ignores GET read from the shape real clients
// record, refusing a hostile one with a located SNYK_BAD_RESPONSE.
import { describe, expect, it } from 'vitest';
import { generateState, startEmulator } from '../emulator/index.ts';
import type { RealityOptions } from '../emulator/reality/options.ts';
import { closedAfterEach, noSleep, scriptedClients, testClient } from './testing/clients.test-helpers.ts';
import { sendJson } from './testing/scripted-server.test-helpers.ts';
import { parseProjectIgnores } from './v1-project-estate.ts';

const track = closedAfterEach();
const scripted = scriptedClients('tok-estate');
const ISSUE = 'SNYK-JS-LODASH-567746';

async function setup(reality?: RealityOptions) {
  const generated = generateState({ orgs: 2, membersPerOrg: [1, 1], seed: 51, projectsPerOrg: 2 });
  const emulator = track(await startEmulator({ state: generated.state, ...(reality ? { reality } : {}) }));
  const client = track(testClient(emulator.url, generated.token, { sleep: noSleep }));
  const [from, to] = generated.state.groups[0]!.orgs;
  const self = generated.state.tokens.find((t) => t.token === generated.token)!.userId;
  return { emulator, client, from: from!, to: to!, project: from!.projects![0]!, self };
}

describe('v1 ignores through the client', () => {
  it('adds, replaces and deletes an ignore, read back as this user’s on every path', async () => {
    const { client, from, project, self } = await setup();
    expect(await client.listProjectIgnores(from.id, project.id)).toEqual([]);
    const spec = {
      reason: '[snyk-gitops] test only',
      reasonType: 'temporary-ignore',
      expires: '2099-04-01T00:00:00.000Z',
    };
    await client.addProjectIgnore(from.id, project.id, ISSUE, spec);
    expect(await client.listProjectIgnores(from.id, project.id)).toEqual([
      { issueId: ISSUE, path: '*', ...spec, ignoredById: self },
    ]);
    await client.replaceProjectIgnore(from.id, project.id, ISSUE, {
      reason: '[snyk-gitops] x',
      reasonType: 'wont-fix',
    });
    expect(await client.listProjectIgnores(from.id, project.id)).toEqual([
      { issueId: ISSUE, path: '*', reason: '[snyk-gitops] x', reasonType: 'wont-fix', ignoredById: self },
    ]);
    await client.deleteProjectIgnore(from.id, project.id, ISSUE);
    expect(await client.listProjectIgnores(from.id, project.id)).toEqual([]);
  });

  it('with ignorePostAppends (REALITY §21) a second POST adds a second ignore; without, it replaces', async () => {
    for (const [reality, count] of [
      [{ ignorePostAppends: true }, 2],
      [undefined, 1],
    ] as const) {
      const { client, from, project } = await setup(reality);
      const spec = { reason: 'r', reasonType: 'wont-fix' };
      await client.addProjectIgnore(from.id, project.id, ISSUE, spec);
      await client.addProjectIgnore(from.id, project.id, ISSUE, spec);
      expect(await client.listProjectIgnores(from.id, project.id)).toHaveLength(count);
    }
  });

  it('moves a project to another org of the group', async () => {
    const { emulator, client, from, to, project } = await setup();
    await client.moveProject(from.id, project.id, to.id);
    const orgs = emulator.getState().groups[0]!.orgs;
    expect(orgs[0]!.projects!.map((p) => p.id)).not.toContain(project.id);
    expect(orgs[1]!.projects!.map((p) => p.id)).toContain(project.id);
  });
});

describe('the ignores GET body', () => {
  it('reads the shape real clients record (pysnyk api-demo-9), several paths and issues', () => {
    expect(
      parseProjectIgnores({
        'npm:qs:20170213': [
          {
            '*': {
              reason: 'no fix',
              reasonType: 'wont-fix',
              created: '2024-01-01T00:00:00.000Z',
              expires: '2024-02-01T00:00:00.000Z',
              ignoredBy: { id: 'u1', name: 'A', email: 'a@acme.com' },
              disregardIfFixable: false,
            },
          },
          { 'lodash > qs': { reason: 'path', reasonType: 'not-vulnerable', ignoredBy: null } },
        ],
      }),
    ).toEqual([
      {
        issueId: 'npm:qs:20170213',
        path: '*',
        reason: 'no fix',
        reasonType: 'wont-fix',
        expires: '2024-02-01T00:00:00.000Z',
        ignoredById: 'u1',
      },
      { issueId: 'npm:qs:20170213', path: 'lodash > qs', reason: 'path', reasonType: 'not-vulnerable' },
    ]);
    expect(parseProjectIgnores({})).toEqual([]);
  });

  it('refuses an issue id that could reach a URL path, naming the endpoint, without a stack', async () => {
    const { client } = await scripted((_req, res) => sendJson(res, 200, { '../../org': [] }));
    const error = await client.listProjectIgnores('o', 'p').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'SNYK_BAD_RESPONSE' });
    expect(String((error as Error).message)).toMatch(
      /\/ignores returned a body without the documented shape: .*an issue id/,
    );
  });
});
