// Runs the bundled action (dist/action.js) as a process exactly as the GitHub runner does:
// inputs as INPUT_* variables, the event as a JSON file at GITHUB_EVENT_PATH, outputs and the
// job summary through the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files. Snyk is the emulator
// (seeded from examples/multi-team/snyk-state.json), GitHub is the local fake.
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type FakeGitHub, startFakeGitHub } from '../../src/action/testing/fake-github.test-helpers.ts';
import type { Emulator, EmulatorState } from '../../src/emulator/index.ts';
import { startEmulator } from '../../src/emulator/index.ts';
import { realityFromEnv } from '../support/emulator-fixture.test-helpers.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ACTION_PATH = join(REPO_ROOT, 'dist/action.js');
export const EXAMPLE_DIR = join(REPO_ROOT, 'examples/multi-team');

export const REPOSITORY = 'acme/snyk-config';
export const SNYK_TOKEN = 'sgdemo-7f3c9a1e5b2d4c6f';
export const GITHUB_TOKEN = 'ghs_fakeGitHubToken0123456789abcdef';
export const HEAD_SHA = 'a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1';
export const MERGE_SHA = 'b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2';
export const PR_NUMBER = 7;

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Outputs parsed from the GITHUB_OUTPUT file (heredoc form). */
  outputs: Record<string, string>;
  /** Raw GITHUB_OUTPUT file content. */
  outputFile: string;
  summary: string;
  /** Every body in the fake GitHub after the run (comments, issue bodies and titles). */
  posted: string[];
}

export interface RunOptions {
  event: 'pull_request' | 'pull_request_target' | 'push' | 'schedule' | 'workflow_dispatch';
  payload: unknown;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** Cancels the job as the runner does (SIGINT to the process) once this resolves. */
  cancelWhen?: () => Promise<unknown>;
}

export interface Harness {
  emulator: Emulator;
  github: FakeGitHub;
  workspace: string;
  dir: string;
  runAction(options: RunOptions): Promise<ActionRun>;
  /** Every body ever seen in the fake GitHub, collected after each run (edits included). */
  allPosted: string[];
  close(): Promise<void>;
}

export async function readExampleState(): Promise<EmulatorState> {
  return JSON.parse(await readFile(join(EXAMPLE_DIR, 'snyk-state.json'), 'utf8')) as EmulatorState;
}

/** `name<<DELIM\nvalue\nDELIM` entries of a GITHUB_OUTPUT file. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m) continue;
    const [, name = '', delimiter] = m;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
    outputs[name] = value.join('\n');
  }
  return outputs;
}

function postedBodies(github: FakeGitHub): string[] {
  const bodies: string[] = [];
  for (const issue of github.issues.values()) {
    bodies.push(issue.title, issue.body, ...issue.comments.map((c) => c.body));
  }
  return bodies.filter((b) => b.length > 0);
}

function spawnAction(env: Record<string, string>, cwd: string, cancelWhen?: () => Promise<unknown>) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [ACTION_PATH], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    void cancelWhen?.().then(() => child.kill('SIGINT'));
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr });
    });
  });
}

export interface HarnessOptions {
  state?: EmulatorState;
  /** Directory whose *.yaml files become the workspace (default examples/multi-team). */
  configDir?: string;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dir = await mkdtemp(join(tmpdir(), 'snyk-gitops-action-'));
  const workspace = join(dir, 'workspace');
  const runnerTemp = join(dir, 'runner-temp');
  const source = options.configDir ?? EXAMPLE_DIR;
  await cp(source, workspace, {
    recursive: true,
    filter: (src) => !src.endsWith('.json'),
  });
  await mkdir(runnerTemp);
  // $SNYK_EMULATOR_REALITY reruns the action's tests against reality mode too.
  const reality = realityFromEnv();
  const emulator = await startEmulator({
    state: options.state ?? (await readExampleState()),
    rateLimit: false,
    ...(reality === undefined ? {} : { reality }),
  });
  const github = await startFakeGitHub({ repository: REPOSITORY, token: GITHUB_TOKEN });
  const allPosted: string[] = [];
  let runs = 0;

  async function runAction(run: RunOptions): Promise<ActionRun> {
    runs++;
    const eventPath = join(dir, `event-${runs}.json`);
    const outputPath = join(dir, `output-${runs}.txt`);
    const summaryPath = join(dir, `summary-${runs}.md`);
    await writeFile(eventPath, JSON.stringify(run.payload), 'utf8');
    await writeFile(outputPath, '', 'utf8');
    await writeFile(summaryPath, '', 'utf8');
    const inputs: Record<string, string> = {
      config: '.',
      mode: 'auto',
      'snyk-token': SNYK_TOKEN,
      'snyk-api-url': emulator.url,
      'github-token': GITHUB_TOKEN,
      'mask-emails': 'false',
      'require-reviewed-plan': 'false',
      'allow-mass-delete': 'false',
      'drift-issue-label': 'snyk-drift',
      ...run.inputs,
    };
    const pullRequest = run.event.startsWith('pull_request');
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? dir,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_EVENT_NAME: run.event,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: REPOSITORY,
      GITHUB_API_URL: github.url,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_RUN_ID: String(1000 + runs),
      GITHUB_SHA: pullRequest ? MERGE_SHA.replace(/b/g, 'c') : MERGE_SHA,
      GITHUB_REF: pullRequest ? `refs/pull/${PR_NUMBER}/merge` : 'refs/heads/main',
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: runnerTemp,
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      ...run.env,
    };
    // The runner passes every declared input, defaults included, with hyphens kept.
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
    const result = await spawnAction(env, workspace, run.cancelWhen);
    const outputFile = await readFile(outputPath, 'utf8');
    const posted = postedBodies(github);
    allPosted.push(...posted);
    return {
      ...result,
      outputs: parseOutputFile(outputFile),
      outputFile,
      summary: await readFile(summaryPath, 'utf8'),
      posted,
    };
  }

  return {
    emulator,
    github,
    workspace,
    dir,
    runAction,
    allPosted,
    async close() {
      await emulator.close();
      await github.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A pull request event; `headRepo: null` is how GitHub sends a PR whose fork was deleted. */
export function pullRequestPayload(
  options: { headRepo?: string | null; number?: number; headSha?: string } = {},
) {
  const repo = options.headRepo === null ? null : { full_name: options.headRepo ?? REPOSITORY };
  return {
    action: 'synchronize',
    number: options.number ?? PR_NUMBER,
    pull_request: {
      number: options.number ?? PR_NUMBER,
      head: { sha: options.headSha ?? HEAD_SHA, ref: 'feature', repo },
      base: { ref: 'main', repo: { full_name: REPOSITORY } },
    },
    repository: { full_name: REPOSITORY, default_branch: 'main', private: false },
  };
}

export function pushPayload(ref = 'refs/heads/main', sha = MERGE_SHA) {
  return {
    ref,
    after: sha,
    repository: { full_name: REPOSITORY, default_branch: 'main' },
  };
}

export function schedulePayload() {
  return { schedule: '17 3 * * *', repository: { full_name: REPOSITORY, default_branch: 'main' } };
}

/** Links the merge commit to PR #7 (merged), as GitHub's commits/{sha}/pulls answers. */
export function linkMergedPullRequest(github: FakeGitHub): void {
  if (!github.issues.has(PR_NUMBER)) github.addPullRequest(PR_NUMBER);
  github.commitPulls.set(MERGE_SHA, [
    { number: PR_NUMBER, head: { sha: HEAD_SHA }, base: { ref: 'main' }, merged_at: '2026-01-01T00:00:00Z' },
  ]);
}

/** Requests that changed Snyk (anything but reads) in the emulator's log. */
export function snykWrites(emulator: Emulator) {
  return emulator.requests().filter((r) => r.api !== 'control' && r.method !== 'GET');
}

/** The run's stdout without the `::add-mask::` lines (the runner's protocol needs the secret there). */
export function logWithoutMasks(stdout: string): string {
  return stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}
