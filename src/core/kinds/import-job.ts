// One repository import carried out: the v1 import, then its job polled until it is no longer
// `pending` (REALITY.md §19: `complete`, `failed` and `aborted` are final). The wait is bounded
// (real clients give an import 10 to 15 minutes) and each poll is reported as progress. The
// outcome names the projects created and the manifests that failed (docs/configuration.md#repositories-imported-into-an-org).
import type { Address } from '../addresses.ts';
import { PERSONAL_TOKEN_INTEGRATION } from '../desired-imports.ts';
import type { ImportedProject, ImportJob } from '../port/snyk-shapes.ts';
import { type ApplyEnv, ApplyError, type Outcome, statusOf } from './apply-support.ts';

/** Seconds between polls: quick at first (small repositories finish in seconds), then every 15 s. */
const POLL_DELAYS_S = [1, 2, 4, 8, 15];
/** The longest an import is waited for: 15 minutes, as Snyk's own tools wait. */
export const MAX_IMPORT_WAIT_S = 15 * 60;

export interface ImportTarget {
  orgId: string;
  integrationId: string;
  integrationType: string;
  owner: string;
  name: string;
  branch: string;
  files: string[];
}

/** The delay before poll `n` (0-based), in seconds. */
export function pollDelay(n: number): number {
  return POLL_DELAYS_S[Math.min(n, POLL_DELAYS_S.length - 1)]!;
}

/** How many polls fit in the bound. */
export function maxPolls(): number {
  let total = 0;
  let n = 0;
  while (total + pollDelay(n) <= MAX_IMPORT_WAIT_S) total += pollDelay(n++);
  return n;
}

/** Projects by the names Snyk gives them: `owner/name:manifest`. */
function describeProjects(repo: string, projects: ImportedProject[]): { created: string; failed: string[] } {
  const named = (p: ImportedProject) => `${repo}:${p.targetFile || '(repository)'}`;
  const ok = projects.filter((p) => p.success).map(named);
  const failed = projects.filter((p) => !p.success).map(named);
  return {
    created: ok.length === 0 ? 'no projects' : `${ok.length === 1 ? 'project' : 'projects'} ${ok.join(', ')}`,
    failed,
  };
}

function outcomeOf(address: Address, repo: string, job: ImportJob): Outcome {
  const { created, failed } = describeProjects(repo, job.projects);
  if (job.status !== 'complete')
    throw new ApplyError(
      `${address}: the import job ${job.id} ended '${job.status}'${failed.length > 0 ? ` (failed: ${failed.join(', ')})` : ''}; created ${created}`,
    );
  if (failed.length > 0)
    throw new ApplyError(`${address}: imported ${created}, but these failed: ${failed.join(', ')}`);
  const none = job.projects.length === 0 ? ' (Snyk found no manifest to monitor in the repository)' : '';
  return { notice: `${address}: imported ${created}${none}` };
}

/** A 401 through the github integration is the token's kind, not the repository (REALITY.md §18). */
function explainRefusal(address: Address, integrationType: string, error: unknown): unknown {
  if (integrationType !== PERSONAL_TOKEN_INTEGRATION || statusOf(error) !== 401) return error;
  return new ApplyError(
    `${address}: Snyk refused the import with 401: imports through the github integration take only a personal token (not a service account's or an OAuth token); use one, or the github-cloud-app integration`,
    'APPLY_FAILED',
    error,
  );
}

export async function runImport(
  address: Address,
  { client, ctx }: ApplyEnv,
  t: ImportTarget,
): Promise<Outcome> {
  let jobId: string;
  try {
    ({ jobId } = await client.importRepository(t.orgId, t.integrationId, {
      owner: t.owner,
      name: t.name,
      branch: t.branch,
      files: t.files,
    }));
  } catch (error) {
    throw explainRefusal(address, t.integrationType, error);
  }
  const polls = maxPolls();
  for (let n = 0; n < polls; n++) {
    await ctx.sleep(pollDelay(n) * 1000);
    const job = await client.getImportJob(t.orgId, t.integrationId, jobId);
    if (job.status !== 'pending') return outcomeOf(address, `${t.owner}/${t.name}`, job);
    ctx.progress?.(`${address}: import job ${jobId} still pending (poll ${n + 1} of at most ${polls})`);
  }
  throw new ApplyError(
    `${address}: the import job ${jobId} was still pending after ${MAX_IMPORT_WAIT_S / 60} minutes; it may still finish in Snyk (plan again later to see)`,
  );
}
