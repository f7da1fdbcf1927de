// How an import job of the emulator ends: as the state's `repositories` say the repository is
// (a repository not listed holds one package.json), creating the target if the org lacks it and
// a project for each manifest that imports. A job that is not `complete` creates nothing.
import type { HandlerContext } from './request.ts';
import type { EmuImportJob, EmuIntegration, EmuOrg, EmuTarget } from './state-types.ts';

const DEFAULT_MANIFESTS = ['package.json'];

function targetFor(
  ctx: HandlerContext,
  org: EmuOrg,
  integration: EmuIntegration,
  job: EmuImportJob,
): EmuTarget {
  const displayName = `${job.target.owner}/${job.target.name}`;
  const found = (org.targets ?? []).find(
    (t) =>
      t.integrationType === integration.type && t.displayName.toLowerCase() === displayName.toLowerCase(),
  );
  if (found !== undefined) return found;
  const created: EmuTarget = {
    id: ctx.newId(),
    displayName,
    integrationId: integration.id,
    integrationType: integration.type,
    url: `https://github.com/${displayName}`,
    isPrivate: true,
    createdAt: ctx.now.toISOString(),
  };
  org.targets = [...(org.targets ?? []), created];
  return created;
}

export function finishJob(
  ctx: HandlerContext,
  org: EmuOrg,
  integration: EmuIntegration,
  job: EmuImportJob,
): void {
  const repo = ctx.state.repositories?.[`${job.target.owner}/${job.target.name}`.toLowerCase()];
  if (repo?.outcome !== undefined) {
    job.status = repo.outcome;
    return;
  }
  const manifests = job.files.length > 0 ? job.files : (repo?.manifests ?? DEFAULT_MANIFESTS);
  const failing = new Set(repo?.failing ?? []);
  job.status = 'complete';
  if (manifests.length === 0) return;
  const target = targetFor(ctx, org, integration, job);
  job.projects = manifests.map((file) => {
    if (failing.has(file)) return { targetFile: file, success: false };
    const id = ctx.newId();
    org.projects = [
      ...(org.projects ?? []),
      {
        id,
        name: `${target.displayName}:${file}`,
        type: file.endsWith('pom.xml') ? 'maven' : 'npm',
        origin: integration.type,
        targetFile: file,
        targetReference: job.target.branch,
        targetId: target.id,
        createdAt: ctx.now.toISOString(),
        status: 'active',
        tags: [],
      },
    ];
    return { targetFile: file, success: true, projectId: id };
  });
}
