// REST projects (GA 2024-05-31): the list of an org's projects, streamed page by page with the
// server-side filters a caller can use, and the PATCH of one project's tags and attributes.
// Only what a caller compares is kept of each project (id, name, type, origin, tags and the
// three attributes): a project body also carries settings, targets and meta.

import type { SnykClient } from '../core/port/snyk-client.ts';
import type { LiveProject, ProjectListFilter, ProjectPatch, Tag } from '../core/port/snyk-shapes.ts';
import { definedOnly } from '../util/defined-only.ts';
import { paginateRest } from './paginate.ts';
import { readArray, readObject, readOptionalString, readString } from './shape.ts';
import type { Transport } from './transport.ts';

type ProjectOperations = Pick<SnykClient, 'listOrgProjects' | 'updateProject'>;

const PROJECTS = '/orgs/{org_id}/projects';
const PROJECT = '/orgs/{org_id}/projects/{project_id}';

function readStrings(value: unknown, path: string): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  return readArray(value, path).map((item, i) => readString(item, `${path}[${i}]`));
}

function readTags(value: unknown, path: string): Tag[] {
  if (value === undefined || value === null) return [];
  return readArray(value, path).map((item, i) => {
    const tag = readObject(item, `${path}[${i}]`);
    return {
      key: readString(tag.key, `${path}[${i}].key`),
      value: readString(tag.value, `${path}[${i}].value`),
    };
  });
}

export function parseProject(value: unknown, path: string): LiveProject {
  const project = readObject(value, path);
  const attrs = readObject(project.attributes, `${path}.attributes`);
  const at = `${path}.attributes`;
  const attributes: LiveProject['attributes'] = definedOnly({
    criticality: readStrings(attrs.business_criticality, `${at}.business_criticality`),
    environment: readStrings(attrs.environment, `${at}.environment`),
    lifecycle: readStrings(attrs.lifecycle, `${at}.lifecycle`),
  });
  return {
    id: readString(project.id, `${path}.id`),
    name: readString(attrs.name, `${at}.name`),
    // Required by the spec; an absent one matches no rule that names it.
    type: readOptionalString(attrs.type, `${at}.type`) ?? '',
    origin: readOptionalString(attrs.origin, `${at}.origin`) ?? '',
    tags: readTags(attrs.tags, `${at}.tags`),
    attributes,
  };
}

/** Array filters go comma-separated (the spec's `style: form, explode: false`). */
function filterQuery(filter: ProjectListFilter): Record<string, string> {
  const query: Record<string, string> = {};
  if (filter.namesStartWith !== undefined) query.names_start_with = filter.namesStartWith.join(',');
  if (filter.types !== undefined) query.types = filter.types.join(',');
  if (filter.origins !== undefined) query.origins = filter.origins.join(',');
  return query;
}

export function createProjectOperations(t: Transport): ProjectOperations {
  return {
    listOrgProjects: async (orgId, filter, onPage) => {
      const first = {
        method: 'GET' as const,
        api: 'rest' as const,
        template: PROJECTS,
        params: { org_id: orgId },
        query: filterQuery(filter),
      };
      for await (const page of paginateRest(t, first, parseProject)) onPage(page);
    },

    updateProject: async (orgId, projectId, attributes: ProjectPatch) => {
      await t.send({
        method: 'PATCH',
        api: 'rest',
        template: PROJECT,
        params: { org_id: orgId, project_id: projectId },
        // The spec requires `relationships` (PatchProjectRequest); the owner is not changed.
        body: { data: { id: projectId, type: 'project', attributes, relationships: {} } },
      });
    },
  };
}
