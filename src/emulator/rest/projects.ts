// REST projects (GA 2024-05-31), from the spec's listOrgProjects and updateOrgProject: the
// list with its name/type/origin/id/tag/attribute filters (array filters are comma-separated,
// `explode: false`), and the PATCH of tags and attributes, whose tag list replaces the old one.
import { PROJECT_ATTRIBUTE_VALUES } from '../../core/desired-project-rules.ts';
import { retag } from '../project-tags.ts';
import type { EmuResponse, HandlerContext } from '../request.ts';
import type { EmuOrg, EmuProject } from '../state-types.ts';
import { JSONAPI, requireData, requireOrg, restFail, single } from './jsonapi.ts';
import { paginate } from './pagination.ts';

// Snyk's values for each attribute: the product's schema is built from the same table.
const ENUMS = PROJECT_ATTRIBUTE_VALUES;
type Attribute = keyof typeof ENUMS;
const FIELD: Record<Attribute, 'businessCriticality' | 'environment' | 'lifecycle'> = {
  business_criticality: 'businessCriticality',
  environment: 'environment',
  lifecycle: 'lifecycle',
};

/** The v1 tag alphabet and lengths (the REST spec states none; Snyk's tag schema does). */
const TAG_KEY = /^[A-Za-z0-9_-]{1,30}$/;
const TAG_VALUE = /^[A-Za-z0-9_-]{1,50}$/;
/** Values as real data has them (REALITY §16): the REST `tags` filter's alphabet. */
const REAL_TAG_VALUE = /^[A-Za-z0-9_.~:/?#@&+=%-]{1,256}$/;

export function projectResource(org: EmuOrg, p: EmuProject) {
  const attributes: Record<string, unknown> = {
    name: p.name,
    type: p.type,
    target_file: p.targetFile,
    target_reference: p.targetReference,
    origin: p.origin,
    created: p.createdAt,
    status: p.status,
    read_only: false,
    settings: { recurring_tests: { frequency: 'daily' }, pull_requests: {} },
    tags: p.tags.map((t) => ({ key: t.key, value: t.value })),
  };
  for (const [rest, field] of Object.entries(FIELD)) {
    const values = p[field];
    if (values !== undefined) attributes[rest] = [...values];
  }
  return {
    id: p.id,
    type: 'project',
    attributes,
    relationships: {
      organization: { data: { id: org.id, type: 'org' }, links: {} },
      target: { data: { id: p.targetId, type: 'target' }, links: {} },
    },
  };
}

function listParam(query: URLSearchParams, name: string): string[] | undefined {
  const raw = query.get(name);
  return raw === null ? undefined : raw.split(',').filter((v) => v !== '');
}

function filterOf(query: URLSearchParams): (p: EmuProject) => boolean {
  const ids = listParam(query, 'ids');
  const names = listParam(query, 'names');
  const prefixes = listParam(query, 'names_start_with');
  const types = listParam(query, 'types');
  const origins = listParam(query, 'origins');
  const tags = listParam(query, 'tags');
  const attributes = (Object.keys(ENUMS) as Attribute[]).map((a) => [a, listParam(query, a)] as const);
  return (p) =>
    (ids === undefined || ids.includes(p.id)) &&
    (names === undefined || names.includes(p.name)) &&
    (prefixes === undefined || prefixes.some((prefix) => p.name.startsWith(prefix))) &&
    (types === undefined || types.includes(p.type)) &&
    (origins === undefined || origins.includes(p.origin)) &&
    // "match all the provided tags" / attribute values
    (tags === undefined || tags.every((t) => p.tags.some((own) => `${own.key}:${own.value}` === t))) &&
    attributes.every(([a, wanted]) => wanted === undefined || wanted.every((v) => p[FIELD[a]]?.includes(v)));
}

export function listOrgProjects(ctx: HandlerContext): EmuResponse {
  const { org } = requireOrg(ctx, ctx.params.org_id ?? '');
  const key = (p: EmuProject) => `${p.createdAt}\u0000${p.id}`;
  const projects = (org.projects ?? []).filter(filterOf(ctx.req.query));
  projects.sort((a, b) => (key(a) < key(b) ? -1 : 1));
  const page = paginate(ctx, projects, key);
  const data = page.items.map((p) => projectResource(org, p));
  return { status: 200, body: { jsonapi: JSONAPI, data, links: page.links } };
}

function badAttribute(pointer: string, detail: string): never {
  throw restFail(400, detail, { source: { pointer } });
}

function readTags(value: unknown, tagValue: RegExp): { key: string; value: string }[] {
  if (!Array.isArray(value)) badAttribute('/data/attributes/tags', 'tags must be an array of { key, value }');
  return value.map((tag, i) => {
    const t = tag as { key?: unknown; value?: unknown } | null;
    const key = t?.key;
    const val = t?.value;
    if (typeof key !== 'string' || !TAG_KEY.test(key) || typeof val !== 'string' || !tagValue.test(val))
      badAttribute(
        `/data/attributes/tags/${i}`,
        tagValue === TAG_VALUE
          ? 'a tag is { key, value }: letters, digits, - and _, key at most 30 and value at most 50 characters'
          : 'a tag is { key, value }: a key of letters, digits, - and _ (at most 30), a value of letters, digits and _ . ~ : / ? # @ & + = % - (at most 256)',
      );
    return { key, value: val };
  });
}

function readEnumList(attributes: Record<string, unknown>, name: Attribute): string[] | undefined {
  const value = attributes[name];
  if (value === undefined) return undefined;
  const allowed: readonly string[] = ENUMS[name];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && allowed.includes(v)))
    badAttribute(`/data/attributes/${name}`, `${name} must be an array of ${allowed.join(', ')}`);
  return [...new Set(value as string[])];
}

export function updateOrgProject(ctx: HandlerContext): EmuResponse {
  const { group, org } = requireOrg(ctx, ctx.params.org_id ?? '');
  const projectId = ctx.params.project_id ?? '';
  const project = org.projects?.find((p) => p.id === projectId);
  if (project === undefined)
    throw restFail(404, `Project ${projectId} not found in org ${org.id}`, { code: 'entity-not-found' });
  const data = requireData(ctx);
  if (data.type !== 'project')
    badAttribute('/data/type', `data.type '${String(data.type)}' must be 'project'`);
  if (data.id !== projectId)
    badAttribute('/data/id', `data.id '${String(data.id)}' must be the project in the path`);
  const relationships = data.relationships;
  if (relationships === null || typeof relationships !== 'object' || Array.isArray(relationships))
    badAttribute('/data/relationships', 'data.relationships is required (an object)');
  const attributes = data.attributes;
  if (attributes === null || typeof attributes !== 'object' || Array.isArray(attributes))
    badAttribute('/data/attributes', 'data.attributes is required (an object)');
  const attrs = attributes as Record<string, unknown>;
  // Everything is checked before anything changes: a refused PATCH changes nothing.
  const tags =
    attrs.tags === undefined
      ? undefined
      : readTags(attrs.tags, ctx.reality.projectTagValues ? REAL_TAG_VALUE : TAG_VALUE);
  const lists = (Object.keys(ENUMS) as Attribute[]).map((a) => [a, readEnumList(attrs, a)] as const);
  if (tags !== undefined) {
    retag(group, project.tags, tags);
    project.tags = tags;
  }
  for (const [a, values] of lists) if (values !== undefined) project[FIELD[a]] = values;
  return single(ctx, projectResource(org, project));
}
