// Webhooks, group tags and notification settings as the real API answers them (REALITY §13-15).
// Each function is pure: a request (and the handled response) in, the real answer out.
import type { EmuRequest, EmuResponse } from '../request.ts';
import { v1Error } from '../v1/common.ts';

const WEBHOOKS = /^\/v1\/org\/[^/]+\/webhooks\/?$/;
const TAG_DELETE = /^\/v1\/group\/[^/]+\/tags\/delete\/?$/;
const NOTIFICATIONS = /^\/v1\/org\/[^/]+\/notification-settings\/?$/;

/** Snyk's shortest webhook secret ("minimum 16 characters per Snyk", port-labs/ocean). */
export const WEBHOOK_SECRET_MINIMUM = 16;

function bodyOf(req: EmuRequest): Record<string, unknown> | undefined {
  try {
    const body: unknown = JSON.parse(req.rawBody ?? '');
    return typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

const isWebhookCreate = (req: EmuRequest) => req.method === 'POST' && WEBHOOKS.test(req.path);

/** §13: a webhook create with a short secret is refused before anything is stored. */
export function refuseShortSecret(req: EmuRequest): EmuResponse | undefined {
  if (!isWebhookCreate(req)) return undefined;
  const secret = bodyOf(req)?.secret;
  if (typeof secret !== 'string' || secret === '' || secret.length >= WEBHOOK_SECRET_MINIMUM)
    return undefined;
  return v1Error(400, `secret must be at least ${WEBHOOK_SECRET_MINIMUM} characters`);
}

/**
 * §13: no public record shows the created webhook's body, so the least a client can rely on is
 * answered: a 201 with no body (a client then finds the webhook by listing).
 */
export function bareWebhookCreated(req: EmuRequest, response: EmuResponse): EmuResponse {
  if (!isWebhookCreate(req) || response.status !== 200) return response;
  return { status: 201, ...(response.headers && { headers: response.headers }) };
}

/** §14: a tag that projects carry is a 403 "has entities attached"; one already gone is a 422. */
export function forbiddenTagDelete(req: EmuRequest, response: EmuResponse): EmuResponse {
  if (req.method !== 'POST' || !TAG_DELETE.test(req.path)) return response;
  const body = bodyOf(req);
  const tag = `${String(body?.key)}:${String(body?.value)}`;
  if (response.status === 400 && body?.force !== true && /still applied/.test(messageOf(response)))
    return v1Error(403, `Tag ${tag} has entities attached`);
  if (response.status === 404) return v1Error(422, `Tag ${tag} does not exist`);
  return response;
}

function messageOf(response: EmuResponse): string {
  const message = (response.body as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : '';
}

/** §15: a notification-settings PUT answers exactly the events it sent, without `inherited`. */
export function echoNotifications(req: EmuRequest, response: EmuResponse): EmuResponse {
  if (req.method !== 'PUT' || !NOTIFICATIONS.test(req.path) || response.status !== 200) return response;
  return { ...response, body: bodyOf(req) ?? {} };
}
