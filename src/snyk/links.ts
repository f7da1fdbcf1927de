// JSON:API `links.next` in every form Snyk documents or returns: a string or `{ href }`; an
// absolute URL, a `/rest/...` path, or a path relative to the REST base without `/rest`
// (Snyk's own docs show `/orgs/...?...&starting_after=...`). A link to another origin is
// refused: following it would send the token elsewhere.
import { readObject, readString, ShapeError } from './shape.ts';

/** The href of a link value, or undefined when there is no next page. */
export function readLinkHref(value: unknown, path: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return value;
  const href = readObject(value, path).href;
  if (href === undefined || href === null || href === '') return undefined;
  return readString(href, `${path}.href`);
}

/**
 * The absolute URL of the next page. `apiUrl` is the base without `/rest` (e.g.
 * `https://api.snyk.io`, or a prefix like `https://proxy.example/snyk`).
 */
export function resolveRestLink(href: string, apiUrl: string): URL {
  const base = new URL(apiUrl);
  const basePath = base.pathname.replace(/\/+$/, '');
  let url: URL;
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) {
    url = new URL(href, base);
    if (url.origin !== base.origin) {
      throw new ShapeError('links.next', `a link on ${base.origin} (got one to ${url.origin})`);
    }
  } else {
    const path = href.startsWith('/') ? href : `/${href}`;
    let full: string;
    if (basePath !== '' && (path.startsWith(`${basePath}/rest/`) || path.startsWith(`${basePath}/rest?`))) {
      full = path;
    } else if (path.startsWith('/rest/') || path.startsWith('/rest?')) {
      full = basePath + path;
    } else {
      full = `${basePath}/rest${path}`;
    }
    url = new URL(full, base.origin);
  }
  return url;
}

/** Ensures the REST version and page size on a next link (a server may omit them). */
export function withPagingDefaults(url: URL, version: string, limit: number): URL {
  const result = new URL(url);
  if (!result.searchParams.has('version')) result.searchParams.set('version', version);
  if (!result.searchParams.has('limit')) result.searchParams.set('limit', String(limit));
  return result;
}
