// The v1 operations: create/delete org, settings, group tags, org roles, provisioning.
import { extendError, SnykApiError } from './api-error.ts';
import { badResponse, sendParsed } from './paginate.ts';
import type { Transport } from './transport.ts';
import type { SnykClient } from './types.ts';
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

export function createV1Operations(t: Transport, rest: Pick<SnykClient, 'getOrg'>): V1Operations {
  return {
    createOrg: (input) => createOrg(t, rest, input),

    deleteOrg: async (orgId) => {
      await t.send({ method: 'DELETE', api: 'v1', template: '/org/{orgId}', params: { orgId } });
    },

    getOrgSettings: (orgId) =>
      sendParsed(
        t,
        { method: 'GET', api: 'v1', template: '/org/{orgId}/settings', params: { orgId } },
        parseOrgSettings,
      ),

    updateOrgSettings: async (orgId, settings) => {
      await t.send({
        method: 'PUT',
        api: 'v1',
        template: '/org/{orgId}/settings',
        params: { orgId },
        body: settings,
      });
    },

    getGroupSettings: (groupId) =>
      sendParsed(
        t,
        { method: 'GET', api: 'v1', template: '/group/{groupId}/settings', params: { groupId } },
        parseGroupSettings,
      ),

    updateGroupSettings: async (groupId, settings) => {
      await t.send({
        method: 'PUT',
        api: 'v1',
        template: '/group/{groupId}/settings',
        params: { groupId },
        body: settings,
      });
    },

    listGroupTags: async (groupId) => {
      const all: { key: string; value: string }[] = [];
      for (let page = 1; page <= MAX_TAG_PAGES; page++) {
        const request = {
          method: 'GET',
          api: 'v1',
          template: '/group/{groupId}/tags',
          params: { groupId },
          query: { perPage: TAG_PAGE_SIZE, page },
        } as const;
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

    deleteGroupTag: async (groupId, tag, opts) => {
      await t.send({
        method: 'POST',
        api: 'v1',
        template: '/group/{groupId}/tags/delete',
        params: { groupId },
        body: { key: tag.key, value: tag.value, force: opts?.force ?? false },
      });
    },

    listOrgRoles: (groupId) =>
      sendParsed(
        t,
        { method: 'GET', api: 'v1', template: '/group/{groupId}/roles', params: { groupId } },
        parseOrgRoles,
      ),

    listProvisions: (orgId) =>
      sendParsed(
        t,
        { method: 'GET', api: 'v1', template: '/org/{orgId}/provision', params: { orgId } },
        parseProvisions,
      ),

    provisionUser: async (orgId, email, roleId) => {
      await t.send({
        method: 'POST',
        api: 'v1',
        template: '/org/{orgId}/provision',
        params: { orgId },
        body: { email, rolePublicId: roleId },
      });
    },

    deleteProvision: async (orgId, email) => {
      await t.send({
        method: 'DELETE',
        api: 'v1',
        template: '/org/{orgId}/provision',
        params: { orgId },
        query: { email },
      });
    },
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
