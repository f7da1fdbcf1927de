// REALITY §6-7: the `links` of REST lists as real endpoints send them. §7: on the last page,
// `next` equals `self` (the `selfEndpoints`) or points to one more page with `data: []`. §6:
// every link in the endpoint's form — relative to the REST base (`/orgs?…`), with '/rest'
// (`/rest/groups/{id}/orgs?…`) or absolute — and fully formed (version and limit included).
import type { EmuResponse } from '../request.ts';
import { END_CURSOR } from '../rest/pagination.ts';
import type { LinkForm, ResolvedReality } from './options.ts';

interface ListBody {
  data: unknown[];
  links: Record<string, unknown>;
}

function isList(response: EmuResponse): boolean {
  const body = response.body as Partial<ListBody> | undefined;
  return (
    response.status === 200 &&
    Array.isArray(body?.data) &&
    typeof body?.links === 'object' &&
    body.links !== null &&
    typeof body.links.self === 'string'
  );
}

function endLink(links: Record<string, unknown>): string | undefined {
  const first = links.first;
  if (typeof first !== 'string') return undefined;
  const url = new URL(first, 'http://x');
  url.searchParams.delete('starting_after');
  url.searchParams.delete('ending_before');
  url.searchParams.set('starting_after', END_CURSOR);
  return `${url.pathname}${url.search}`;
}

function lastPage(
  config: NonNullable<ResolvedReality['lastPageSelf']>,
  template: string,
  body: ListBody,
): void {
  if (body.links.next !== undefined) return;
  if (config.selfEndpoints.includes(template)) body.links.next = body.links.self;
  else if (body.data.length > 0) {
    const next = endLink(body.links);
    if (next !== undefined) body.links.next = next;
  }
}

function inForm(link: string, form: LinkForm, restBase: string): string {
  if (form === 'relative') return link;
  return form === 'rest' ? `/rest${link}` : `${restBase}${link}`;
}

/** The list response with the switched-on link behaviours; other responses as they were. */
export function reshapeLinks(
  reality: Pick<ResolvedReality, 'lastPageSelf' | 'linkForms'>,
  template: string | undefined,
  response: EmuResponse,
  restBase: string,
): EmuResponse {
  if (template === undefined || !isList(response)) return response;
  const source = response.body as ListBody;
  const body: ListBody = { ...source, links: { ...source.links } };
  if (reality.lastPageSelf) lastPage(reality.lastPageSelf, template, body);
  const form = reality.linkForms?.endpoints[template];
  if (form !== undefined && form !== 'relative') {
    for (const [name, link] of Object.entries(body.links)) {
      if (typeof link === 'string' && link.startsWith('/')) body.links[name] = inForm(link, form, restBase);
    }
  }
  return { ...response, body };
}
