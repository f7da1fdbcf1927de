// Reality mode at run time: the switched-on behaviours around the emulator's handlers — before
// (integrations brought to their real shape, 410 for retired v1 endpoints, 404 for orgs still
// provisioning, short webhook secrets, the per-second bucket), the state lists see, and after
// (reshaped bodies, links and rate-limit headers). Built anew when the options change, so
// counters and provisioning orgs start over.
import type { EmuRequest, EmuResponse } from '../request.ts';
import { restError } from '../rest/jsonapi.ts';
import type { EmulatorState } from '../state-types.ts';
import { v1Error } from '../v1/common.ts';
import { addDefaultGroupMembership } from './default-membership.ts';
import { RealIntegrations } from './integrations.ts';
import { reshapeLinks } from './links.ts';
import { REALITY_ALL, type RealityOptions, type ResolvedReality, resolveReality } from './options.ts';
import { CreatedOrgLag } from './org-lag.ts';
import { bareWebhookCreated, echoNotifications, forbiddenTagDelete, refuseShortSecret } from './outbound.ts';
import { type RateTake, RealityRate, rateHeaders } from './rate-headers.ts';
import { bareRateLimited, detailsNotDetail, liftMembership, minimalCreatedOrg } from './responses.ts';
import { RetiredV1 } from './v1-gone.ts';

type Api = 'rest' | 'v1';

export interface AfterContext {
  req: EmuRequest;
  api: Api;
  /** The REST operation's template (without '/rest'), when the request reached one. */
  template?: string | undefined;
  state: EmulatorState;
  now: Date;
  newId: () => string;
  restBase: string;
  rate?: RateTake | undefined;
}

const CREATE_ORG = /^\/v1\/org\/?$/;
const ORG_MEMBERSHIPS = /^\/rest\/orgs\/([^/]+)\/memberships\/?$/;

export class RealityRuntime {
  readonly options: RealityOptions;
  readonly resolved: ResolvedReality;
  private readonly lag: CreatedOrgLag | undefined;
  private readonly rate: RealityRate | undefined;
  private readonly gone: RetiredV1 | undefined;
  private readonly integrations: RealIntegrations | undefined;

  constructor(options: RealityOptions | 'all' | undefined) {
    this.options = options === 'all' ? { ...REALITY_ALL } : { ...options };
    const r = resolveReality(options);
    this.resolved = r;
    this.lag = r.createdOrgLag && new CreatedOrgLag(r.createdOrgLag);
    const rate = r.rateLimitHeaders ?? (r.rateLimitNoRetryAfter && { perSecond: 160, perHour: 97_200 });
    this.rate = rate ? new RealityRate(rate) : undefined;
    this.gone = r.v1Gone && new RetiredV1(r.v1Gone.endpoints);
    const settings = r.integrationSettingsReal === true;
    const apps = r.appIntegrations === true;
    this.integrations = settings || apps ? new RealIntegrations({ settings, apps }) : undefined;
  }

  /** The request as the handlers see it, after the state it touches took its real shape. */
  prepare(req: EmuRequest, api: Api, state: EmulatorState, newId: () => string): EmuRequest {
    if (api !== 'v1' || this.integrations === undefined) return req;
    return this.integrations.prepare(req, state, newId);
  }

  /** Counts the request in the gateway's windows; `retryAfterSeconds` when it must get a 429. */
  count(
    api: Api,
    key: string,
    authenticated: boolean,
    nowMs: number,
    perMinute: number,
  ): RateTake | undefined {
    const enforce = authenticated && this.resolved.rateLimitHeaders !== undefined;
    return this.rate?.take(api, key, nowMs, perMinute, enforce);
  }

  /** A response that replaces handling (410 Gone, 404 of a provisioning org, 400 for a short webhook secret), if any. */
  intercept(req: EmuRequest, api: Api, nowMs: number): EmuResponse | undefined {
    if (api === 'v1') {
      const refused =
        this.gone?.answer(req.method, req.path) ??
        (this.resolved.webhookSecretMinimum ? refuseShortSecret(req) : undefined);
      if (refused !== undefined) return refused;
    }
    const hidden = this.lag?.hiddenOrgNamedBy(req.path, nowMs, req.rawBody);
    if (hidden === undefined) return undefined;
    return api === 'rest'
      ? restError(404, `Org ${hidden} not found`, { code: 'entity-not-found' })
      : v1Error(404, `Org ${hidden} not found`);
  }

  /** The state a handler sees: org lists leave out orgs still provisioning. */
  view(req: EmuRequest, state: EmulatorState, nowMs: number): EmulatorState {
    return this.lag?.viewFor(req.method, req.path, state, nowMs) ?? state;
  }

  /** The handled response as the real API would send it (state side effects included). */
  after(ctx: AfterContext, handled: EmuResponse): EmuResponse {
    const r = this.resolved;
    const { req } = ctx;
    let response = handled;
    if (ctx.api === 'v1' && req.method === 'POST' && CREATE_ORG.test(req.path) && response.status === 201) {
      this.startLag(ctx, response);
      if (r.orgCreateMinimal) response = minimalCreatedOrg(response);
    }
    const orgId = req.method === 'POST' ? ORG_MEMBERSHIPS.exec(req.path)?.[1] : undefined;
    if (orgId !== undefined && r.groupMembershipConflict?.defaultMembership) {
      addDefaultGroupMembership(
        ctx.state,
        decodeURIComponent(orgId),
        response,
        r.groupMembershipConflict.defaultRole,
        ctx,
      );
    }
    if (ctx.api === 'v1') {
      if (r.webhookSecretMinimum) response = bareWebhookCreated(req, response);
      if (r.tagDeleteForbidden) response = forbiddenTagDelete(req, response);
      if (r.notificationPutEcho) response = echoNotifications(req, response);
    }
    if (ctx.api === 'rest') {
      if (r.membershipTopLevel)
        response = liftMembership(r.membershipTopLevel, req.method, ctx.template, response);
      if (r.errorDetails) response = detailsNotDetail(response);
      if (r.lastPageSelf || r.linkForms) response = reshapeLinks(r, ctx.template, response, ctx.restBase);
    }
    return this.withRateHeaders(response, ctx.rate);
  }

  private startLag(ctx: AfterContext, response: EmuResponse): void {
    const body = response.body as { id?: unknown; group?: { id?: unknown } } | undefined;
    const orgId = body?.id;
    const group = ctx.state.groups.find((g) => g.orgs.some((o) => o.id === orgId));
    if (typeof orgId === 'string' && group !== undefined)
      this.lag?.created(orgId, group.id, ctx.now.getTime());
  }

  private withRateHeaders(response: EmuResponse, rate: RateTake | undefined): EmuResponse {
    if (rate === undefined) return response;
    if (response.status === 429 && this.resolved.rateLimitNoRetryAfter) {
      return bareRateLimited(response, rate.snapshot);
    }
    if (!this.resolved.rateLimitHeaders) return response;
    const retryAfter = response.status === 429 ? Number(response.headers?.['retry-after'] ?? 1) : undefined;
    return { ...response, headers: { ...response.headers, ...rateHeaders(rate.snapshot, retryAfter) } };
  }
}
