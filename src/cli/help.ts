// The help pages, rendered from the command table and each command's option declarations, so
// that help cannot drift from what the parser accepts.
import { GLOBAL_OPTIONS, type OptionDoc, type OptionDocs } from './command-options.ts';
import type { CommandSpec } from './context.ts';

/** The variables read by every command that talks to Snyk. */
const SNYK_ENVIRONMENT: readonly (readonly [string, string])[] = [
  ['SNYK_TOKEN', 'API token, sent as "Authorization: token …" (required to talk to Snyk)'],
  ['SNYK_OAUTH_TOKEN', 'OAuth access token, sent as "Bearer …" (instead of SNYK_TOKEN)'],
  [
    'SNYK_OAUTH_CLIENT_ID',
    'an OAuth service account instead: with SNYK_OAUTH_CLIENT_SECRET, or SNYK_OAUTH_PRIVATE_KEY(_FILE) and SNYK_OAUTH_KEY_ID; access tokens renewed as they expire',
  ],
  ['SNYK_API_URL', 'default of --api-url'],
  ['SNYK_REST_VERSION', 'default of --rest-version'],
  ['SNYK_GITOPS_CONCURRENCY', 'default of --concurrency'],
  ['SNYK_GITOPS_RATE_LIMIT', 'default of --rate-limit'],
  ['SNYK_GITOPS_HTTP_TIMEOUT_MS', 'deadline for response headers, and again for a whole body'],
  ['HTTPS_PROXY, HTTP_PROXY, NO_PROXY', 'the proxy for the Snyk API, read as curl reads them'],
  [
    'SNYK_GITOPS_STATE_DIR',
    'where apply remembers orgs it created until Snyk lists them (default: $XDG_STATE_HOME/snyk-gitops)',
  ],
];

const COMMON_ENVIRONMENT: readonly (readonly [string, string])[] = [
  ['NO_COLOR', 'no colour, as --no-color'],
  ['SNYK_GITOPS_DEBUG=1', 'stack traces on internal errors'],
];

/** `snyk-gitops help CMD`, `snyk-gitops CMD --help`. */
export function renderCommandHelp(name: string, spec: CommandSpec): string {
  const args = spec.args === '' ? '' : ` ${spec.args}`;
  const environment = [...(spec.usesSnyk ? SNYK_ENVIRONMENT : []), ...COMMON_ENVIRONMENT];
  return [
    `Usage: snyk-gitops ${name}${args} [options]`,
    '',
    `${spec.summary}.`,
    '',
    'Options:',
    ...optionLines(spec.options),
    '',
    'Global options:',
    // A command's own option of the same name (emulator --rate-limit) replaces the global one.
    ...optionLines(
      Object.fromEntries(Object.entries(GLOBAL_OPTIONS).filter(([key]) => !(key in spec.options))),
    ),
    '',
    'Environment:',
    ...table(environment),
    '',
    'Exit codes:',
    ...table(spec.exitCodes.map(([code, meaning]) => [String(code), meaning] as const)),
    '',
    'Example:',
    `  ${spec.example}`,
    '',
  ].join('\n');
}

/** `snyk-gitops` and `snyk-gitops help`: the commands, one line each. */
export function renderOverview(commands: Record<string, CommandSpec>): string {
  return [
    'snyk-gitops: manage Snyk groups, orgs, settings and memberships as code',
    '',
    'Usage: snyk-gitops <command> [options]',
    '',
    'Commands:',
    ...table(Object.entries(commands).map(([name, spec]) => [name, spec.summary] as const)),
    '',
    'Other:',
    ...table([
      ['help COMMAND', "a command's options, defaults, environment, exit codes and an example"],
      ['-v, --version', 'print the version'],
    ]),
    '',
    "Run 'snyk-gitops help <command>' (or 'snyk-gitops <command> --help') for its options.",
    '',
  ].join('\n');
}

function optionLines(options: OptionDocs): string[] {
  return table(Object.entries(options).map(([name, doc]) => [flagOf(name, doc), describe(doc)] as const));
}

function flagOf(name: string, doc: OptionDoc): string {
  const short = doc.short === undefined ? '    ' : `-${doc.short}, `;
  const value = doc.type === 'string' ? ` ${doc.value ?? 'VALUE'}` : '';
  return `${short}--${name}${value}${doc.multiple ? ' ...' : ''}`;
}

function describe(doc: OptionDoc): string {
  const shown = doc.shownDefault ?? doc.default;
  return shown === undefined ? doc.help : `${doc.help} (default: ${shown})`;
}

function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}
