// The audit-log reader (docs/commands.md#drift-from-the-audit-log): `GET /groups/{group_id}/audit_logs/search` or
// `/orgs/{org_id}/audit_logs/search` over a time window, oldest first, following `links.next`
// (a cursor; REALITY §26: a '/rest/…' path) to the end. `user_id` is read when present: the
// spec's item schema lacks it and system events have none.
import type { SnykClient } from '../core/port/snyk-client.ts';
import type { AuditEvent } from '../core/port/snyk-shapes.ts';
import { definedOnly } from '../util/defined-only.ts';
import { readLinkHref, resolveRestLink } from './links.ts';
import { badResponse } from './paginate.ts';
import { readArray, readNonEmptyString, readObject, readString, ShapeError } from './shape.ts';
import type { ApiRequest, Transport } from './transport.ts';

const PAGE_SIZE = 100;
/** A log that keeps handing out next links is a bug, not a busy week: 100,000 events at most. */
const MAX_PAGES = 1_000;

function parseAuditItem(value: unknown, path: string): AuditEvent {
  const item = readObject(value, path);
  const created = readString(item.created, `${path}.created`);
  if (Number.isNaN(Date.parse(created))) throw new ShapeError(`${path}.created`, 'a date-time');
  return {
    created: new Date(created).toISOString(),
    event: readString(item.event, `${path}.event`),
    ...definedOnly({
      groupId: readNonEmptyString(item.group_id, `${path}.group_id`),
      orgId: readNonEmptyString(item.org_id, `${path}.org_id`),
      projectId: readNonEmptyString(item.project_id, `${path}.project_id`),
      userId: readNonEmptyString(item.user_id, `${path}.user_id`),
    }),
  };
}

/** The version on a next link a server sent without it (no `limit`: this endpoint pages by `size`). */
function withVersion(url: URL, version: string): URL {
  if (!url.searchParams.has('version')) url.searchParams.set('version', version);
  return url;
}

export function createAuditOperations(t: Transport): Pick<SnykClient, 'searchAuditLogs'> {
  return {
    searchAuditLogs: async (scope, window) => {
      const first: ApiRequest =
        'groupId' in scope
          ? {
              method: 'GET',
              api: 'rest',
              template: '/groups/{group_id}/audit_logs/search',
              params: { group_id: scope.groupId },
            }
          : {
              method: 'GET',
              api: 'rest',
              template: '/orgs/{org_id}/audit_logs/search',
              params: { org_id: scope.orgId },
            };
      const query = { from: window.from, to: window.to, size: PAGE_SIZE, sort_order: 'ASC' };
      let request: ApiRequest = { ...first, query };
      const seen = new Set<string>();
      const events: AuditEvent[] = [];
      for (let page = 0; page < MAX_PAGES; page++) {
        const response = await t.send(request);
        let next: URL | undefined;
        try {
          const body = readObject(response.body, 'body');
          const items = readArray(readObject(body.data, 'data').items ?? [], 'data.items');
          const parsed = items.map((item, i) => parseAuditItem(item, `data.items[${i}]`));
          events.push(...parsed);
          const links =
            body.links === undefined || body.links === null ? {} : readObject(body.links, 'links');
          const href = parsed.length === 0 ? undefined : readLinkHref(links.next, 'links.next');
          next =
            href === undefined
              ? undefined
              : withVersion(resolveRestLink(href, t.apiUrl), t.versionFor(false));
          if (next !== undefined && seen.has(next.href)) {
            throw new ShapeError('links.next', 'a link to a page not read yet (it repeats one)');
          }
        } catch (error) {
          throw badResponse(t, first, error);
        }
        if (next === undefined) return events;
        seen.add(next.href);
        request = { ...first, url: next };
      }
      throw badResponse(t, first, new ShapeError('links.next', `to end within ${MAX_PAGES} pages`));
    },
  };
}
