// Command-line options shared by every command, and the settings derived from them and the
// environment. Commands declare their own options and get the global ones for free.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import {
  type ApiSettings,
  type GivenSettings,
  resolveApiSettings as resolveSettings,
} from '../engine/api-settings.ts';
import { UsageError } from '../errors.ts';

type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

export const GLOBAL_OPTIONS = {
  'api-url': { type: 'string' },
  'rest-version': { type: 'string' },
  concurrency: { type: 'string' },
  'rate-limit': { type: 'string' },
  'no-color': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  verbose: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpecs;

const TOKEN_FLAGS = /^--(snyk-)?(oauth-)?token(=|$)|^--api-key(=|$)/;

export interface ParsedArgs<O extends OptionSpecs> {
  values: {
    [K in keyof (O & typeof GLOBAL_OPTIONS)]?: (O & typeof GLOBAL_OPTIONS)[K] extends { type: 'boolean' }
      ? boolean
      : string;
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
      options: { ...GLOBAL_OPTIONS, ...options },
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

/** The options of the commands that plan: which addresses to plan, which to replace. */
export const PLAN_SELECTION_OPTIONS = {
  replace: { type: 'string', multiple: true },
  target: { type: 'string', multiple: true },
} as const satisfies OptionSpecs;

/** `--target` and `--replace`: what a plan covers (none: everything) and what it replaces. */
export interface PlanSelection {
  targets: string[];
  replace: string[];
}

export function planSelection(values: { target?: unknown; replace?: unknown }): PlanSelection {
  return { targets: targetsOf(values.target), replace: replaceAddresses(values.replace) };
}

/** `--replace ADDRESS`, repeatable: the addresses, each non-empty. */
function replaceAddresses(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map((item) => {
    const address = String(item).trim();
    if (address === '')
      throw new UsageError(
        '--replace needs an address, e.g. --replace "org[payments].webhook[https://hooks.acme.com/snyk]"',
      );
    return address;
  });
}

/** Config paths from positionals, defaulting to ./snyk-gitops.yaml (contract §2). */
export function configPaths(positionals: string[]): string[] {
  return positionals.length > 0 ? positionals : ['snyk-gitops.yaml'];
}

/** The repeatable `--target` option's values (none: a full plan). */
function targetsOf(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}
