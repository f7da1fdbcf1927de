// Every REST settings object of an org or a group (`/orgs/{org_id}/settings/sast`, …) from one
// handler: the routes come from the parts' declarations (src/core/port/settings-endpoint.ts),
// the values live in one map per org or group (`restSettings`, by the endpoint's name, in the
// API's snake_case attributes), and requests are checked against the declared attributes.
import {
  fromAttributes,
  type RestSettingsEndpoint,
  scopeParameter,
} from '../../core/port/settings-endpoint.ts';
import { REST_SETTINGS_ENDPOINTS } from '../../core/settings-endpoints.ts';
import type { ResolvedReality } from '../reality/options.ts';
import type { EmuResponse, Handler, HandlerContext, Route } from '../request.ts';
import * as jsonapi from './jsonapi.ts';
import type { RestOperation } from './routes.ts';

type Attributes = Record<string, unknown>;

interface Behaviour {
  /** The object before anything was written; undefined: there is none (a GET is a 404). */
  initial(reality: ResolvedReality): Attributes | undefined;
  /** The status of a successful write, as the spec lists it. */
  writeStatus: number;
  /** Attributes a write must carry (the spec's `required`). */
  required?: readonly string[];
  /** The resource's `id`: the org's or group's id, unless the spec wants another form. */
  id(scopeId: string): string;
}

/**
 * What the spec says of each endpoint beyond its attributes' shapes. An endpoint not listed
 * starts as `{}` (none, if it is `deletable`) and answers a write with 200 (PATCH) or 201 (POST).
 */
const BEHAVIOUR: Readonly<Record<string, Partial<Behaviour>>> = {
  '/orgs/{org_id}/settings/sast': {
    initial: (reality) => (reality.sastUnsetEmpty ? {} : { sast_enabled: false, autofix_enabled: false }),
    writeStatus: 201,
    required: ['sast_enabled'],
  },
  // The spec gives the template's id the format `uri`.
  '/groups/{group_id}/settings/pull_request_template': { id: (groupId) => `urn:uuid:${groupId}` },
};

function behaviourOf(endpoint: RestSettingsEndpoint): Behaviour {
  return {
    initial: () => (endpoint.deletable === true ? undefined : {}),
    writeStatus: endpoint.write === 'POST' ? 201 : 200,
    id: (scopeId) => scopeId,
    ...BEHAVIOUR[endpoint.template],
  };
}

/** The endpoint's key in an org's or group's `restSettings`: `sast` for `…/settings/sast`. */
export function settingsName(endpoint: RestSettingsEndpoint): string {
  return endpoint.template.slice(endpoint.template.lastIndexOf('/') + 1);
}

/** The org or group the path names (404 unknown, 403 out of reach), with its id. */
function holderOf(ctx: HandlerContext, endpoint: RestSettingsEndpoint) {
  const param = scopeParameter(endpoint);
  const id = ctx.params[param] ?? '';
  const holder = param === 'org_id' ? jsonapi.requireOrg(ctx, id).org : jsonapi.requireGroup(ctx, id);
  return { id, holder };
}

function resource(
  ctx: HandlerContext,
  endpoint: RestSettingsEndpoint,
  id: string,
  attributes: Attributes,
  status: number,
) {
  return jsonapi.single(ctx, { id: behaviourOf(endpoint).id(id), type: endpoint.type, attributes }, status);
}

type Holder = { restSettings?: Record<string, Attributes> };

function current(ctx: HandlerContext, endpoint: RestSettingsEndpoint, holder: Holder) {
  return holder.restSettings?.[settingsName(endpoint)] ?? behaviourOf(endpoint).initial(ctx.reality);
}

function notSet(endpoint: RestSettingsEndpoint): never {
  throw jsonapi.restFail(404, `No ${endpoint.type} has been saved`, { code: 'entity-not-found' });
}

function read(endpoint: RestSettingsEndpoint): Handler {
  return (ctx) => {
    const { id, holder } = holderOf(ctx, endpoint);
    return resource(ctx, endpoint, id, current(ctx, endpoint, holder) ?? notSet(endpoint), 200);
  };
}

/** The request's attributes, checked against the declaration; 400 names the first fault. */
function requestAttributes(ctx: HandlerContext, endpoint: RestSettingsEndpoint, id: string): Attributes {
  const data = jsonapi.requireData(ctx);
  jsonapi.expectType(data, endpoint.type);
  if (endpoint.writeId === true) {
    if (data.id === undefined)
      throw jsonapi.restFail(400, 'data.id is required', { source: { pointer: '/data/id' } });
    jsonapi.expectPathId(data, id, scopeParameter(endpoint));
  }
  const checked = fromAttributes(endpoint, data.attributes, 'data.attributes', { strict: true });
  if ('problem' in checked) {
    const { path, expected } = checked.problem;
    throw jsonapi.restFail(400, `${path}: expected ${expected}`, {
      source: { pointer: `/${path.replaceAll('.', '/')}` },
    });
  }
  const attributes = data.attributes as Attributes;
  const missing = (behaviourOf(endpoint).required ?? []).filter((key) => attributes[key] === undefined);
  if (missing.length > 0 || Object.keys(attributes).length === 0)
    throw jsonapi.restFail(
      400,
      `data.attributes must have ${missing.join(', ') || 'at least one attribute'}`,
      {
        source: { pointer: '/data/attributes' },
      },
    );
  return attributes;
}

/** PATCH keeps what it is not sent (one level down too: `custom_rules`); POST replaces all. */
function merged(before: Attributes, sent: Attributes): Attributes {
  const out: Attributes = { ...before };
  for (const [key, value] of Object.entries(sent)) {
    const prior = out[key];
    out[key] = isObject(prior) && isObject(value) ? { ...prior, ...value } : value;
  }
  return out;
}

const isObject = (v: unknown): v is Attributes => typeof v === 'object' && v !== null && !Array.isArray(v);

function write(endpoint: RestSettingsEndpoint): Handler {
  return (ctx): EmuResponse => {
    const { id, holder } = holderOf(ctx, endpoint);
    const sent = requestAttributes(ctx, endpoint, id);
    const after = endpoint.write === 'POST' ? sent : merged(current(ctx, endpoint, holder) ?? {}, sent);
    holder.restSettings = { ...holder.restSettings, [settingsName(endpoint)]: after };
    return resource(ctx, endpoint, id, after, behaviourOf(endpoint).writeStatus);
  };
}

function remove(endpoint: RestSettingsEndpoint): Handler {
  return (ctx) => {
    const { holder } = holderOf(ctx, endpoint);
    if (current(ctx, endpoint, holder) === undefined) notSet(endpoint);
    delete holder.restSettings?.[settingsName(endpoint)];
    return { status: 204 };
  };
}

/** The routes of every declared REST settings endpoint, with their releases. */
export function settingsRoutes(
  op: (
    method: string,
    template: string,
    handler: Handler,
    releases: readonly string[],
  ) => Route<RestOperation>,
): Route<RestOperation>[] {
  return REST_SETTINGS_ENDPOINTS.flatMap((endpoint) => [
    op('GET', endpoint.template, read(endpoint), endpoint.releases.read),
    op(endpoint.write, endpoint.template, write(endpoint), endpoint.releases.write),
    ...(endpoint.deletable === true
      ? [
          op(
            'DELETE',
            endpoint.template,
            remove(endpoint),
            endpoint.releases.delete ?? endpoint.releases.write,
          ),
        ]
      : []),
  ]);
}
