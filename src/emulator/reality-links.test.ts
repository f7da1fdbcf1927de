// Reality mode, linkForms and lastPageSelf (REALITY §6-7): list links as real endpoints send them.
import { describe, expect, it } from 'vitest';
import type { RealityOptions } from './reality/options.ts';
import { type Harness, restPath, VERSION } from './testing/harness.test-helpers.ts';
import { harnessesClosedAfterEach } from './testing/harnesses.test-helpers.ts';

const start = harnessesClosedAfterEach({
  generate: { orgs: 25, membersPerOrg: [12, 14], seed: 41, groupMembers: 15 },
});
const harness = (reality?: RealityOptions | 'all') => start(reality === undefined ? {} : { reality });

const v = `version=${VERSION}`;
type Page = { data: { id: string }[]; links: Record<string, string> };

async function page(h: Harness, link: string): Promise<Page> {
  const res = await h.call('GET', restPath(h.emu.url, link));
  expect(res.status, link).toBe(200);
  return res.body as Page;
}

/** Follows links.next from `first` while it leads somewhere new; returns the pages seen. */
async function walk(h: Harness, first: string): Promise<Page[]> {
  const pages = [await page(h, first)];
  for (let last = pages[0]!; last.links.next !== undefined && last.links.next !== last.links.self; ) {
    last = await page(h, last.links.next);
    pages.push(last);
    if (pages.length > 10) throw new Error('pagination does not end');
  }
  return pages;
}

const count = (link: string, name: string) => new URL(link, 'http://x').searchParams.getAll(name).length;

describe('linkForms (REALITY §6)', () => {
  it('sends links relative, with /rest, or absolute per endpoint, each fully formed', async () => {
    const h = await harness({ linkForms: true });
    const orgs = await page(h, `/orgs?${v}&limit=10`);
    expect(orgs.links.next).toMatch(/^\/orgs\?/);
    const groupOrgs = await page(h, `/groups/${h.groupId}/orgs?${v}&limit=10`);
    expect(groupOrgs.links.next).toMatch(new RegExp(`^/rest/groups/${h.groupId}/orgs\\?`));
    const orgId = h.state.groups[0]!.orgs[0]!.id;
    const members = await page(h, `/orgs/${orgId}/memberships?${v}&limit=10`);
    expect(members.links.next?.startsWith(`${h.emu.url}/rest/orgs/${orgId}/memberships?`)).toBe(true);
    expect(members.links.self?.startsWith(`${h.emu.url}/rest/`)).toBe(true);
    const groupMembers = await page(h, `/groups/${h.groupId}/memberships?${v}&limit=10`);
    expect(groupMembers.links.next).toMatch(/^\/groups\//);
    for (const next of [orgs, groupOrgs, members, groupMembers].map((p) => p.links.next ?? '')) {
      expect([count(next, 'version'), count(next, 'limit')], next).toEqual([1, 1]);
    }
  });

  it('takes per-endpoint forms; off, every link is relative to the REST base', async () => {
    const h = await harness({ linkForms: { endpoints: { '/orgs': 'absolute' } } });
    expect((await page(h, `/orgs?${v}&limit=10`)).links.next?.startsWith(`${h.emu.url}/rest/orgs?`)).toBe(
      true,
    );
    const off = await harness();
    const orgId = off.state.groups[0]!.orgs[0]!.id;
    for (const path of [`/groups/${off.groupId}/orgs`, `/orgs/${orgId}/memberships`]) {
      expect((await page(off, `${path}?${v}&limit=10`)).links.next?.startsWith(`${path}?`)).toBe(true);
    }
  });
});

describe('lastPageSelf (REALITY §7)', () => {
  it('makes next equal self on the last page of /groups/{id}/orgs and /orgs', async () => {
    const h = await harness({ lastPageSelf: true });
    for (const first of [`/groups/${h.groupId}/orgs?${v}&limit=10`, `/orgs?${v}&limit=10`]) {
      const pages = await walk(h, first);
      expect(pages).toHaveLength(3);
      const last = pages[2]!;
      expect(last.data).toHaveLength(5);
      expect(last.links.next).toBe(last.links.self);
    }
  });

  it('ends other lists with one more page of data: [] that has no next', async () => {
    const h = await harness({ lastPageSelf: true });
    const pages = await walk(h, `/groups/${h.groupId}/memberships?${v}&limit=10`);
    expect(pages.map((p) => p.data.length)).toEqual([10, 6, 0]);
    expect(pages[2]!.links.next).toBeUndefined();
    const orgId = h.state.groups[0]!.orgs[0]!.id;
    const empty = await walk(h, `/orgs/${orgId}/invites?${v}`);
    expect(empty.map((p) => p.data.length)).toEqual([0]);
  });

  it('off, the last page has no next', async () => {
    const h = await harness();
    const pages = await walk(h, `/groups/${h.groupId}/orgs?${v}&limit=10`);
    expect(pages.map((p) => p.data.length)).toEqual([10, 10, 5]);
    expect(pages[2]!.links.next).toBeUndefined();
  });

  it('with every switch on, a client that ends on next = self or an empty page reads every item', async () => {
    const on = await harness('all');
    const off = await harness();
    for (const path of [`/groups/${on.groupId}/orgs`, '/orgs', `/groups/${on.groupId}/memberships`]) {
      const all = await on.collect(`${path}?${v}&limit=10`);
      const documented = await off.collect(`${path}?${v}&limit=10`);
      expect(all.items.map((i) => i.id)).toEqual(documented.items.map((i) => i.id));
    }
  });
});
