// Serves one REST request: version check and per-endpoint resolution, authentication, content
// type, then the operation's handler. Every response carries the snyk-request-id and
// snyk-version-* headers.
import { randomUUID } from 'node:crypto';
import type { ResolvedReality } from '../reality/options.ts';
import type { EmuRequest, EmuResponse } from '../request.ts';
import { matchRoute, runHandler } from '../request.ts';
import type { EmulatorState, EmuToken } from '../state-types.ts';
import { JSONAPI_TYPE, restError } from './jsonapi.ts';
import { REST_ROUTES } from './routes.ts';
import { parseVersion, resolveRelease, stageOf } from './version.ts';

export interface RestResult {
  response: EmuResponse;
  /** The OpenAPI path template when the request reached an operation. */
  template?: string;
}

export interface RestDeps {
  state: EmulatorState;
  token: EmuToken | undefined;
  now: Date;
  newId: () => string;
  /** The reality switches that are on; none when absent. */
  reality?: ResolvedReality;
}

export function handleRest(req: EmuRequest, deps: RestDeps): RestResult {
  const headers: Record<string, string> = { 'snyk-request-id': randomUUID() };
  const finish = (result: RestResult): RestResult => {
    result.response.headers = { ...headers, ...result.response.headers };
    if (result.response.body !== undefined) result.response.contentType = JSONAPI_TYPE;
    return result;
  };
  const path = req.path.replace(/^\/rest/, '') || '/';
  const match = matchRoute(REST_ROUTES, req.method, path);
  const template = match?.route.template;
  const withTemplate = (response: EmuResponse): RestResult =>
    finish(template === undefined ? { response } : { response, template });

  const rawVersion = req.query.get('version');
  if (rawVersion === null) {
    return withTemplate(
      restError(400, 'The version query parameter is required (e.g. version=2024-10-15)', {
        source: { parameter: 'version' },
      }),
    );
  }
  const requested = parseVersion(rawVersion);
  if (requested === undefined) {
    return withTemplate(
      restError(
        400,
        `version '${rawVersion}' is not a valid API version (expected YYYY-MM-DD, optionally ~beta)`,
        {
          source: { parameter: 'version' },
        },
      ),
    );
  }
  headers['snyk-version-requested'] = rawVersion;
  const user =
    deps.token === undefined ? undefined : deps.state.users.find((u) => u.id === deps.token?.userId);
  if (deps.token === undefined || user === undefined) {
    return withTemplate(restError(401, 'Authentication is required: send Authorization: token <API token>'));
  }
  if (match === undefined) {
    return finish({ response: restError(404, `No endpoint ${req.method} ${path}`, { code: 'not-found' }) });
  }
  const release = resolveRelease(match.route.handler.releases, requested);
  if (release === undefined) {
    return finish({
      response: restError(
        404,
        `${req.method} ${match.route.template} is not available at version ${rawVersion} (releases: ${match.route.handler.releases.join(', ')})`,
        { code: 'not-found' },
      ),
    });
  }
  headers['snyk-version-served'] = release;
  headers['snyk-version-lifecycle-stage'] = stageOf(release);
  if (req.rawBody !== undefined && req.rawBody !== '') {
    const contentType = String(req.headers['content-type'] ?? '')
      .split(';')[0]
      ?.trim()
      .toLowerCase();
    if (contentType !== JSONAPI_TYPE) {
      return withTemplate(
        restError(
          400,
          `Client request did not conform to OpenAPI specification: content type '${contentType}' must be ${JSONAPI_TYPE}`,
        ),
      );
    }
  }
  const call = { req, params: match.params, token: deps.token, user };
  return withTemplate(runHandler(deps, call, match.route.handler.handler));
}
