// REST versioning as Snyk documents it: `?version=YYYY-MM-DD[~stability]` is required, and each
// endpoint serves the newest of its releases dated on or before the requested date at the
// requested stability or a more stable one. An endpoint with no such release does not exist for
// that version (404): beta-only endpoints need `~beta`.
const VERSION =
  /^(wip|work-in-progress|experimental|beta|((\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))(~(wip|work-in-progress|experimental|beta))?)$/;

const RANK: Record<string, number> = { wip: 0, 'work-in-progress': 0, experimental: 1, beta: 2, ga: 3 };

export interface RequestedVersion {
  date: string;
  stability: 'wip' | 'experimental' | 'beta' | 'ga';
}

/** Parses a `version` value; undefined when it does not match the documented pattern. */
export function parseVersion(value: string): RequestedVersion | undefined {
  const m = VERSION.exec(value);
  if (m === null) return undefined;
  if (m[2] === undefined) {
    // A bare stability ("beta") asks for the newest release at that stability.
    return { date: '9999-12-31', stability: normalise(m[1] ?? 'ga') };
  }
  const date = m[2];
  if (
    Number.isNaN(Date.parse(`${date}T00:00:00Z`)) ||
    new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date
  ) {
    return undefined;
  }
  return { date, stability: normalise(m[7] ?? 'ga') };
}

function normalise(s: string): RequestedVersion['stability'] {
  return s === 'work-in-progress' ? 'wip' : (s as RequestedVersion['stability']);
}

/** The release (from the spec's x-snyk-api-releases) that serves the requested version. */
export function resolveRelease(releases: readonly string[], requested: RequestedVersion): string | undefined {
  let best: string | undefined;
  for (const release of releases) {
    const [date = '', stability = 'ga'] = release.split('~');
    if (date > requested.date) continue;
    if ((RANK[stability] ?? 3) < (RANK[requested.stability] ?? 3)) continue;
    if (best === undefined || date >= (best.split('~')[0] ?? '')) best = release;
  }
  return best;
}

/** 'ga' | 'beta' | …: the lifecycle stage of a served release. */
export function stageOf(release: string): string {
  return release.split('~')[1] ?? 'ga';
}
