// v1 repository imports, from the spec (`POST /org/{orgId}/integrations/{integrationId}/import`,
// `GET …/import/{jobId}`; schemas GithubAndGithubEnterpriseImportRequest, Getimportjobdetailsresponse):
// a 201 with the job in `Location` and no body; the job answers `pending` for the state's
// `importPendingPolls` reads, then ends as the repository's contents say (import-jobs.ts).
// Reality mode: the Location's host and prefix vary (§17), the github integration refuses
// service-account and OAuth tokens (§18), project logs carry only `projectUrl` (§19), an
// empty or absent branch is the default one (§20).
import { finishJob } from '../import-jobs.ts';
import type { EmuResponse, HandlerContext } from '../request.ts';
import type { EmuImportJob } from '../state-types.ts';
import { bodyOf, json, requireV1Org, v1Fail } from './common.ts';
import { requireIntegration } from './integrations.ts';

/** Where the real API's Location headers point (REALITY.md §17): not the host the request went to. */
const REAL_LOCATION_BASES = ['https://api.snyk.io/v1', 'https://snyk.io/api/v1'];

/**
 * The spec requires `owner`, `name` and `branch`; in reality mode (§20) an empty or absent
 * branch means the repository's default one.
 */
function readTarget(ctx: HandlerContext, body: Record<string, unknown>): EmuImportJob['target'] {
  const target = body.target;
  if (target === null || typeof target !== 'object' || Array.isArray(target))
    throw v1Fail(400, 'target is required: { owner, name, branch }');
  const { owner, name, branch } = target as Record<string, unknown>;
  const defaulted =
    ctx.reality.importBranchOptional && (branch === undefined || branch === '')
      ? (ctx.state.repositories?.[`${String(owner)}/${String(name)}`.toLowerCase()]?.defaultBranch ?? 'main')
      : branch;
  for (const [key, value] of Object.entries({ owner, name, branch: defaulted }))
    if (typeof value !== 'string' || value === '') throw v1Fail(400, `target.${key} is required (a string)`);
  return { owner: owner as string, name: name as string, branch: defaulted as string };
}

function readFiles(body: Record<string, unknown>): string[] {
  if (body.files === undefined) return [];
  if (!Array.isArray(body.files)) throw v1Fail(400, 'files must be an array of { path }');
  return body.files.map((f) => {
    const path = (f as { path?: unknown } | null)?.path;
    if (typeof path !== 'string' || path === '') throw v1Fail(400, 'each file is { path } with a path');
    return path;
  });
}

export function importTargets(ctx: HandlerContext, apiUrl: string): EmuResponse {
  const { org } = requireV1Org(ctx);
  const integration = requireIntegration(ctx);
  if (
    ctx.reality.githubImportPersonalOnly &&
    integration.type === 'github' &&
    (ctx.token.kind ?? 'personal') !== 'personal'
  )
    throw v1Fail(401, 'Importing through the GitHub integration requires a personal API token');
  const body = bodyOf(ctx);
  const job: EmuImportJob = {
    id: ctx.newId(),
    integrationId: integration.id,
    created: ctx.now.toISOString(),
    status: 'pending',
    pendingPolls: ctx.state.importPendingPolls ?? 1,
    target: readTarget(ctx, body),
    files: readFiles(body),
    projects: [],
  };
  org.importJobs = [...(org.importJobs ?? []), job];
  const path = `/org/${org.id}/integrations/${integration.id}/import/${job.id}`;
  const jobs = org.importJobs.length;
  const base = ctx.reality.importLocationForms
    ? REAL_LOCATION_BASES[jobs % REAL_LOCATION_BASES.length]!
    : apiUrl;
  return { status: 201, headers: { location: `${base}${path}` } };
}

export function getImportJob(ctx: HandlerContext): EmuResponse {
  const { org } = requireV1Org(ctx);
  const integration = requireIntegration(ctx);
  const id = ctx.params.jobId ?? '';
  const job = (org.importJobs ?? []).find((j) => j.id === id && j.integrationId === integration.id);
  if (job === undefined) throw v1Fail(404, `Import job ${id} not found`);
  if (job.status === 'pending') {
    if (job.pendingPolls > 0) job.pendingPolls -= 1;
    else finishJob(ctx, org, integration, job);
  }
  const projects = job.projects.map((p) => {
    const projectUrl =
      p.projectId === undefined ? undefined : `https://app.snyk.io/org/${org.slug}/project/${p.projectId}`;
    return ctx.reality.importLogsProjectUrl
      ? { targetFile: p.targetFile, success: p.success, ...(projectUrl ? { projectUrl } : {}) }
      : {
          targetFile: p.targetFile,
          success: p.success,
          ...(p.projectId ? { projectId: p.projectId, projectUrl } : {}),
        };
  });
  const name = `${job.target.owner}/${job.target.name}`;
  return json({
    id: job.id,
    status: job.status,
    created: job.created,
    logs: [{ name, created: job.created, status: job.status, projects }],
  });
}
