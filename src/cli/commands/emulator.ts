// `snyk-gitops emulator`: serves the Snyk API emulator on 127.0.0.1 so a config can be tried
// offline, until SIGINT/SIGTERM: a state file (`--state`) or a generated account of the size
// asked for (`--orgs`, `--members`, `--projects`); `--save` keeps the state for next time.
// Tokens from a state file are never printed: they are the user's to know.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isEmulatorState } from '../../emulator/control.ts';
import { generateState } from '../../emulator/generate.ts';
import type { RealityOptions } from '../../emulator/reality/options.ts';
import { parseReality } from '../../emulator/reality/parse.ts';
import { startEmulator } from '../../emulator/server.ts';
import type { EmulatorState } from '../../emulator/state-types.ts';
import type { Emulator } from '../../emulator/types.ts';
import { GitopsError, UsageError } from '../../errors.ts';
import { EMULATOR_OPTIONS } from '../command-options.ts';
import type { Command, CommandContext } from '../context.ts';
import { parseCommandArgs } from '../options.ts';

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

/** Writes the state where `--save` says; a path that cannot be written is the user's error. */
async function saveState(path: string, emulator: Emulator): Promise<void> {
  try {
    await writeFile(path, `${JSON.stringify(emulator.getState(), null, 2)}\n`);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new EmulatorStateError(`--save: cannot write the emulator state to '${path}' (${reason})`, error);
  }
}

function integerOption(raw: string | undefined, name: string, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`--${name} '${raw}' must be an integer from ${min} to ${max}`);
  }
  return n;
}

/** `--members N` or `--members MIN-MAX`. */
function membersOption(raw: string | undefined): [number, number] {
  if (raw === undefined) return [2, 5];
  const [low, high = low] = raw.split('-');
  const min = integerOption(low, 'members', 0, 1000)!;
  const max = integerOption(high, 'members', 0, 1000)!;
  if (max < min) throw new UsageError(`--members '${raw}': the maximum is below the minimum`);
  return [min, max];
}

function realityOption(raw: string | undefined): RealityOptions | undefined {
  if (raw === undefined) return undefined;
  try {
    return parseReality(raw);
  } catch (error) {
    throw new UsageError(`--reality: ${error instanceof Error ? error.message : String(error)}`);
  }
}

type EmulatorValues = ReturnType<typeof parseCommandArgs<typeof EMULATOR_OPTIONS>>['values'];

/** The state to serve: the file given, or an account generated to the size asked for. */
async function stateOf(ctx: CommandContext, values: EmulatorValues) {
  if (values.state !== undefined) {
    const sized = (['orgs', 'members', 'projects'] as const).find((name) => values[name] !== undefined);
    if (sized !== undefined)
      throw new UsageError(`--${sized} sizes a generated account: it takes no --state`);
    const path = resolve(ctx.cwd, values.state);
    return { state: await loadState(path), origin: path, token: undefined };
  }
  const orgs = integerOption(values.orgs, 'orgs', 1, 20_000) ?? 5;
  const membersPerOrg = membersOption(values.members);
  const projectsPerOrg = integerOption(values.projects, 'projects', 0, 1000) ?? 0;
  const generated = generateState({ orgs, membersPerOrg, projectsPerOrg, seed: 1 });
  const size = `${orgs} orgs, ${membersPerOrg.join(' to ')} members and ${projectsPerOrg} projects each`;
  return { state: generated.state, origin: `generated account (${size})`, token: generated.token };
}

/** Runs the emulator until `until` settles; the exported command waits for SIGINT/SIGTERM. */
export async function runEmulator(
  ctx: CommandContext,
  until: (url: string) => Promise<void>,
): Promise<number> {
  const { values } = parseCommandArgs(ctx.argv, EMULATOR_OPTIONS);
  const port = integerOption(values.port, 'port', 0, 65535);
  const perMinute = integerOption(values['rate-limit'], 'rate-limit', 0, 1_000_000);
  const reality = realityOption(values.reality);
  const savePath = values.save === undefined ? undefined : resolve(ctx.cwd, values.save);
  const { state, origin, token } = await stateOf(ctx, values);
  const emulator = await startEmulator({
    state,
    ...(port === undefined ? {} : { port }),
    ...(perMinute === undefined ? {} : { rateLimit: perMinute === 0 ? false : { perMinute } }),
    ...(reality === undefined ? {} : { reality }),
  });
  try {
    // Written once at start too: a path that cannot be written fails now, not after the session.
    if (savePath !== undefined) await saveState(savePath, emulator);
    ctx.io.out(bannerOf(emulator, state, { origin, token, savePath }));
    await until(emulator.url);
    if (savePath !== undefined) {
      await saveState(savePath, emulator);
      ctx.io.err(`Saved the emulator state to ${savePath}; serve it again with --state ${savePath}\n`);
    }
  } finally {
    await emulator.close();
  }
  return 0;
}

function bannerOf(
  emulator: Emulator,
  state: EmulatorState,
  info: { origin: string; token: string | undefined; savePath: string | undefined },
): string {
  const switches = Object.keys(emulator.getReality());
  const firstGroup = state.groups[0];
  return [
    `Snyk API emulator listening on ${emulator.url}`,
    `  REST ${emulator.url}/rest   v1 ${emulator.url}/v1   control ${emulator.url}/_emulator`,
    `  state: ${info.origin}`,
    ...(info.savePath === undefined ? [] : [`  saved to ${info.savePath} when stopped`]),
    ...state.groups.map((group) => `  group: ${group.id}  ${JSON.stringify(group.name)}`),
    ...(switches.length === 0 ? [] : [`  reality: ${switches.join(', ')}`]),
    'Point snyk-gitops at it:',
    `  export SNYK_API_URL=${emulator.url}`,
    info.token === undefined
      ? '  export SNYK_TOKEN=<a token of the state file>   # tokens are defined in the state file'
      : `  export SNYK_TOKEN=${info.token}   # the generated account's token`,
    ...(firstGroup === undefined
      ? []
      : [
          'Write its account as a config, then plan against it:',
          `  snyk-gitops export --group ${firstGroup.id} --output snyk-gitops.yaml`,
          '  snyk-gitops plan snyk-gitops.yaml',
        ]),
    'Press Ctrl+C to stop.',
    '',
  ].join('\n');
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
