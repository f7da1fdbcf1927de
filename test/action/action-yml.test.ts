// action.yml is the action's public interface: it must declare exactly the inputs the code
// reads (with the defaults the code falls back to), the outputs it writes, and run the bundle.
// The example workflows must only use what it declares.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readInputs } from '../../src/action/inputs.ts';
import { REPO_ROOT } from './harness.test-helpers.ts';

interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const actionYml = parse(await readFile(join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionYml;

async function actionSources(): Promise<string> {
  const dir = join(REPO_ROOT, 'src/action');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.ts') && !f.includes('.test'));
  const texts = await Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')));
  return texts.join('\n');
}

function matches(text: string, pattern: RegExp): Set<string> {
  return new Set([...text.matchAll(pattern)].map((m) => m[1] ?? ''));
}

describe('action.yml', () => {
  it('declares exactly the inputs src/action/inputs.ts reads, each with a description', async () => {
    const source = await readFile(join(REPO_ROOT, 'src/action/inputs.ts'), 'utf8');
    const read = matches(source, /get(?:Boolean)?Input\(env, '([a-z-]+)'/g);
    expect(read.size).toBeGreaterThanOrEqual(9);
    expect(new Set(Object.keys(actionYml.inputs))).toEqual(read);
    for (const [name, input] of Object.entries(actionYml.inputs)) {
      expect(input.description.trim().length, name).toBeGreaterThan(20);
      expect(input.required ?? false, name).toBe(false);
    }
  });

  it('documents the defaults the code falls back to', () => {
    // The runner passes every default as INPUT_*; the result must equal reading no input at all.
    const env: Record<string, string> = {};
    for (const [name, input] of Object.entries(actionYml.inputs)) {
      if (input.default === undefined || input.default.includes('${{')) continue;
      env[`INPUT_${name.toUpperCase()}`] = input.default;
    }
    expect(readInputs(env)).toEqual(readInputs({}));
    expect(actionYml.inputs.mode?.default).toBe('auto');
    expect(actionYml.inputs['github-token']?.default).toBe(['$', '{{ github.token }}'].join(''));
    expect(actionYml.inputs['snyk-token']?.default ?? '').toBe('');
  });

  it('declares exactly the outputs the action writes', async () => {
    const written = matches(await actionSources(), /setOutput\('([a-z-]+)'/g);
    expect(new Set(Object.keys(actionYml.outputs))).toEqual(written);
    expect(written).toEqual(new Set(['has-changes', 'summary', 'plan-path']));
  });

  it('runs the committed bundle on node24', () => {
    expect(actionYml.runs).toEqual({ using: 'node24', main: 'dist/action.js' });
    expect(existsSync(join(REPO_ROOT, 'dist/action.js'))).toBe(true);
  });
});

interface Step {
  id?: string;
  if?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Concurrency {
  group?: string;
  'cancel-in-progress'?: boolean;
}
interface Job {
  if?: string;
  environment?: string;
  concurrency?: Concurrency;
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: Concurrency;
  jobs: Record<string, Job>;
}

/** Each step that runs this action, with the job it is in. */
function actionSteps(workflow: Workflow): { job: Job; step: Step }[] {
  return Object.values(workflow.jobs).flatMap((job) =>
    job.steps
      .filter((step) => step.uses !== undefined && /(^\.\/?$|\/snyk-gitops@)/.test(step.uses))
      .map((step) => ({ job, step })),
  );
}

describe('the example workflows', async () => {
  const dir = join(REPO_ROOT, 'examples/workflows');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.yml'));
  const read = async (file: string) => parse(await readFile(join(dir, file), 'utf8')) as Workflow;

  it('exist for PR plan, apply on merge and nightly drift', () => {
    expect(files.sort()).toEqual(['snyk-gitops-apply.yml', 'snyk-gitops-drift.yml', 'snyk-gitops-plan.yml']);
  });

  it.each(files)('%s uses the action with declared inputs and outputs only', async (file) => {
    const text = await readFile(join(dir, file), 'utf8');
    const ours = actionSteps(parse(text) as Workflow).map(({ step }) => step);
    expect(ours.length).toBeGreaterThan(0);
    for (const step of ours) {
      // A usable reference (owner/repo@ref or ./), not a placeholder such as <owner>, and a
      // comment on that line saying which repository it means.
      expect(step.uses).toMatch(/^(\.\/?|[A-Za-z0-9-]+\/snyk-gitops@v\d+)$/);
      const line = text.split('\n').find((l) => l.includes(`uses: ${step.uses}`)) ?? '';
      expect(line).toMatch(/ # .*repository/);
      for (const key of Object.keys(step.with ?? {})) expect(Object.keys(actionYml.inputs)).toContain(key);
    }
    for (const [, output] of text.matchAll(/steps\.snyk\.outputs\.([a-z-]+)/g)) {
      expect(Object.keys(actionYml.outputs)).toContain(output);
    }
  });

  it('mask emails on public repositories in every workflow, the same way in plan and apply', async () => {
    const masking: Record<string, unknown> = {};
    for (const file of files) {
      for (const { step } of actionSteps(await read(file))) {
        masking[file] = step.with?.['mask-emails'];
        expect(String(masking[file]), file).toMatch(/github\.event\.repository\.private/);
      }
    }
    // The reviewed plan's change list is compared as posted: both sides must mask alike.
    expect(masking['snyk-gitops-apply.yml']).toBe(masking['snyk-gitops-plan.yml']);
  });

  it('never overlaps or cancels applies, and records the applied commit', async () => {
    const workflow = await read('snyk-gitops-apply.yml');
    expect(workflow.concurrency?.group).toBeTruthy();
    expect(workflow.concurrency?.['cancel-in-progress']).toBe(false);
    expect(workflow.permissions?.statuses).toBe('write');
  });

  it('upload the plan artifact even when the check fails', async () => {
    for (const file of ['snyk-gitops-plan.yml', 'snyk-gitops-apply.yml']) {
      const upload = Object.values((await read(file)).jobs)
        .flatMap((job) => job.steps)
        .find((step) => step.uses?.startsWith('actions/upload-artifact@'));
      // Without always() (or failure()), a step after a failed one is skipped.
      expect(upload?.if, file).toMatch(/\b(always|failure)\(\)/);
      expect(upload?.if, file).toContain('steps.snyk.outputs.plan-path');
    }
  });

  it('run every write to Snyk (apply, expired access) in the apply concurrency group, with the admin token', async () => {
    const apply = await read('snyk-gitops-apply.yml');
    const group = apply.concurrency?.group;
    for (const file of files) {
      const workflow = await read(file);
      const scheduled = 'schedule' in (workflow.on ?? {});
      for (const { job, step } of actionSteps(workflow)) {
        const mode = String(step.with?.mode ?? 'auto');
        const writes =
          mode === 'apply' ||
          mode === 'expire' ||
          (file === 'snyk-gitops-apply.yml' && mode === 'auto') ||
          (scheduled &&
            ['auto', 'drift'].includes(mode) &&
            String(step.with?.['enforce-expiry']) !== 'false');
        const concurrency = job.concurrency ?? workflow.concurrency;
        if (writes) {
          expect(concurrency?.group, `${file}: ${mode}`).toBe(group);
          expect(concurrency?.['cancel-in-progress'], file).toBe(false);
          expect(job.environment, file).toBeTruthy();
          expect(step.with?.['snyk-token'], file).toMatch(/secrets\.SNYK_TOKEN\b/);
        } else {
          // Plans and drift reports read only: the read-only token, no protected environment.
          expect(job.environment, `${file}: ${mode}`).toBeUndefined();
          expect(step.with?.['snyk-token'], file).toMatch(/secrets\.SNYK_READONLY_TOKEN\b/);
        }
      }
    }
  });
});
