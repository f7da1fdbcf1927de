// Command-line options shared by every command, and the settings derived from them and the
// environment. Commands declare their own options and get the global ones for free.
import { parseArgs } from 'node:util';
import type { RailLifts } from '../core/refusal.ts';
import { addressInputProblem } from '../core/target-address.ts';
import {
  type ApiSettings,
  type GivenSettings,
  resolveApiSettings as resolveSettings,
} from '../engine/api-settings.ts';
import { UsageError } from '../errors.ts';
import { GLOBAL_OPTIONS, type OptionDocs } from './command-options.ts';

type OptionSpecs = OptionDocs;
/** A command's own declaration wins over a global one of the same name (emulator --rate-limit). */
type AllOptions<O extends OptionSpecs> = Omit<typeof GLOBAL_OPTIONS, keyof O> & O;

const TOKEN_FLAGS = /^--(snyk-)?(oauth-)?token(=|$)|^--api-key(=|$)/;

export interface ParsedArgs<O extends OptionSpecs> {
  values: {
    [K in keyof AllOptions<O>]?: AllOptions<O>[K] extends { type: 'boolean' } ? boolean : string;
  };
  positionals: string[];
}

/** Parses argv strictly; every mistake becomes a UsageError naming the offending argument. */
export function parseCommandArgs<O extends OptionSpecs>(argv: string[], options: O): ParsedArgs<O> {
  const tokenFlag = argv.find((a) => TOKEN_FLAGS.test(a));
  if (tokenFlag !== undefined) {
    throw new UsageError(
      `${tokenFlag.split('=')[0]} is not accepted: a token on the command line lands in shell history and process lists. Set SNYK_TOKEN (or SNYK_OAUTH_TOKEN) in the environment instead.`,
    );
  }
  try {
    const parsed = parseArgs({
      args: argv,
      // parseArgs reads type, short, multiple and default; it ignores the help fields.
      options: { ...GLOBAL_OPTIONS, ...options } as NonNullable<Parameters<typeof parseArgs>[0]>['options'],
      allowPositionals: true,
      strict: true,
    });
    return parsed as unknown as ParsedArgs<O>;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Node's messages mention "To specify a positional argument..." hints; keep the first sentence.
    throw new UsageError(message.split('. To ')[0] ?? message);
  }
}

/** Settings for talking to Snyk, from the global flags, then the environment, then defaults. */
export function resolveApiSettings(
  values: {
    'api-url'?: string | boolean;
    'rest-version'?: string | boolean;
    concurrency?: string | boolean;
    'rate-limit'?: string | boolean;
    verbose?: string | boolean;
  },
  env: Readonly<Record<string, string | undefined>>,
): ApiSettings {
  const text = (value: string | boolean | undefined) => (typeof value === 'string' ? value : undefined);
  const given: GivenSettings = { verbose: values.verbose === true };
  const apiUrl = text(values['api-url']);
  const restVersion = text(values['rest-version']);
  const concurrency = text(values.concurrency);
  const rateLimit = text(values['rate-limit']);
  if (apiUrl !== undefined) given.apiUrl = apiUrl;
  if (restVersion !== undefined) given.restVersion = restVersion;
  if (concurrency !== undefined) given.concurrency = concurrency;
  if (rateLimit !== undefined) given.rateLimit = rateLimit;
  return resolveSettings(given, env);
}

export function railLifts(values: { 'allow-mass-delete'?: unknown; 'allow-lockout'?: unknown }): RailLifts {
  return {
    allowMassDelete: values['allow-mass-delete'] === true,
    allowLockout: values['allow-lockout'] === true,
  };
}

/** `--target` and `--replace`: what a plan covers (none: everything) and what it replaces. */
export interface PlanSelection {
  targets: string[];
  replace: string[];
  /** `--rotate`: service accounts given a new secret. */
  rotate: string[];
}

export function planSelection(values: {
  target?: unknown;
  replace?: unknown;
  rotate?: unknown;
}): PlanSelection {
  return {
    targets: targetsOf(values.target),
    replace: addressesOf('--replace', values.replace, 'org[payments].webhook[https://hooks.acme.com/snyk]'),
    rotate: addressesOf('--rotate', values.rotate, 'org[payments].service_account[payments-ci]'),
  };
}

/** `--replace ADDRESS` or `--rotate ADDRESS`, repeatable: the addresses, each non-empty. */
function addressesOf(flag: '--replace' | '--rotate', value: unknown, example: string): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map((item) => {
    const address = String(item).trim();
    const tooLong = addressInputProblem(flag, address);
    if (tooLong !== undefined) throw new UsageError(tooLong);
    if (address === '') throw new UsageError(`${flag} needs an address, e.g. ${flag} "${example}"`);
    return address;
  });
}

/** Config paths from positionals, defaulting to ./snyk-gitops.yaml (docs/commands.md). */
export function configPaths(positionals: string[]): string[] {
  return positionals.length > 0 ? positionals : ['snyk-gitops.yaml'];
}

/** The repeatable `--target` option's values (none: a full plan). */
function targetsOf(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}
