// v1 project moves and ignores (docs/configuration.md#project-placement,
// docs/configuration.md#ignores-as-code). The ignores GET is read as real clients read it
// (REALITY.md §21): `{ "<issueId>": [ { "<path>": { reason, reasonType, expires, ignoredBy } } ] }`,
// `{}` for none; the bodies sent are those real clients send (`ignorePath: ""`, no empty `expires`).

import type { SnykClient } from '../core/port/snyk-client.ts';
import type { IgnoreSpec, LiveIgnore } from '../core/port/snyk-shapes.ts';
import { requestsOn, sendOnly, sendParsed } from './paginate.ts';
import { readArray, readObject, readOptionalString, ShapeError } from './shape.ts';
import type { Transport } from './transport.ts';

type EstateOperations = Pick<
  SnykClient,
  'moveProject' | 'listProjectIgnores' | 'addProjectIgnore' | 'replaceProjectIgnore' | 'deleteProjectIgnore'
>;

const v1 = requestsOn('v1');
const IGNORE = '/org/{orgId}/project/{projectId}/ignore/{issueId}';

/** Issue ids become path parameters of later writes: only the alphabet Snyk's ids use. */
const ISSUE_ID = /^[A-Za-z0-9][A-Za-z0-9:._-]{0,199}$/;

export function parseProjectIgnores(body: unknown): LiveIgnore[] {
  const issues = readObject(body, 'body');
  const ignores: LiveIgnore[] = [];
  for (const [issueId, entries] of Object.entries(issues)) {
    if (!ISSUE_ID.test(issueId)) throw new ShapeError(`body[${JSON.stringify(issueId)}]`, 'an issue id');
    readArray(entries, issueId).forEach((entry, i) => {
      for (const [path, value] of Object.entries(readObject(entry, `${issueId}[${i}]`))) {
        const at = `${issueId}[${i}][${JSON.stringify(path)}]`;
        const detail = readObject(value, at);
        const ignore: LiveIgnore = {
          issueId,
          path,
          reason: readOptionalString(detail.reason, `${at}.reason`) ?? '',
          reasonType: readOptionalString(detail.reasonType, `${at}.reasonType`) ?? '',
        };
        const expires = readOptionalString(detail.expires, `${at}.expires`);
        if (expires !== undefined && expires !== '') ignore.expires = expires;
        const by = detail.ignoredBy;
        if (by !== undefined && by !== null) {
          const id = readOptionalString(readObject(by, `${at}.ignoredBy`).id, `${at}.ignoredBy.id`);
          if (id !== undefined) ignore.ignoredById = id;
        }
        ignores.push(ignore);
      }
    });
  }
  return ignores;
}

/** The rule body real clients send: every path, no `expires` key when there is none. */
function ignoreBody(spec: IgnoreSpec): Record<string, string | boolean> {
  const body: Record<string, string | boolean> = {
    ignorePath: '',
    reason: spec.reason,
    reasonType: spec.reasonType,
    disregardIfFixable: false,
  };
  if (spec.expires !== undefined) body.expires = spec.expires;
  return body;
}

export function createProjectEstateOperations(t: Transport): EstateOperations {
  return {
    moveProject: (orgId, projectId, targetOrgId) =>
      sendOnly(
        t,
        v1('PUT', '/org/{orgId}/project/{projectId}/move', { orgId, projectId }, { body: { targetOrgId } }),
      ),
    listProjectIgnores: (orgId, projectId) =>
      sendParsed(
        t,
        v1('GET', '/org/{orgId}/project/{projectId}/ignores', { orgId, projectId }),
        parseProjectIgnores,
      ),
    addProjectIgnore: (orgId, projectId, issueId, spec) =>
      sendOnly(t, v1('POST', IGNORE, { orgId, projectId, issueId }, { body: ignoreBody(spec) })),
    replaceProjectIgnore: (orgId, projectId, issueId, spec) =>
      sendOnly(t, v1('PUT', IGNORE, { orgId, projectId, issueId }, { body: [ignoreBody(spec)] })),
    deleteProjectIgnore: (orgId, projectId, issueId) =>
      sendOnly(t, v1('DELETE', IGNORE, { orgId, projectId, issueId })),
  };
}
