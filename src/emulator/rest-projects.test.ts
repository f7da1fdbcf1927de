// The emulator's REST projects: the list with its filters and cursor pages, the PATCH of tags
// and attributes (the tag list is replaced; the group's tag catalogue follows), its refusals,
// and every response against the official spec's schemas.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractSkipReason, contractViolations } from './testing/contract.test-helpers.ts';
import { type Harness, startHarness, VERSION } from './testing/harness.test-helpers.ts';

type Project = { id: string; attributes: Record<string, unknown> & { name: string; tags: unknown[] } };
type Doc = { data: Project[]; links: Record<string, string> };
type One = { data: Project };
type Err = { errors: { status: string; detail: string; source?: { pointer?: string } }[] };

let h: Harness;
const v = `version=${VERSION}`;

beforeAll(async () => {
  h = await startHarness({ generate: { orgs: 2, membersPerOrg: [1, 2], seed: 5, projectsPerOrg: 130 } });
});
afterAll(() => h.emu.close());

const live = () => h.emu.getState().groups[0]!;
const orgId = () => live().orgs[0]!.id;
const patchBody = (id: string, attributes: Record<string, unknown>) => ({
  data: { id, type: 'project', attributes, relationships: {} },
});

describe('GET /orgs/{org_id}/projects', () => {
  it('pages through every project of the org at limit=100, in creation order', async () => {
    const { items, pages } = await h.collect(`/rest/orgs/${orgId()}/projects?${v}&limit=100`);
    expect(pages).toBe(2);
    expect(items.map((p) => p.id)).toEqual(live().orgs[0]!.projects!.map((p) => p.id));
  });

  it('filters by name prefix, type and origin (comma-separated values are alternatives)', async () => {
    const all = live().orgs[0]!.projects!;
    const slug = live().orgs[0]!.slug;
    const prefix = `acme/${slug}-svc-01`;
    const res = await h.call(
      'GET',
      `/rest/orgs/${orgId()}/projects?${v}&limit=100&names_start_with=${encodeURIComponent(`${prefix},nothing/`)}&types=npm,maven`,
    );
    const names = (res.body as Doc).data.map((p) => p.attributes.name);
    const expected = all.filter((p) => p.name.startsWith(prefix) && ['npm', 'maven'].includes(p.type));
    expect(names).toEqual(expected.map((p) => p.name));
    expect(names.length).toBeGreaterThan(0);
    const cli = await h.call('GET', `/rest/orgs/${orgId()}/projects?${v}&limit=100&origins=cli`);
    expect((cli.body as Doc).data.every((p) => p.attributes.origin === 'cli')).toBe(true);
    expect((cli.body as Doc).data).toHaveLength(all.filter((p) => p.origin === 'cli').length);
  });

  it('answers 404 for an unknown org', async () => {
    const res = await h.call('GET', `/rest/orgs/00000000-0000-4000-8000-000000000000/projects?${v}`);
    expect(res.status).toBe(404);
  });
});

describe('PATCH /orgs/{org_id}/projects/{project_id}', () => {
  it('replaces the tag list and sets attributes; the group tag catalogue gains the new tag', async () => {
    const project = live().orgs[0]!.projects![0]!;
    const res = await h.call('PATCH', `/rest/orgs/${orgId()}/projects/${project.id}?${v}`, {
      body: patchBody(project.id, {
        tags: [{ key: 'team', value: 'payments' }],
        business_criticality: ['high'],
        lifecycle: ['production'],
      }),
    });
    expect(res.status).toBe(200);
    expect((res.body as One).data.attributes).toMatchObject({
      tags: [{ key: 'team', value: 'payments' }],
      business_criticality: ['high'],
      lifecycle: ['production'],
    });
    const after = live().orgs[0]!.projects![0]!;
    expect(after.tags).toEqual([{ key: 'team', value: 'payments' }]);
    expect(live().tags.find((t) => t.key === 'team' && t.value === 'payments')?.projectCount).toBe(1);
  });

  it('keeps attributes the body does not name', async () => {
    const project = live().orgs[0]!.projects![0]!;
    await h.call('PATCH', `/rest/orgs/${orgId()}/projects/${project.id}?${v}`, {
      body: patchBody(project.id, { environment: ['backend'] }),
    });
    const after = live().orgs[0]!.projects![0]!;
    expect(after).toMatchObject({ environment: ['backend'], businessCriticality: ['high'] });
    expect(after.tags).toEqual([{ key: 'team', value: 'payments' }]);
  });

  it('refuses a body without relationships, a bad attribute value or a bad tag, changing nothing', async () => {
    const project = live().orgs[0]!.projects![1]!;
    const before = structuredClone(project);
    const path = `/rest/orgs/${orgId()}/projects/${project.id}?${v}`;
    const noRelationships = await h.call('PATCH', path, {
      body: { data: { id: project.id, type: 'project', attributes: { lifecycle: ['sandbox'] } } },
    });
    expect(noRelationships.status).toBe(400);
    expect((noRelationships.body as Err).errors[0]?.source?.pointer).toBe('/data/relationships');
    const badValue = await h.call('PATCH', path, { body: patchBody(project.id, { lifecycle: ['forever'] }) });
    expect(badValue.status).toBe(400);
    const badTag = await h.call('PATCH', path, {
      body: patchBody(project.id, { tags: [{ key: 'has space', value: 'x' }], lifecycle: ['sandbox'] }),
    });
    expect(badTag.status).toBe(400);
    expect(live().orgs[0]!.projects![1]).toEqual(before);
  });

  it('answers 404 for a project of another org', async () => {
    const other = live().orgs[1]!.projects![0]!;
    const res = await h.call('PATCH', `/rest/orgs/${orgId()}/projects/${other.id}?${v}`, {
      body: patchBody(other.id, { lifecycle: ['sandbox'] }),
    });
    expect(res.status).toBe(404);
  });
});

describe.skipIf(contractSkipReason !== undefined)('REST projects contract (official OpenAPI spec)', () => {
  it('every response above matches the response schema of its operation and status', () => {
    const templates = new Set(h.records.map((r) => `${r.method} ${r.template}`));
    expect(templates).toContain('GET /orgs/{org_id}/projects');
    expect(templates).toContain('PATCH /orgs/{org_id}/projects/{project_id}');
    expect(new Set(h.records.map((r) => r.status))).toEqual(new Set([200, 400, 404]));
    expect(contractViolations(h.records)).toEqual([]);
  });
});
