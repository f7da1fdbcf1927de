// The runner's side of the protocol: outputs go to the GITHUB_OUTPUT file, the job summary to
// GITHUB_STEP_SUMMARY, commands and log lines to stdout. Outside a runner (no such files) the
// outputs and the summary are printed instead, so a local run still shows its result.
import { randomUUID } from 'node:crypto';
import { appendFile } from 'node:fs/promises';
import { inertLines } from '../util/inert-text.ts';
import { type Annotation, formatAnnotation, formatMask, formatOutput } from './workflow-commands.ts';

export interface Runner {
  setOutput(name: string, value: string): Promise<void>;
  appendSummary(markdown: string): Promise<void>;
  annotate(annotation: Annotation): void;
  addMask(secret: string): void;
  log(line: string): void;
}

export interface RunnerOptions {
  env: Readonly<Record<string, string | undefined>>;
  stdout: { write(text: string): unknown };
}

export function createRunner({ env, stdout }: RunnerOptions): Runner {
  const outputFile = env.GITHUB_OUTPUT;
  const summaryFile = env.GITHUB_STEP_SUMMARY;
  return {
    async setOutput(name, value) {
      if (!outputFile) {
        stdout.write(`${inertLines(`output ${name}=${value}`)}\n`);
        return;
      }
      await appendFile(outputFile, formatOutput(name, value, `ghadelimiter_${randomUUID()}`), 'utf8');
    },
    async appendSummary(markdown) {
      if (!summaryFile) {
        stdout.write(`${inertLines(markdown)}\n`);
        return;
      }
      await appendFile(summaryFile, `${markdown}\n`, 'utf8');
    },
    annotate(annotation) {
      stdout.write(formatAnnotation(annotation));
    },
    addMask(secret) {
      stdout.write(formatMask(secret));
    },
    log(line) {
      // Log lines quote data (addresses, Snyk's errors): no control character, and no line the
      // runner would obey as a workflow command (`::add-mask::`, `::stop-commands::`, `##[`).
      stdout.write(`${inertLines(line)}\n`);
    },
  };
}
