// Reads a whole REST collection by following `links.next`, always at limit=100. A page that
// fails fails the whole read: callers never see a partial list.
import { clip, SnykApiError } from './api-error.ts';
import { readLinkHref, resolveRestLink, withPagingDefaults } from './links.ts';
import { readArray, readObject, ShapeError } from './shape.ts';
import type { ApiRequest, Transport } from './transport.ts';

export const PAGE_LIMIT = 100;
/** A server that keeps handing out next links is a bug, not a big account. */
const MAX_PAGES = 10_000;

/** Keys that must be unique within one listing: `{ id: o.id, slug: o.slug }`. */
export type UniqueKeys<T> = (item: T) => Record<string, string>;

/**
 * Pages end where Snyk ends them in practice (REALITY.md §7): no `next`, an empty page, or a
 * `next` equal to the page's own `self`. A `next` already followed is a loop, and an error:
 * stopping there quietly would return a partial list, which a plan would read as deletions.
 */
export async function* paginateRest<T>(
  transport: Transport,
  first: ApiRequest,
  parseItem: (item: unknown, path: string) => T,
  unique?: UniqueKeys<T>,
): AsyncGenerator<T[]> {
  let request: ApiRequest = { ...first, query: { ...first.query, limit: PAGE_LIMIT } };
  const seenLinks = new Set<string>();
  const seenKeys = new Map<string, Set<string>>();
  for (let page = 0; page < MAX_PAGES; page++) {
    const response = await transport.send(request);
    let items: T[];
    let next: URL | undefined;
    try {
      const body = readObject(response.body, 'body');
      items = readArray(body.data, 'data').map((item, i) => parseItem(item, `data[${i}]`));
      const links = body.links === undefined || body.links === null ? {} : readObject(body.links, 'links');
      next = items.length === 0 ? undefined : pageLink(transport, first, links.next, 'links.next');
      const self = next === undefined ? undefined : pageLink(transport, first, links.self, 'links.self');
      if (self !== undefined && self.href === next?.href) next = undefined;
      if (unique !== undefined) checkUnique(items, unique, seenKeys);
    } catch (error) {
      throw badResponse(transport, first, error);
    }
    yield items;
    if (next === undefined) return;
    if (seenLinks.has(next.href))
      throw badResponse(
        transport,
        first,
        new ShapeError('links.next', 'a link to a page not read yet (it repeats one)'),
      );
    seenLinks.add(next.href);
    request = { ...first, url: next };
  }
  throw badResponse(transport, first, new ShapeError('links.next', `to end within ${MAX_PAGES} pages`));
}

function pageLink(transport: Transport, first: ApiRequest, value: unknown, path: string): URL | undefined {
  const href = readLinkHref(value, path);
  if (href === undefined) return undefined;
  return withPagingDefaults(
    resolveRestLink(href, transport.apiUrl),
    transport.versionFor(first.beta ?? false),
    PAGE_LIMIT,
  );
}

/** Two items with one id would become two changes to one object (the second one fails). */
function checkUnique<T>(items: T[], unique: UniqueKeys<T>, seen: Map<string, Set<string>>): void {
  items.forEach((item, i) => {
    for (const [key, value] of Object.entries(unique(item))) {
      const values = seen.get(key) ?? new Set<string>();
      seen.set(key, values);
      if (values.has(value)) {
        throw new ShapeError(
          `data[${i}]`,
          `each ${key} once in the listing ('${clip(value, 80)}' came twice)`,
        );
      }
      values.add(value);
    }
  });
}

export async function collectRest<T>(
  transport: Transport,
  first: ApiRequest,
  parseItem: (item: unknown, path: string) => T,
  onPage?: (items: T[]) => void,
  unique?: UniqueKeys<T>,
): Promise<T[]> {
  const all: T[] = [];
  for await (const page of paginateRest(transport, first, parseItem, unique)) {
    onPage?.(page);
    all.push(...page);
  }
  return all;
}

/** Every item of a listing whose items each carry an id that must come once. */
export function collectById<T extends { id: string }>(
  transport: Transport,
  first: ApiRequest,
  parseItem: (item: unknown, path: string) => T,
): Promise<T[]> {
  return collectRest(transport, first, parseItem, undefined, (item) => ({ id: item.id }));
}

/** Wraps a ShapeError (or any parse failure) as SNYK_BAD_RESPONSE naming the endpoint. */
export function badResponse(transport: Transport, request: ApiRequest, error: unknown): unknown {
  if (!(error instanceof ShapeError)) return error;
  return new SnykApiError(
    `${transport.label(request)} returned a body without the documented shape: ${error.message}`,
    {
      code: 'SNYK_BAD_RESPONSE',
      method: request.method,
      pathTemplate: `/${request.api}${request.template}`,
      cause: error,
    },
  );
}

/** Sends a request and parses its body, mapping shape errors to SNYK_BAD_RESPONSE. */
export async function sendParsed<T>(
  transport: Transport,
  request: ApiRequest,
  parse: (body: unknown) => T,
): Promise<T> {
  const response = await transport.send(request);
  try {
    return parse(response.body);
  } catch (error) {
    throw badResponse(transport, request, error);
  }
}

/** Sends a request whose answer the caller does not read (the transport still checks its status). */
export async function sendOnly(transport: Transport, request: ApiRequest): Promise<void> {
  await transport.send(request);
}

/** Builds requests on one API: `template` with its path parameters; `extra` adds a body, query or beta. */
export function requestsOn(api: ApiRequest['api']) {
  return (
    method: ApiRequest['method'],
    template: string,
    params: Record<string, string>,
    extra: Pick<ApiRequest, 'body' | 'query' | 'beta'> = {},
  ): ApiRequest => ({ method, api, template, params, ...extra });
}
