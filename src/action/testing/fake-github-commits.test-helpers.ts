// The commit side of the fake GitHub: the default branch's history (a line of commits, oldest
// first), commit statuses, the commits before a head, and compare. Enough for the action to
// find the last applied commit and what was merged after it.
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface FakeStatus {
  state: string;
  context: string;
  description: string;
  target_url?: string | null;
}

export interface FakeCommits {
  /** The default branch, oldest commit first. A commit not in it is answered as a lone commit. */
  history: string[];
  /** Statuses by commit, newest first (as GitHub lists them). */
  statuses: Map<string, FakeStatus[]>;
  /** The files each commit changes, for compare. */
  files: Map<string, string[]>;
  /** Answer status writes 403, as for a token without `statuses: write`. */
  refuseStatusWrites: boolean;
  /** Answer compare with a body that is not a comparison (a hostile or broken API). */
  garbleCompare: boolean;
}

type Send = (res: ServerResponse, status: number, body: unknown) => true;
type ReadBody = (req: IncomingMessage) => Promise<Record<string, unknown>>;

export function createFakeCommits(): FakeCommits {
  return {
    history: [],
    statuses: new Map(),
    files: new Map(),
    refuseStatusWrites: false,
    garbleCompare: false,
  };
}

/** Handles the commit endpoints under /repos/{o}/{r}; false for any other request. */
export async function routeCommits(
  commits: FakeCommits,
  request: { req: IncomingMessage; res: ServerResponse; method: string; rest: string; url: URL },
  io: { send: Send; readBody: ReadBody },
): Promise<boolean> {
  const { req, res, method, rest, url } = request;
  let m = /^\/statuses\/([0-9a-f]+)$/.exec(rest);
  if (m && method === 'POST') {
    if (commits.refuseStatusWrites)
      return io.send(res, 403, { message: 'Resource not accessible by integration' });
    const body = await io.readBody(req);
    const status: FakeStatus = {
      state: String(body.state ?? ''),
      context: String(body.context ?? 'default'),
      description: String(body.description ?? ''),
      target_url: typeof body.target_url === 'string' ? body.target_url : null,
    };
    if (status.description.length > 140) return io.send(res, 422, { message: 'description is too long' });
    const sha = m[1] ?? '';
    commits.statuses.set(sha, [status, ...(commits.statuses.get(sha) ?? [])]);
    return io.send(res, 201, { id: 1, ...status });
  }
  m = /^\/commits\/([0-9a-f]+)\/statuses$/.exec(rest);
  if (m && method === 'GET') return io.send(res, 200, commits.statuses.get(m[1] ?? '') ?? []);
  if (rest === '/commits' && method === 'GET') {
    const sha = url.searchParams.get('sha') ?? commits.history.at(-1) ?? '';
    const perPage = Number(url.searchParams.get('per_page') ?? 30);
    const at = commits.history.indexOf(sha);
    const line = at < 0 ? [sha] : commits.history.slice(0, at + 1).reverse();
    return io.send(
      res,
      200,
      line.slice(0, perPage).map((s) => ({ sha: s })),
    );
  }
  m = /^\/compare\/([0-9a-f]+)\.\.\.([0-9a-f]+)$/.exec(rest);
  if (m && method === 'GET') {
    if (commits.garbleCompare)
      return io.send(res, 200, { commits: '\u001b[2J::error::pwned', total_commits: 'many' });
    const from = commits.history.indexOf(m[1] ?? '');
    const to = commits.history.indexOf(m[2] ?? '');
    if (from < 0 || to < 0) return io.send(res, 404, { message: 'No common ancestor between these commits' });
    const between = commits.history.slice(from + 1, to + 1);
    const files = [...new Set(between.flatMap((sha) => commits.files.get(sha) ?? []))];
    return io.send(res, 200, {
      status: between.length > 0 ? 'ahead' : 'identical',
      total_commits: between.length,
      commits: between.map((sha) => ({ sha })),
      files: files.map((filename) => ({ filename, status: 'modified' })),
    });
  }
  return false;
}
