// The org create's decisions where the end-to-end races (test/e2e/apply-races.test.ts) do not
// reach: an org that never shows, a copy that cannot be deleted, a journal entry whose org is
// gone, two orgs of one name in one file, a file slug Snyk would not derive.
import { describe, expect, it } from 'vitest';
import { SnykApiError } from '../../snyk/api-error.ts';
import { orgAddress } from '../addresses.ts';
import type { SnykClient } from '../port/snyk-client.ts';
import type { RestOrg } from '../port/snyk-shapes.ts';
import type { ApplyContext, CreateJournal, JournalEntry } from './apply-support.ts';
import { createOrgOnce, type OrgToCreate } from './org-create.ts';

const GROUP = 'g-1';

interface World {
  /** What Snyk lists (a new org is added to it by `createOrg` unless `unlisted`). */
  listed: RestOrg[];
  unlisted?: boolean;
  /** Slug Snyk gives the next created org. */
  nextSlug?: string;
  /** Orgs that become listed once this run has created its own (another apply's, in its lag). */
  appearing?: RestOrg[];
  deleteFails?: boolean;
  getOrg?: (id: string) => RestOrg | undefined;
}

function setUp(world: World, journal?: CreateJournal) {
  const calls: string[] = [];
  let made = 0;
  const client = {
    findGroupOrgs: async (_g: string, filter: { name?: string; slug?: string }) => {
      calls.push(`find ${JSON.stringify(filter)}`);
      return world.listed.filter(
        (o) =>
          (filter.name === undefined || o.name === filter.name) &&
          (filter.slug === undefined || o.slug === filter.slug),
      );
    },
    createOrg: async (input: { name: string }, onCreated?: (id: string) => Promise<void>) => {
      made += 1;
      const org = { id: `new-${made}`, name: input.name, slug: world.nextSlug ?? 'x', isPersonal: false };
      calls.push(`create ${org.id}`);
      await onCreated?.(org.id);
      if (!world.unlisted) world.listed.push(org);
      world.listed.push(...(world.appearing ?? []));
      return org;
    },
    deleteOrg: async (id: string) => {
      calls.push(`delete ${id}`);
      if (world.deleteFails)
        throw new SnykApiError('DELETE /v1/org/{orgId} returned 403', {
          code: 'SNYK_FORBIDDEN',
          status: 403,
          method: 'DELETE',
          pathTemplate: '/v1/org/{orgId}',
        });
      world.listed = world.listed.filter((o) => o.id !== id);
    },
    getOrg: async (id: string) => {
      calls.push(`get ${id}`);
      const org = world.getOrg?.(id);
      if (org === undefined)
        throw new SnykApiError('GET /rest/orgs/{org_id} returned 404', {
          code: 'SNYK_NOT_FOUND',
          status: 404,
          method: 'GET',
          pathTemplate: '/rest/orgs/{org_id}',
        });
      return org;
    },
    noteCreatedOrg: () => undefined,
  } as unknown as SnykClient;
  const ctx: ApplyContext = {
    groupId: GROUP,
    orgIdsBySlug: new Map(),
    knownOrgIds: new Set(),
    secrets: new Map(),
    sleep: async () => undefined,
    orgCreates: new Map(),
    ...(journal ? { journal } : {}),
  };
  return { calls, ctx, world, create: (want: OrgToCreate) => createOrgOnce(want, { client, ctx }) };
}

const want = (name: string, slug: string): OrgToCreate => ({ address: orgAddress(slug), name, slug });
const org = (id: string, name: string, slug: string, createdAt?: string): RestOrg => ({
  id,
  name,
  slug,
  isPersonal: false,
  ...(createdAt ? { createdAt } : {}),
});

function memoryJournal(entries: JournalEntry[]) {
  const forgotten: string[] = [];
  const journal: CreateJournal = {
    recall: async (_g, name) => entries.find((e) => e.name === name),
    record: async (e) => {
      entries.push({ ...e, at: 0 });
    },
    forget: async (_g, id) => {
      forgotten.push(id);
    },
    prune: async () => undefined,
  };
  return { journal, forgotten };
}

describe('createOrgOnce', () => {
  it('keeps its org, and says so, when the org holding the slug is never listed', async () => {
    const { create, ctx, calls } = setUp({ listed: [], nextSlug: 'mobile-1a2b', unlisted: true });
    const outcome = await create(want('Mobile', 'mobile'));
    expect(ctx.orgIdsBySlug.get('mobile')).toBe('new-1');
    expect(outcome.notice).toMatch(/an org not listed yet holds the slug 'mobile'.*write slug: mobile-1a2b/);
    expect(calls.filter((c) => c.startsWith('delete'))).toEqual([]);
  });

  it('deletes its copy and uses the holder of the slug when it lost the race', async () => {
    const holder = org('theirs', 'Mobile', 'mobile');
    const { create, ctx, calls } = setUp({ listed: [], nextSlug: 'mobile-1a2b', appearing: [holder] });
    const outcome = await create(want('Mobile', 'mobile'));
    expect(ctx.orgIdsBySlug.get('mobile')).toBe('theirs');
    expect(calls).toEqual([
      'find {"slug":"mobile"}',
      'create new-1',
      'find {"slug":"mobile"}',
      'delete new-1',
    ]);
    expect(outcome.notice).toContain('this run deleted its own copy (id new-1)');
  });

  it('fails, naming both orgs, when its copy cannot be deleted', async () => {
    const holder = org('theirs', 'Mobile', 'mobile');
    const { create } = setUp({ listed: [], nextSlug: 'mobile-1a2b', appearing: [holder], deleteFails: true });
    await expect(create(want('Mobile', 'mobile'))).rejects.toMatchObject({
      code: 'ORG_DUPLICATE',
      message: expect.stringMatching(
        /id theirs.*this run's copy \(id new-1\) failed: .*403.*Delete it by hand/,
      ),
    });
  });

  it('does not take an org of its own run for a duplicate: the file lists two orgs of one name', async () => {
    const { create, ctx, calls, world } = setUp({ listed: [], nextSlug: 'team' });
    // The file's `team-2` is created first and gets the slug Snyk derives from the name.
    await create(want('Team', 'team-2'));
    world.nextSlug = 'team-9f9f';
    const outcome = await create(want('Team', 'team'));
    expect(calls.filter((c) => c.startsWith('delete'))).toEqual([]);
    expect(ctx.orgIdsBySlug.get('team-2')).toBe('new-1');
    expect(ctx.orgIdsBySlug.get('team')).toBe('new-2');
    expect(outcome.notice).toContain('write slug: team-9f9f');
  });

  it('forgets a journal entry whose org is gone, and creates', async () => {
    const { journal, forgotten } = memoryJournal([{ groupId: GROUP, orgId: 'gone', name: 'Mobile', at: 0 }]);
    const { create, ctx, calls } = setUp({ listed: [], nextSlug: 'mobile' }, journal);
    await create(want('Mobile', 'mobile'));
    expect(forgotten).toEqual(['gone']);
    expect(calls.slice(0, 3)).toEqual(['get gone', 'find {"slug":"mobile"}', 'create new-1']);
    expect(ctx.orgIdsBySlug.get('mobile')).toBe('new-1');
  });

  it('uses the org a journal entry names when Snyk confirms it', async () => {
    const mine = org('mine', 'Mobile', 'mobile');
    const { journal } = memoryJournal([{ groupId: GROUP, orgId: 'mine', name: 'Mobile', at: 0 }]);
    const { create, ctx, calls } = setUp(
      { listed: [], getOrg: (id) => (id === 'mine' ? mine : undefined) },
      journal,
    );
    const outcome = await create(want('Mobile', 'mobile'));
    expect(outcome).toMatchObject({
      confirmed: true,
      notice: expect.stringContaining('an earlier run on this machine'),
    });
    expect(calls).toEqual(['get mine']);
    expect(ctx.orgIdsBySlug.get('mobile')).toBe('mine');
  });

  it('with a slug Snyk would not derive, uses the oldest namesake created since the plan', async () => {
    const { create, ctx, calls } = setUp({
      listed: [
        org('b', 'Mobile', 'mobile-b', '2026-12-06T10:00:02Z'),
        org('a', 'Mobile', 'mobile-a', '2026-12-06T10:00:01Z'),
      ],
    });
    ctx.knownOrgIds.add('old');
    const outcome = await create(want('Mobile', 'apps'));
    expect(calls).toEqual(['find {"name":"Mobile"}']);
    expect(ctx.orgIdsBySlug.get('apps')).toBe('a');
    expect(outcome.notice).toContain('write slug: mobile-a');
  });
});
