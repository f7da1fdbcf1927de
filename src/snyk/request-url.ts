// The URL of one request: `{name}` placeholders filled with encoded values, the REST `version`,
// the query. A value that is empty, `.` or `..` survives encodeURIComponent and lets URL
// normalisation change which resource is named (`DELETE /orgs/{id}/memberships/..` would become
// `DELETE /orgs/{id}/`), so it is refused before anything is sent; as a second guard the built
// path must come out of the URL parser unchanged.
import { SnykApiError } from './api-error.ts';
import type { ApiRequest } from './transport.ts';

export function buildRequestUrl(apiUrl: string, r: ApiRequest, version: string): URL {
  if (r.url) return r.url;
  const path = r.template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = r.params?.[name];
    if (value === undefined) throw new Error(`no value for {${name}} in ${r.template}`);
    if (value === '' || value === '.' || value === '..') throw badParameter(r, name, value);
    return encodeURIComponent(value);
  });
  const raw = `${apiUrl}/${r.api}${path}`;
  const url = new URL(raw);
  if (url.pathname !== new URL(apiUrl).pathname.replace(/\/+$/, '') + `/${r.api}${path}`) {
    throw badParameter(r, 'path', path);
  }
  if (r.api === 'rest') url.searchParams.set('version', version);
  for (const [key, value] of Object.entries(r.query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  return url;
}

function badParameter(r: ApiRequest, name: string, value: string): SnykApiError {
  const shown = value === '' ? 'an empty value' : `'${value}'`;
  return new SnykApiError(
    `${r.method} /${r.api}${r.template}: refused to send {${name}} = ${shown}, which would not name one resource; this is a bug in the caller or in data read from Snyk`,
    { code: 'SNYK_BAD_PARAMETER', method: r.method, pathTemplate: `/${r.api}${r.template}` },
  );
}
