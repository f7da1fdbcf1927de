// The naive way to read what a plan needs, as the scripts in Snyk's cx-tools do it: list the
// orgs, then for each org, one after the other, its members and its settings through v1.
import { DEFAULT_REST_VERSION } from '../src/engine/api-settings.ts';

export interface NaiveResult {
  requests: number;
  memberships: number;
  ms: number;
}

export async function readNaively(apiUrl: string, token: string, groupId: string): Promise<NaiveResult> {
  const headers = { authorization: `token ${token}` };
  let requests = 0;
  const get = async (url: string): Promise<unknown> => {
    requests++;
    const response = await fetch(url, { headers });
    if (!response.ok) throw new Error(`naive read: GET ${new URL(url).pathname} answered ${response.status}`);
    return response.json();
  };
  const started = performance.now();
  const orgIds: string[] = [];
  let next: string | undefined =
    `${apiUrl}/rest/groups/${groupId}/orgs?version=${DEFAULT_REST_VERSION}&limit=100`;
  while (next !== undefined) {
    const page = (await get(next)) as { data: { id: string }[]; links?: { next?: string } };
    orgIds.push(...page.data.map((o) => o.id));
    next = page.links?.next === undefined ? undefined : `${apiUrl}/rest${page.links.next}`;
  }
  let memberships = 0;
  for (const id of orgIds) {
    const members = (await get(`${apiUrl}/v1/org/${id}/members`)) as unknown[];
    memberships += members.length;
    await get(`${apiUrl}/v1/org/${id}/settings`);
  }
  return { requests, memberships, ms: performance.now() - started };
}
