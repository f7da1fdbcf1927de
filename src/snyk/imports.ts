// Targets (REST `/orgs/{org_id}/targets`, 2024-02-21) and v1 repository imports with their jobs.
// The target reader is general: any kind that needs an org's targets reads them here.
// The import's `Location` is an absolute v1 URL whose host and prefix vary (REALITY.md §17):
// only its last path segment, the job id, is taken, and the job is read at the configured API
// host, so the token never goes anywhere else.
import type { SnykClient } from '../core/port/snyk-client.ts';
import type { ImportedProject, ImportJob, LiveTarget } from '../core/port/snyk-shapes.ts';
import { badResponse, collectById, requestsOn, sendOnly, sendParsed } from './paginate.ts';
import {
  readArray,
  readBoolean,
  readObject,
  readOptionalString,
  readString,
  readUuid,
  ShapeError,
} from './shape.ts';
import type { ApiRequest, Transport } from './transport.ts';

type ImportOperations = Pick<
  SnykClient,
  'listOrgTargets' | 'deleteOrgTarget' | 'importRepository' | 'getImportJob'
>;

const JOB_ID = /^[A-Za-z0-9_-]{1,100}$/;

export function parseTarget(value: unknown, path: string): LiveTarget {
  const target = readObject(value, path);
  const attrs = readObject(target.attributes, `${path}.attributes`);
  const relationships =
    target.relationships === undefined || target.relationships === null
      ? {}
      : readObject(target.relationships, `${path}.relationships`);
  let integrationType = '';
  if (relationships.integration !== undefined && relationships.integration !== null) {
    const at = `${path}.relationships.integration.data`;
    const data = readObject(
      readObject(relationships.integration, `${path}.relationships.integration`).data,
      at,
    );
    integrationType = readString(
      readObject(data.attributes, `${at}.attributes`).integration_type,
      `${at}.attributes.integration_type`,
    );
  }
  const url = readOptionalString(attrs.url, `${path}.attributes.url`);
  return {
    id: readUuid(target.id, `${path}.id`),
    name: readString(attrs.display_name, `${path}.attributes.display_name`),
    integrationType,
    ...(url !== undefined ? { url } : {}),
  };
}

/** The job id: the last path segment of the `Location` header, whatever its host or prefix. */
export function jobIdFromLocation(location: string | undefined): string {
  if (location === undefined || location === '')
    throw new ShapeError('Location header', 'the import job URL');
  let path: string;
  try {
    path = new URL(location, 'https://placeholder.invalid').pathname;
  } catch {
    throw new ShapeError('Location header', 'a URL');
  }
  const id =
    path
      .split('/')
      .filter((s) => s !== '')
      .at(-1) ?? '';
  if (!JOB_ID.test(id) || !/\/import\/[^/]+\/?$/.test(path))
    throw new ShapeError('Location header', 'a URL ending in /import/<job id>');
  return id;
}

function parseImported(value: unknown, path: string): ImportedProject {
  const p = readObject(value, path);
  const projectUrl = readOptionalString(p.projectUrl, `${path}.projectUrl`);
  const projectId =
    readOptionalString(p.projectId, `${path}.projectId`) ??
    projectUrl
      ?.split('/')
      .filter((s) => s !== '')
      .at(-1);
  return {
    targetFile: readOptionalString(p.targetFile, `${path}.targetFile`) ?? '',
    success: readBoolean(p.success, `${path}.success`),
    ...(projectId !== undefined ? { projectId } : {}),
  };
}

export function parseImportJob(body: unknown): ImportJob {
  const job = readObject(body, 'body');
  const logs = job.logs === undefined || job.logs === null ? [] : readArray(job.logs, 'logs');
  const projects = logs.flatMap((log, i) => {
    const entry = readObject(log, `logs[${i}]`);
    if (entry.projects === undefined || entry.projects === null) return [];
    return readArray(entry.projects, `logs[${i}].projects`).map((p, k) =>
      parseImported(p, `logs[${i}].projects[${k}]`),
    );
  });
  return { id: readString(job.id, 'id'), status: readString(job.status, 'status'), projects };
}

const rest = requestsOn('rest');

export function createImportOperations(t: Transport): ImportOperations {
  return {
    listOrgTargets: (orgId) =>
      collectById(t, rest('GET', '/orgs/{org_id}/targets', { org_id: orgId }), parseTarget),

    deleteOrgTarget: (orgId, targetId) =>
      sendOnly(
        t,
        rest('DELETE', '/orgs/{org_id}/targets/{target_id}', { org_id: orgId, target_id: targetId }),
      ),

    importRepository: async (orgId, integrationId, request) => {
      const call: ApiRequest = {
        method: 'POST',
        api: 'v1',
        template: '/org/{orgId}/integrations/{integrationId}/import',
        params: { orgId, integrationId },
        body: {
          target: { owner: request.owner, name: request.name, branch: request.branch },
          ...(request.files.length > 0 ? { files: request.files.map((path) => ({ path })) } : {}),
        },
      };
      const response = await t.send(call);
      const location = response.headers.location;
      try {
        return { jobId: jobIdFromLocation(Array.isArray(location) ? location[0] : location) };
      } catch (error) {
        throw badResponse(t, call, error);
      }
    },

    getImportJob: (orgId, integrationId, jobId) =>
      sendParsed(
        t,
        {
          method: 'GET',
          api: 'v1',
          template: '/org/{orgId}/integrations/{integrationId}/import/{jobId}',
          params: { orgId, integrationId, jobId },
        },
        parseImportJob,
      ),
  };
}
