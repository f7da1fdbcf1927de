// REALITY §10: v1 endpoints retired after Snyk's burn-down answer 410 Gone. Endpoints are named
// by template ('POST /v1/org', 'GET /v1/org/{orgId}/members'); any `{…}` matches one segment.
import type { EmuResponse } from '../request.ts';
import { v1Error } from '../v1/common.ts';

interface Retired {
  template: string;
  method: string;
  path: RegExp;
}

function compile(template: string): Retired {
  const [method = '', path = ''] = template.trim().split(/\s+/, 2);
  const source = path
    .replace(/\/+$/, '')
    .split('/')
    .map((part) =>
      part.startsWith('{') && part.endsWith('}') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('/');
  return {
    template: `${method.toUpperCase()} ${path}`,
    method: method.toUpperCase(),
    path: new RegExp(`^${source}/?$`),
  };
}

export class RetiredV1 {
  private readonly retired: Retired[];

  constructor(endpoints: readonly string[]) {
    this.retired = endpoints.map(compile);
  }

  /** The 410 for a retired endpoint, or undefined when the request may be served. */
  answer(method: string, path: string): EmuResponse | undefined {
    const hit = this.retired.find((r) => r.method === method && r.path.test(path));
    if (hit === undefined) return undefined;
    const response = v1Error(410, `${hit.template} has been retired and is no longer available`);
    response.body = { ...(response.body as object), error: 'Gone' };
    return response;
  }
}
