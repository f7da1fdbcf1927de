// The v1 operations: create/delete org, settings, group tags, org roles, provisioning.

import type { SnykClient } from '../core/port/snyk-client.ts';
import { extendError, SnykApiError } from './api-error.ts';
import { badResponse, requestsOn, sendOnly, sendParsed } from './paginate.ts';
import type { Transport } from './transport.ts';
import {
  parseCreatedOrg,
  parseGroupSettings,
  parseOrgRoles,
  parseOrgSettings,
  parseProvisions,
  parseTagPage,
} from './v1-parsers.ts';

type V1Operations = Pick<
  SnykClient,
  | 'createOrg'
  | 'deleteOrg'
  | 'getOrgSettings'
  | 'updateOrgSettings'
  | 'getGroupSettings'
  | 'updateGroupSettings'
  | 'listGroupTags'
  | 'deleteGroupTag'
  | 'listOrgRoles'
  | 'listProvisions'
  | 'provisionUser'
  | 'deleteProvision'
>;

/** The tags endpoint's documented default page size; a shorter page is the last one. */
export const TAG_PAGE_SIZE = 1000;
const MAX_TAG_PAGES = 1000;

const v1 = requestsOn('v1');

export function createV1Operations(t: Transport, rest: Pick<SnykClient, 'getOrg'>): V1Operations {
  return {
    createOrg: (input, onCreated) => createOrg(t, rest, input, onCreated),

    deleteOrg: (orgId) => sendOnly(t, v1('DELETE', '/org/{orgId}', { orgId })),

    getOrgSettings: (orgId) => sendParsed(t, v1('GET', '/org/{orgId}/settings', { orgId }), parseOrgSettings),

    updateOrgSettings: (orgId, settings) =>
      sendOnly(t, v1('PUT', '/org/{orgId}/settings', { orgId }, { body: settings })),

    getGroupSettings: (groupId) =>
      sendParsed(t, v1('GET', '/group/{groupId}/settings', { groupId }), parseGroupSettings),

    updateGroupSettings: (groupId, settings) =>
      sendOnly(t, v1('PUT', '/group/{groupId}/settings', { groupId }, { body: settings })),

    listGroupTags: async (groupId) => {
      const all: { key: string; value: string }[] = [];
      for (let page = 1; page <= MAX_TAG_PAGES; page++) {
        const request = v1(
          'GET',
          '/group/{groupId}/tags',
          { groupId },
          { query: { perPage: TAG_PAGE_SIZE, page } },
        );
        const tags = await sendParsed(t, request, parseTagPage);
        all.push(...tags);
        if (tags.length < TAG_PAGE_SIZE) return all;
      }
      throw badResponse(
        t,
        { method: 'GET', api: 'v1', template: '/group/{groupId}/tags' },
        new Error('too many pages'),
      );
    },

    deleteGroupTag: (groupId, tag, opts) =>
      sendOnly(
        t,
        v1(
          'POST',
          '/group/{groupId}/tags/delete',
          { groupId },
          { body: { key: tag.key, value: tag.value, force: opts?.force ?? false } },
        ),
      ),

    listOrgRoles: (groupId) => sendParsed(t, v1('GET', '/group/{groupId}/roles', { groupId }), parseOrgRoles),

    listProvisions: (orgId) => sendParsed(t, v1('GET', '/org/{orgId}/provision', { orgId }), parseProvisions),

    provisionUser: (orgId, email, roleId) =>
      sendOnly(t, v1('POST', '/org/{orgId}/provision', { orgId }, { body: { email, rolePublicId: roleId } })),

    deleteProvision: (orgId, email) =>
      sendOnly(t, v1('DELETE', '/org/{orgId}/provision', { orgId }, { query: { email } })),
  };
}

const CREATE_ORG = { method: 'POST', api: 'v1', template: '/org' } as const;

/**
 * Creates the org; when Snyk's answer lacks the slug, reads it back over REST. The org is
 * remembered as created by this run first, so the read-back (and every later request naming
 * it) waits out the while a new org answers 404 (REALITY.md §4). Any failure after the 2xx is
 * reported as "may have applied": the caller then finds the org in the group's list.
 */
async function createOrg(
  t: Transport,
  rest: Pick<SnykClient, 'getOrg'>,
  input: Parameters<SnykClient['createOrg']>[0],
  onCreated?: (orgId: string) => Promise<void>,
): Promise<{ id: string; name: string; slug: string }> {
  const body: Record<string, string> = { name: input.name, groupId: input.groupId };
  if (input.sourceOrgId !== undefined) body.sourceOrgId = input.sourceOrgId;
  const response = await t.send({ ...CREATE_ORG, body });
  let created: ReturnType<typeof parseCreatedOrg>;
  try {
    created = parseCreatedOrg(response.body);
  } catch (error) {
    const bad = badResponse(t, CREATE_ORG, error);
    if (!(bad instanceof SnykApiError)) throw bad;
    throw extendError(bad, '; the org was probably created: re-read the group to find it', {
      mayHaveApplied: true,
    });
  }
  t.noteCreatedOrg(created.id);
  await onCreated?.(created.id);
  const name = created.name ?? input.name;
  if (created.slug !== undefined) return { id: created.id, name, slug: created.slug };
  try {
    return { id: created.id, name, slug: (await rest.getOrg(created.id)).slug };
  } catch (error) {
    if (!(error instanceof SnykApiError)) throw error;
    throw extendError(error, '', {
      prefix: `${t.label(CREATE_ORG)} created org ${created.id} without saying its slug, and reading it back failed: `,
      mayHaveApplied: true,
    });
  }
}
