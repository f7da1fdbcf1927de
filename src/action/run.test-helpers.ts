// Builders for run() tests: a scripted Engine, plans of any size, and a runner workspace
// (event payload, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files) in a temporary directory.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { desiredState } from '../core/test-builders.ts';
import type { Change, Plan } from '../core/types.ts';
import type {
  ApplyOverrides,
  ApplyResult,
  DriftResult,
  Engine,
  PlanResult,
  ValidateResult,
} from './engine.ts';

export function membershipChange(email: string, role = 'Org Collaborator', org = 'payments'): Change {
  return {
    action: 'create',
    kind: 'org_membership',
    address: `org[${org}].member[${email}]`,
    before: null,
    after: { role },
    patch: [],
    dependsOn: [],
    target: { orgSlug: org, userId: `user-${email}`, roleId: `role-${role}` },
  };
}

export function buildPlan(changes: Change[]): Plan {
  const summary = { create: 0, update: 0, delete: 0 };
  for (const change of changes) summary[change.action] += 1;
  return {
    formatVersion: 1,
    groupId: '4a18d42f-0706-4ad0-b127-24078731fbed',
    fingerprint: 'sha256:1111111111111111111111111111111111111111111111111111111111111111',
    changes,
    summary,
    warnings: [],
    desired: desiredState({ limits: { maxDeletePercent: 25 } }),
  };
}

/** An Engine whose answers a test sets, recording what it was asked. */
export class ScriptedEngine implements Engine {
  validation: ValidateResult = { ok: true, issues: [], text: 'valid' };
  planResult: PlanResult = { ok: true, plan: buildPlan([]) };
  driftResult: DriftResult = { ok: true, hasDrift: false, unknownParts: 0, markdown: 'in sync', summary: {} };
  applyResult: ApplyResult | undefined;
  calls: string[] = [];
  applied: Plan[] = [];

  async validate(paths: string[]): Promise<ValidateResult> {
    this.calls.push(`validate ${paths.join(' ')}`);
    return this.validation;
  }
  async plan(paths: string[]): Promise<PlanResult> {
    this.calls.push(`plan ${paths.join(' ')}`);
    return this.planResult;
  }
  expiryResult: ApplyResult & { expired: number } = {
    ok: true,
    applied: 0,
    failed: 0,
    skipped: 0,
    text: '',
    markdown: '',
    expired: 0,
  };
  async apply(plan: Plan, options: ApplyOverrides): Promise<ApplyResult> {
    this.calls.push(
      `apply allowMassDelete=${options.allowMassDelete}${options.allowLockout ? ' allowLockout=true' : ''}`,
    );
    this.applied.push(plan);
    return (
      this.applyResult ?? {
        ok: true,
        applied: plan.changes.length,
        failed: 0,
        skipped: 0,
        text: `applied ${plan.changes.length}`,
        markdown: plan.changes.map((c) => `- ✅ ${c.address}`).join('\n'),
      }
    );
  }
  async enforceExpiry(paths: string[], options: ApplyOverrides): Promise<ApplyResult & { expired: number }> {
    this.calls.push(`enforceExpiry ${paths.join(' ')} allowMassDelete=${options.allowMassDelete}`);
    return this.expiryResult;
  }
  async drift(paths: string[]): Promise<DriftResult> {
    this.calls.push(`drift ${paths.join(' ')}`);
    return this.driftResult;
  }
}

export interface RunnerFiles {
  dir: string;
  env(event: string, payload: object, extra?: Record<string, string>): Promise<Record<string, string>>;
  outputs(): Promise<Record<string, string>>;
  summary(): Promise<string>;
}

export async function createRunnerFiles(githubUrl: string, repository: string): Promise<RunnerFiles> {
  const dir = await mkdtemp(join(tmpdir(), 'snyk-gitops-action-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  return {
    dir,
    async env(event, payload, extra = {}) {
      const eventPath = join(dir, `${event}.json`);
      await writeFile(eventPath, JSON.stringify(payload));
      return {
        GITHUB_EVENT_NAME: event,
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_REPOSITORY: repository,
        GITHUB_API_URL: githubUrl,
        GITHUB_SERVER_URL: 'https://github.example',
        GITHUB_RUN_ID: '42',
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        GITHUB_WORKSPACE: dir,
        RUNNER_TEMP: dir,
        'INPUT_SNYK-TOKEN': 'snyk-secret-token',
        'INPUT_GITHUB-TOKEN': 'ghs_secret',
        ...extra,
      };
    },
    async outputs() {
      const text = await readFile(outputFile, 'utf8');
      const result: Record<string, string> = {};
      for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) result[m[1] ?? ''] = m[3] ?? '';
      return result;
    },
    summary: () => readFile(summaryFile, 'utf8'),
  };
}
