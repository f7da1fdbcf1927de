// A local fake of the GitHub REST API endpoints the action uses, on 127.0.0.1:0, that octokit
// talks to through its baseUrl. It keeps issues, comments, commit → PR links and the files of
// pull requests in memory (and the commits and statuses of
// fake-github-commits.ts), logs every request, paginates with Link headers like GitHub, and
// answers any request it does not know with 404 and records it in `unexpected`, so a test
// notices.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFakeCommits, type FakeCommits, routeCommits } from './fake-github-commits.test-helpers.ts';

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  comments: FakeComment[];
  pull_request?: { url: string };
  /** Who opened it: github-actions[bot] for issues the action creates. */
  user?: { login: string; type: string };
}

export interface FakePull {
  number: number;
  head: { sha: string };
  base: { ref: string };
  merged_at: string | null;
}

/** A file of a pull request, as GET /repos/{o}/{r}/pulls/{n}/files answers. */
export interface FakePullFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string;
  patch?: string;
}

/** A repository as GET /orgs/{org}/repos lists it (the fields the imports read). */
export interface FakeRepo {
  full_name: string;
  default_branch: string;
  archived: boolean;
}

export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
}

export interface FakeGitHub {
  url: string;
  repository: string;
  /** Issues and pull requests by number (a PR is an issue with `pull_request`). */
  issues: Map<number, FakeIssue>;
  /** Answers of GET /repos/{o}/{r}/commits/{sha}/pulls. */
  commitPulls: Map<string, FakePull[]>;
  /** Answers of GET /repos/{o}/{r}/pulls/{n}/files (a known PR without an entry changed nothing). */
  pullFiles: Map<number, FakePullFile[]>;
  /** The default branch's commits and their statuses (fake-github-commits.ts). */
  commits: FakeCommits;
  /** Answers of GET /orgs/{owner}/repos and /users/{owner}/repos, by owner in lower case. */
  ownerRepos: Map<string, FakeRepo[]>;
  /** The login that POSTed comments and issues are written as (the token's identity). */
  login: string;
  requests: LoggedRequest[];
  unexpected: LoggedRequest[];
  addPullRequest(number: number, title?: string): FakeIssue;
  /** Requests that changed something (POST/PATCH), e.g. to assert "no duplicate". */
  writes(): LoggedRequest[];
  close(): Promise<void>;
}

export interface FakeGitHubOptions {
  repository?: string;
  /** The token octokit must send; requests without it get 401. */
  token?: string;
  /** Caps per_page, to force pagination in tests. */
  maxPageSize?: number;
  /** The identity of the token; github-actions[bot] (GITHUB_TOKEN) by default. */
  login?: string;
}

function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(text ? (JSON.parse(text) as Record<string, unknown>) : {});
      } catch (error) {
        reject(error);
      }
    });
    req.on('error', reject);
  });
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const repository = options.repository ?? 'acme/snyk-config';
  const maxPageSize = options.maxPageSize ?? 100;
  const issues = new Map<number, FakeIssue>();
  const commitPulls = new Map<string, FakePull[]>();
  const pullFiles = new Map<number, FakePullFile[]>();
  const commits = createFakeCommits();
  const ownerRepos = new Map<string, FakeRepo[]>();
  const requests: LoggedRequest[] = [];
  const unexpected: LoggedRequest[] = [];
  let nextId = 1000;
  let nextNumber = 1;
  const base = `/repos/${repository}`;
  let url = '';

  function send(
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): true {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
    return true;
  }

  function paginate<T>(res: ServerResponse, full: URL, items: T[]): true {
    const perPage = Math.min(Number(full.searchParams.get('per_page') ?? 30), maxPageSize);
    const page = Number(full.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const links: string[] = [];
    const linkTo = (p: number, rel: string) => {
      const target = new URL(full.toString());
      target.searchParams.set('page', String(p));
      target.searchParams.set('per_page', String(perPage));
      links.push(`<${url}${target.pathname}${target.search}>; rel="${rel}"`);
    };
    if (page < last) {
      linkTo(page + 1, 'next');
      linkTo(last, 'last');
    }
    const headers: Record<string, string> = links.length > 0 ? { link: links.join(', ') } : {};
    return send(res, 200, items.slice((page - 1) * perPage, page * perPage), headers);
  }

  function issueJson(issue: FakeIssue) {
    const { comments: _comments, labels, ...rest } = issue;
    return { ...rest, labels: labels.map((name) => ({ name })) };
  }

  function findComment(id: number): FakeComment | undefined {
    for (const issue of issues.values()) {
      const found = issue.comments.find((c) => c.id === id);
      if (found) return found;
    }
    return undefined;
  }

  function createIssue(fields: Partial<FakeIssue>): FakeIssue {
    const issue: FakeIssue = {
      number: nextNumber++,
      title: '',
      body: '',
      state: 'open',
      labels: [],
      comments: [],
      ...fields,
    };
    issues.set(issue.number, issue);
    return issue;
  }

  async function route(req: IncomingMessage, res: ServerResponse, full: URL): Promise<boolean> {
    const method = req.method ?? 'GET';
    const path = full.pathname;
    const owned = /^\/(?:orgs|users)\/([^/]+)\/repos$/.exec(path);
    if (owned && method === 'GET') {
      const list = ownerRepos.get(decodeURIComponent(owned[1] ?? '').toLowerCase());
      return list === undefined ? false : paginate(res, full, list);
    }
    if (!path.startsWith(`${base}/`)) return false;
    const rest = path.slice(base.length);
    let m = /^\/issues\/(\d+)\/comments$/.exec(rest);
    if (m) {
      const issue = issues.get(Number(m[1]));
      if (!issue) return false;
      if (method === 'GET') return paginate(res, full, issue.comments);
      if (method === 'POST') {
        const body = await readBody(req);
        const comment: FakeComment = {
          id: nextId++,
          body: String(body.body ?? ''),
          user: { login: fake.login, type: 'Bot' },
        };
        issue.comments.push(comment);
        return send(res, 201, comment);
      }
    }
    m = /^\/issues\/comments\/(\d+)$/.exec(rest);
    if (m && method === 'PATCH') {
      const comment = findComment(Number(m[1]));
      if (!comment) return false;
      comment.body = String((await readBody(req)).body ?? '');
      return send(res, 200, comment);
    }
    if (rest === '/issues' && method === 'GET') {
      const label = full.searchParams.get('labels');
      const state = full.searchParams.get('state') ?? 'open';
      const list = [...issues.values()]
        .filter((i) => state === 'all' || i.state === state)
        .filter((i) => !label || label.split(',').every((l) => i.labels.includes(l)))
        .sort((a, b) => b.number - a.number)
        .map(issueJson);
      return paginate(res, full, list);
    }
    if (rest === '/issues' && method === 'POST') {
      const body = await readBody(req);
      const issue = createIssue({
        title: String(body.title ?? ''),
        body: String(body.body ?? ''),
        labels: Array.isArray(body.labels) ? body.labels.map(String) : [],
        user: { login: fake.login, type: 'Bot' },
      });
      return send(res, 201, issueJson(issue));
    }
    m = /^\/issues\/(\d+)$/.exec(rest);
    if (m && method === 'PATCH') {
      const issue = issues.get(Number(m[1]));
      if (!issue) return false;
      const body = await readBody(req);
      if (typeof body.title === 'string') issue.title = body.title;
      if (typeof body.body === 'string') issue.body = body.body;
      if (body.state === 'open' || body.state === 'closed') issue.state = body.state;
      return send(res, 200, issueJson(issue));
    }
    m = /^\/commits\/([0-9a-f]+)\/pulls$/.exec(rest);
    if (m && method === 'GET') return send(res, 200, commitPulls.get(m[1] ?? '') ?? []);
    m = /^\/pulls\/(\d+)\/files$/.exec(rest);
    if (m && method === 'GET') {
      const number = Number(m[1]);
      if (!issues.get(number)?.pull_request) return false;
      const files = (pullFiles.get(number) ?? []).map((file) => ({
        sha: '0'.repeat(40),
        additions: 1,
        deletions: 0,
        changes: 1,
        ...file,
      }));
      return paginate(res, full, files);
    }
    return routeCommits(commits, { req, res, method, rest, url: full }, { send, readBody });
  }

  const server = createServer((req, res) => {
    const full = new URL(req.url ?? '/', 'http://fake');
    const entry: LoggedRequest = {
      method: req.method ?? 'GET',
      path: `${full.pathname}${full.search}`,
      status: 0,
    };
    requests.push(entry);
    res.on('finish', () => {
      entry.status = res.statusCode;
    });
    if (options.token !== undefined && req.headers.authorization !== `token ${options.token}`) {
      unexpected.push(entry);
      send(res, 401, { message: 'Bad credentials' });
      return;
    }
    route(req, res, full).then(
      (handled) => {
        if (handled) return;
        unexpected.push(entry);
        send(res, 404, { message: `fake GitHub does not serve ${entry.method} ${entry.path}` });
      },
      (error: unknown) => {
        unexpected.push(entry);
        send(res, 500, { message: String(error) });
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const fake: FakeGitHub = {
    url,
    repository,
    issues,
    commitPulls,
    pullFiles,
    commits,
    ownerRepos,
    login: options.login ?? 'github-actions[bot]',
    requests,
    unexpected,
    addPullRequest(number, title = `PR #${number}`) {
      const issue: FakeIssue = {
        number,
        title,
        body: '',
        state: 'open',
        labels: [],
        comments: [],
        pull_request: { url: `${url}${base}/pulls/${number}` },
        user: { login: 'octocat', type: 'User' },
      };
      issues.set(number, issue);
      nextNumber = Math.max(nextNumber, number + 1);
      return issue;
    },
    writes: () => requests.filter((r) => r.method !== 'GET'),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
  return fake;
}
