// v1 outbound webhooks, from the spec (/org/{orgId}/webhooks[/{webhookId}]; schemas request,
// Listwebhooksresponse, Createawebhookresponse): https URLs only, the secret is write-only (never
// in a response), delete answers 200 with no body. The emulator sends no `ping`.
import type { EmuResponse, HandlerContext } from '../request.ts';
import { bodyOf, json, requireV1Org, v1Fail } from './common.ts';

export function listWebhooks(ctx: HandlerContext): EmuResponse {
  const hooks = requireV1Org(ctx).org.webhooks ?? [];
  return json({ results: hooks.map(({ id, url }) => ({ id, url })), total: hooks.length });
}

export function createWebhook(ctx: HandlerContext): EmuResponse {
  const { org } = requireV1Org(ctx);
  const body = bodyOf(ctx);
  const { url, secret } = body;
  if (typeof url !== 'string' || url === '') throw v1Fail(400, 'url is required');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw v1Fail(400, 'url must be a valid URL');
  }
  if (parsed.protocol !== 'https:')
    throw v1Fail(400, 'Webhooks can only be configured for URLs using the https protocol');
  // The message never repeats the secret it was given.
  if (typeof secret !== 'string' || secret === '')
    throw v1Fail(400, 'secret is required and must be a string');
  const hook = { id: ctx.newId(), url, secret };
  org.webhooks = [...(org.webhooks ?? []), hook];
  return json({ id: hook.id, url: hook.url });
}

function requireWebhook(ctx: HandlerContext) {
  const { org } = requireV1Org(ctx);
  const id = ctx.params.webhookId ?? '';
  const hook = (org.webhooks ?? []).find((h) => h.id === id);
  if (hook === undefined) throw v1Fail(404, `Webhook ${id} not found in org ${org.id}`);
  return { org, hook };
}

export function getWebhook(ctx: HandlerContext): EmuResponse {
  const { hook } = requireWebhook(ctx);
  return json({ id: hook.id, url: hook.url });
}

export function deleteWebhook(ctx: HandlerContext): EmuResponse {
  const { org, hook } = requireWebhook(ctx);
  org.webhooks = (org.webhooks ?? []).filter((h) => h !== hook);
  return { status: 200 };
}
