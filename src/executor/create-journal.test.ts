import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LAG_WINDOW_MS, openCreateJournal, stateDirOf } from './create-journal.ts';

const GROUP = '4a18d42f-0706-4ad0-b127-24078731fbed';
const ORG = '0f5cbd9c-8e49-4d3a-9d3e-4ff1f0e5b6a1';
const API = 'https://api.snyk.io';

let dir: string;
let clock = 1_000_000;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'journal-'));
  clock = 1_000_000;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const journal = (apiUrl = API) => openCreateJournal({ dir, apiUrl, now: () => clock });

describe('the create journal', () => {
  it('recalls a create of that name in that group, stamped with its clock', async () => {
    await journal().record({ groupId: GROUP, orgId: ORG, name: 'Mobile' });
    expect(await journal().recall(GROUP, 'Mobile')).toEqual({
      groupId: GROUP,
      orgId: ORG,
      name: 'Mobile',
      at: 1_000_000,
    });
    expect(await journal().recall(GROUP, 'mobile')).toBeUndefined();
  });

  it('knows nothing of another API host: the same group id means nothing there', async () => {
    await journal().record({ groupId: GROUP, orgId: ORG, name: 'Mobile' });
    expect(await journal('https://api.eu.snyk.io').recall(GROUP, 'Mobile')).toBeUndefined();
  });

  it('honours a create for the lag window only', async () => {
    await journal().record({ groupId: GROUP, orgId: ORG, name: 'Mobile' });
    clock += LAG_WINDOW_MS - 1;
    expect(await journal().recall(GROUP, 'Mobile')).toBeDefined();
    clock += 1;
    expect(await journal().recall(GROUP, 'Mobile')).toBeUndefined();
  });

  it('prunes what Snyk lists and what is past the window, keeps what may be in flight', async () => {
    const other = '1f5cbd9c-8e49-4d3a-9d3e-4ff1f0e5b6a2';
    await journal().record({ groupId: GROUP, orgId: ORG, name: 'Mobile' });
    await journal().record({ groupId: GROUP, orgId: other, name: 'Data' });
    await journal().prune(GROUP, new Set([ORG]));
    expect(await journal().recall(GROUP, 'Mobile')).toBeUndefined();
    expect(await journal().recall(GROUP, 'Data')).toBeDefined();
    clock += LAG_WINDOW_MS;
    await journal().prune(GROUP, new Set());
    const [key] = await readdir(join(dir, 'org-creates'));
    expect(await readdir(join(dir, 'org-creates', key!))).toEqual([]);
  });

  it('forgets one org', async () => {
    await journal().record({ groupId: GROUP, orgId: ORG, name: 'Mobile' });
    await journal().forget(GROUP, ORG);
    expect(await journal().recall(GROUP, 'Mobile')).toBeUndefined();
  });

  it('reads a damaged entry as absent, and prunes it', async () => {
    await journal().record({ groupId: GROUP, orgId: ORG, name: 'Mobile' });
    const [key] = await readdir(join(dir, 'org-creates'));
    const file = join(dir, 'org-creates', key!, `${ORG}.json`);
    for (const text of ['{"groupId":', 'null', '{"groupId":1}', '[]']) {
      await writeFile(file, text);
      expect(await journal().recall(GROUP, 'Mobile')).toBeUndefined();
    }
    await journal().prune(GROUP, new Set());
    expect(await readdir(join(dir, 'org-creates', key!))).toEqual([]);
  });

  it('is as if empty where it cannot be written', async () => {
    const file = join(dir, 'a-file');
    await writeFile(file, '');
    const blocked = openCreateJournal({ dir: file, apiUrl: API });
    await expect(blocked.record({ groupId: GROUP, orgId: ORG, name: 'Mobile' })).resolves.toBeUndefined();
    expect(await blocked.recall(GROUP, 'Mobile')).toBeUndefined();
  });
});

describe('stateDirOf', () => {
  it('takes SNYK_GITOPS_STATE_DIR, else the user state directory, else none', () => {
    expect(stateDirOf({ SNYK_GITOPS_STATE_DIR: '/s', HOME: '/h' })).toBe('/s');
    expect(stateDirOf({ XDG_STATE_HOME: '/x', HOME: '/h' })).toBe(join('/x', 'snyk-gitops'));
    expect(stateDirOf({ HOME: '/h' })).toBe(join('/h', '.local', 'state', 'snyk-gitops'));
    expect(stateDirOf({ LOCALAPPDATA: 'C:/l' })).toBe(join('C:/l', 'snyk-gitops'));
    expect(stateDirOf({})).toBeUndefined();
  });
});
