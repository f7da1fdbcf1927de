// Reads a whole REST collection by following `links.next`, always at limit=100. A page that
// fails fails the whole read: callers never see a partial list.
import { SnykApiError } from './api-error.ts';
import { readLinkHref, resolveRestLink, withPagingDefaults } from './links.ts';
import { readArray, readObject, ShapeError } from './shape.ts';
import type { ApiRequest, Transport } from './transport.ts';

export const PAGE_LIMIT = 100;
/** A server that keeps handing out next links is a bug, not a big account. */
const MAX_PAGES = 10_000;

export async function* paginateRest<T>(
  transport: Transport,
  first: ApiRequest,
  parseItem: (item: unknown, path: string) => T,
): AsyncGenerator<T[]> {
  let request: ApiRequest = { ...first, query: { ...first.query, limit: PAGE_LIMIT } };
  const seen = new Set<string>();
  for (let page = 0; page < MAX_PAGES; page++) {
    const response = await transport.send(request);
    let items: T[];
    let next: URL | undefined;
    try {
      const body = readObject(response.body, 'body');
      items = readArray(body.data, 'data').map((item, i) => parseItem(item, `data[${i}]`));
      const links = body.links === undefined || body.links === null ? {} : readObject(body.links, 'links');
      const href = readLinkHref(links.next, 'links.next');
      next =
        href === undefined
          ? undefined
          : withPagingDefaults(
              resolveRestLink(href, transport.apiUrl),
              transport.versionFor(first.beta ?? false),
              PAGE_LIMIT,
            );
    } catch (error) {
      throw badResponse(transport, first, error);
    }
    yield items;
    if (next === undefined) return;
    if (seen.has(next.href))
      throw badResponse(
        transport,
        first,
        new ShapeError('links.next', 'a link to a page not read yet (it repeats one)'),
      );
    seen.add(next.href);
    request = { ...first, url: next };
  }
  throw badResponse(transport, first, new ShapeError('links.next', `to end within ${MAX_PAGES} pages`));
}

export async function collectRest<T>(
  transport: Transport,
  first: ApiRequest,
  parseItem: (item: unknown, path: string) => T,
  onPage?: (items: T[]) => void,
): Promise<T[]> {
  const all: T[] = [];
  for await (const page of paginateRest(transport, first, parseItem)) {
    onPage?.(page);
    all.push(...page);
  }
  return all;
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
