// Builders for run() tests: a scripted Engine, plans of any size, a runner workspace (event
// payload, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files) in a temporary directory, and the
// world of one run() test around them (the fake GitHub, the engine, the captured log).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import { orgMemberAddress } from '../core/addresses.ts';
import { desiredState } from '../core/builders.test-helpers.ts';
import type { Change, Plan } from '../core/types.ts';
import type {
  ApplyOverrides,
  ApplyResult,
  DriftResult,
  Engine,
  PlanRequest,
  PlanResult,
  ValidateResult,
} from './engine.ts';
import { createGitHubApi, type GitHubApi } from './github.ts';
import { run } from './run.ts';
import {
  type FakeGitHub,
  type FakeGitHubOptions,
  startFakeGitHub,
} from './testing/fake-github.test-helpers.ts';

export function membershipChange(email: string, role = 'Org Collaborator', org = 'payments'): Change {
  return {
    action: 'create',
    kind: 'org_membership',
    address: orgMemberAddress(org, email),
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

/** An apply's result: nothing applied, nothing failed, unless `fields` say otherwise. */
export function applyOutcome(fields: Partial<ApplyResult> = {}): ApplyResult {
  return { ok: true, applied: 0, failed: 0, skipped: 0, text: '', markdown: '', ...fields };
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
  planRequests: PlanRequest[] = [];
  async plan(paths: string[], request: PlanRequest = {}): Promise<PlanResult> {
    this.calls.push(`plan ${paths.join(' ')}`);
    this.planRequests.push(request);
    return this.planResult;
  }
  expiryResult: ApplyResult & { expired: number } = { ...applyOutcome(), expired: 0 };
  async apply(plan: Plan, options: ApplyOverrides): Promise<ApplyResult> {
    this.calls.push(
      `apply allowMassDelete=${options.allowMassDelete}${options.allowLockout ? ' allowLockout=true' : ''}`,
    );
    this.applied.push(plan);
    return (
      this.applyResult ??
      applyOutcome({
        applied: plan.changes.length,
        text: `applied ${plan.changes.length}`,
        markdown: plan.changes.map((c) => `- ✅ ${c.address}`).join('\n'),
      })
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

export const REPO = 'acme/snyk-config';
export const HEAD = 'a'.repeat(40);
export const MERGE = 'b'.repeat(40);
const GITHUB_TOKEN = 'ghs_secret';

/**
 * The world of a run() test: a fake GitHub for REPO, the runner's files, a scripted engine and
 * the log run() writes, started anew before each test (see useActionWorkspace).
 */
export class ActionWorkspace {
  github!: FakeGitHub;
  files!: RunnerFiles;
  engine!: ScriptedEngine;
  stdout = '';

  constructor(private readonly options: FakeGitHubOptions = {}) {}

  async start(options: FakeGitHubOptions = {}): Promise<void> {
    this.github = await startFakeGitHub({
      repository: REPO,
      token: GITHUB_TOKEN,
      ...this.options,
      ...options,
    });
    this.files = await createRunnerFiles(this.github.url, REPO);
    this.engine = new ScriptedEngine();
    this.stdout = '';
  }

  /** Fails the test on any request the fake GitHub does not know. */
  async stop(): Promise<void> {
    await rm(this.files.dir, { recursive: true, force: true });
    expect(this.github.unexpected).toEqual([]);
    await this.github.close();
  }

  /** The action's GitHub client against the fake, as `commentAuthor` when given. */
  api(commentAuthor?: string): GitHubApi {
    return createGitHubApi({
      repository: REPO,
      baseUrl: this.github.url,
      token: GITHUB_TOKEN,
      throttle: false,
      ...(commentAuthor === undefined ? {} : { commentAuthor }),
    });
  }

  run(env: Record<string, string>): Promise<number> {
    return run(env, {
      engine: this.engine,
      github: this.api(),
      stdout: { write: (text: string) => (this.stdout += text) },
    });
  }

  /** The environment of a pull_request run of PR #7 (from `headRepo`: a fork when not REPO). */
  pullRequestEnv(extra: Record<string, string> = {}, headRepo = REPO) {
    return this.files.env(
      'pull_request',
      {
        pull_request: {
          number: 7,
          head: { sha: HEAD, repo: { full_name: headRepo } },
          base: { repo: { full_name: REPO } },
        },
        repository: { full_name: REPO, default_branch: 'main' },
      },
      { GITHUB_REF: 'refs/pull/7/merge', GITHUB_SHA: MERGE, ...extra },
    );
  }

  /** The environment of a push of MERGE to the default branch. */
  pushEnv(extra: Record<string, string> = {}) {
    return this.files.env(
      'push',
      { after: MERGE, repository: { full_name: REPO, default_branch: 'main' } },
      { GITHUB_REF: 'refs/heads/main', GITHUB_SHA: MERGE, ...extra },
    );
  }

  /** Makes MERGE the merge commit of PR #7, merged at `headSha`. */
  mergedPullRequest(headSha = HEAD): void {
    this.github.commitPulls.set(MERGE, [
      { number: 7, head: { sha: headSha }, base: { ref: 'main' }, merged_at: '2025-01-01T00:00:00Z' },
    ]);
  }

  /** The comment bodies of issue or PR `number`. */
  bodies(number: number): string[] {
    return this.github.issues.get(number)?.comments.map((c) => c.body) ?? [];
  }
}

/** An ActionWorkspace started before and stopped after each test of the enclosing suite. */
export function useActionWorkspace(options: FakeGitHubOptions = {}): ActionWorkspace {
  const workspace = new ActionWorkspace(options);
  beforeEach(() => workspace.start());
  afterEach(() => workspace.stop());
  return workspace;
}
