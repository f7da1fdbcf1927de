// v1 operations on an org's outward-facing parts: integrations and their settings, the org's
// default notification settings, and outbound webhooks. Bodies are checked at the boundary;
// settings are kept whole (every key Snyk returns) so that a write can send back the keys the
// file does not manage.

import type { SnykClient } from '../core/port/snyk-client.ts';
import type { Json } from '../core/port/snyk-shapes.ts';
import { redact } from '../util/redact.ts';
import { sendParsed } from './paginate.ts';
import { readArray, readObject, readString } from './shape.ts';
import type { Transport } from './transport.ts';

type IntegrationOperations = Pick<
  SnykClient,
  | 'listIntegrations'
  | 'getIntegrationSettings'
  | 'updateIntegrationSettings'
  | 'cloneIntegration'
  | 'getNotificationSettings'
  | 'updateNotificationSettings'
  | 'listWebhooks'
  | 'createWebhook'
  | 'deleteWebhook'
>;

/** `{ "<type>": "<integrationId>" }`: every value a string. */
export function parseIntegrations(body: unknown): Record<string, string> {
  const raw = readObject(body, 'body');
  const out: Record<string, string> = {};
  for (const [type, id] of Object.entries(raw)) out[type] = readString(id, type);
  return out;
}

/** A JSON object kept whole (settings): only its being an object is checked here. */
export function parseJsonObject(body: unknown): Record<string, Json> {
  return readObject(body, 'body') as Record<string, Json>;
}

export function parseWebhooks(body: unknown): { id: string; url: string }[] {
  const raw = readObject(body, 'body');
  return readArray(raw.results, 'results').map((item, i) => parseWebhook(item, `results[${i}]`));
}

function parseWebhook(item: unknown, path: string): { id: string; url: string } {
  const hook = readObject(item, path);
  return { id: readString(hook.id, `${path}.id`), url: readString(hook.url, `${path}.url`) };
}

/**
 * The created webhook when the answer names it. Snyk may answer a create with an empty body or
 * one without an id (no public record shows it): the webhook exists all the same, and the
 * apply's re-read finds it.
 */
export function parseCreatedWebhook(body: unknown): { id: string; url: string } | undefined {
  if (body === undefined || body === null || (typeof body === 'object' && !('id' in body))) return undefined;
  return parseWebhook(body, 'body');
}

/** Keeps an error from carrying a secret that a hostile server echoed back. */
function withoutSecret(error: unknown, secret: string): unknown {
  if (!(error instanceof Error)) return error;
  error.message = redact(error.message, [secret]);
  return error;
}

/**
 * The clone's `{ newIntegrationId }`. Scripts that call it read the id as optional: an answer
 * without one is a clone all the same, whose id the apply learns from the org's list.
 */
export function parseClonedIntegration(body: unknown): string | undefined {
  if (body === undefined || body === null || body === '') return undefined;
  const raw = readObject(body, 'body');
  return raw.newIntegrationId === undefined
    ? undefined
    : readString(raw.newIntegrationId, 'newIntegrationId');
}

export function createIntegrationOperations(t: Transport): IntegrationOperations {
  return {
    ...settingsOperations(t),
    ...webhookOperations(t),
    cloneIntegration: (orgId, integrationId, destinationOrgId) =>
      sendParsed(
        t,
        {
          method: 'POST',
          api: 'v1',
          template: '/org/{orgId}/integrations/{integrationId}/clone',
          params: { orgId, integrationId },
          body: { destinationOrgPublicId: destinationOrgId },
          bodyOrgId: destinationOrgId,
        },
        parseClonedIntegration,
      ),
  };
}

type WebhookOperations = Pick<IntegrationOperations, 'listWebhooks' | 'createWebhook' | 'deleteWebhook'>;

function settingsOperations(
  t: Transport,
): Omit<IntegrationOperations, keyof WebhookOperations | 'cloneIntegration'> {
  return {
    listIntegrations: (orgId) =>
      sendParsed(
        t,
        { method: 'GET', api: 'v1', template: '/org/{orgId}/integrations', params: { orgId } },
        parseIntegrations,
      ),

    getIntegrationSettings: (orgId, integrationId) =>
      sendParsed(
        t,
        {
          method: 'GET',
          api: 'v1',
          template: '/org/{orgId}/integrations/{integrationId}/settings',
          params: { orgId, integrationId },
        },
        parseJsonObject,
      ),

    updateIntegrationSettings: async (orgId, integrationId, settings) => {
      await t.send({
        method: 'PUT',
        api: 'v1',
        template: '/org/{orgId}/integrations/{integrationId}/settings',
        params: { orgId, integrationId },
        body: settings,
      });
    },

    getNotificationSettings: (orgId) =>
      sendParsed(
        t,
        { method: 'GET', api: 'v1', template: '/org/{orgId}/notification-settings', params: { orgId } },
        parseJsonObject,
      ),

    updateNotificationSettings: async (orgId, settings) => {
      await t.send({
        method: 'PUT',
        api: 'v1',
        template: '/org/{orgId}/notification-settings',
        params: { orgId },
        body: settings,
      });
    },
  };
}

function webhookOperations(t: Transport): WebhookOperations {
  return {
    listWebhooks: (orgId) =>
      sendParsed(
        t,
        { method: 'GET', api: 'v1', template: '/org/{orgId}/webhooks', params: { orgId } },
        parseWebhooks,
      ),

    createWebhook: async (orgId, url, secret) => {
      try {
        return await sendParsed(
          t,
          {
            method: 'POST',
            api: 'v1',
            template: '/org/{orgId}/webhooks',
            params: { orgId },
            body: { url, secret },
          },
          parseCreatedWebhook,
        );
      } catch (error) {
        throw withoutSecret(error, secret);
      }
    },

    deleteWebhook: async (orgId, webhookId) => {
      await t.send({
        method: 'DELETE',
        api: 'v1',
        template: '/org/{orgId}/webhooks/{webhookId}',
        params: { orgId, webhookId },
      });
    },
  };
}
