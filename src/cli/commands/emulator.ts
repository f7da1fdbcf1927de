// `snyk-gitops emulator`: serves the Snyk API emulator on 127.0.0.1 so a config can be tried
// offline (`--state snapshot.json`), until SIGINT/SIGTERM. Tokens from a state file are never
// printed: they are the user's to know.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isEmulatorState } from '../../emulator/control.ts';
import { generateState } from '../../emulator/generate.ts';
import type { RealityOptions } from '../../emulator/reality/options.ts';
import { parseReality } from '../../emulator/reality/parse.ts';
import { startEmulator } from '../../emulator/server.ts';
import type { EmulatorState } from '../../emulator/state-types.ts';
import { GitopsError, UsageError } from '../../errors.ts';
import type { Command, CommandContext } from '../context.ts';
import { parseCommandArgs } from '../options.ts';

const OPTIONS = {
  state: { type: 'string' },
  port: { type: 'string' },
  'rate-limit': { type: 'string' },
  reality: { type: 'string' },
} as const;

export class EmulatorStateError extends GitopsError {
  constructor(message: string, cause?: unknown) {
    super(message, { code: 'EMULATOR_STATE', cause });
  }
}

async function loadState(path: string): Promise<EmulatorState> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new EmulatorStateError(`cannot read emulator state file '${path}'`, error);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new EmulatorStateError(`emulator state file '${path}' is not valid JSON`, error);
  }
  if (!isEmulatorState(parsed)) {
    throw new EmulatorStateError(
      `emulator state file '${path}' must be an object with arrays tokens, users, tenants and groups`,
    );
  }
  return parsed;
}

function integerOption(raw: string | undefined, name: string, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`--${name} '${raw}' must be an integer from ${min} to ${max}`);
  }
  return n;
}

function realityOption(raw: string | undefined): RealityOptions | undefined {
  if (raw === undefined) return undefined;
  try {
    return parseReality(raw);
  } catch (error) {
    throw new UsageError(`--reality: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Runs the emulator until `until` settles; the exported command waits for SIGINT/SIGTERM. */
export async function runEmulator(
  ctx: CommandContext,
  until: (url: string) => Promise<void>,
): Promise<number> {
  const { values } = parseCommandArgs(ctx.argv, OPTIONS);
  const port = integerOption(values.port, 'port', 0, 65535);
  const perMinute = integerOption(values['rate-limit'], 'rate-limit', 0, 1_000_000);
  const reality = realityOption(values.reality);
  const statePath = values.state === undefined ? undefined : resolve(ctx.cwd, values.state);
  const generated =
    statePath === undefined ? generateState({ orgs: 5, membersPerOrg: [2, 5], seed: 1 }) : undefined;
  const state = generated?.state ?? (await loadState(statePath ?? ''));
  const emulator = await startEmulator({
    state,
    ...(port === undefined ? {} : { port }),
    ...(perMinute === undefined ? {} : { rateLimit: perMinute === 0 ? false : { perMinute } }),
    ...(reality === undefined ? {} : { reality }),
  });
  const switches = Object.keys(emulator.getReality());
  const tokenLine =
    generated === undefined
      ? '  export SNYK_TOKEN=<a token of the state file>   # tokens are defined in the state file'
      : `  export SNYK_TOKEN=${generated.token}   # generated demo state (no --state given)`;
  ctx.io.out(
    [
      `Snyk API emulator listening on ${emulator.url}`,
      `  REST ${emulator.url}/rest   v1 ${emulator.url}/v1   control ${emulator.url}/_emulator`,
      statePath === undefined ? '  state: generated example (5 orgs)' : `  state: ${statePath}`,
      ...(switches.length === 0 ? [] : [`  reality: ${switches.join(', ')}`]),
      'Point snyk-gitops at it:',
      `  export SNYK_API_URL=${emulator.url}`,
      tokenLine,
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  try {
    await until(emulator.url);
  } finally {
    await emulator.close();
  }
  return 0;
}

export const emulatorCommand: Command = (ctx) =>
  runEmulator(
    ctx,
    () =>
      new Promise<void>((done) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          done();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      }),
  );
