// Shared by the plan and apply end-to-end tests: the demo account (examples/multi-team) in an
// emulator on 127.0.0.1:0, a scratch directory for configs and saved plans, and helpers to read
// the emulator's request log and final state.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Emulator,
  type EmulatorOptions,
  type EmulatorState,
  parseReality,
  type RealityOptions,
  type RequestLogEntry,
  startEmulator,
} from '../../src/emulator/index.ts';

export const DEMO_GROUP = '4a18d42f-0706-4ad0-b127-24078731fbed';
export const DEMO_TENANT = '59d6d97e-3106-4ebb-b608-352fad9c5b34';
export const DEMO_TOKEN = 'sgdemo-7f3c9a1e5b2d4c6f';
const DEMO_STATE = new URL('../../examples/multi-team/snyk-state.json', import.meta.url);

/** A fresh copy of the demo account's emulator state. */
export async function loadDemoState(): Promise<EmulatorState> {
  return JSON.parse(await readFile(DEMO_STATE, 'utf8')) as EmulatorState;
}

export interface EmulatorFixture {
  emu: Emulator;
  dir: string;
  env: Record<string, string>;
  /** Writes `text` to `name` in the scratch directory and returns its path. */
  write(name: string, text: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The reality switches of $SNYK_EMULATOR_REALITY (parseReality's syntax: `all`, or e.g.
 * `membershipTopLevel,lastPageSelf`), so a whole suite can be rerun against reality mode.
 */
export function realityFromEnv(
  env: Readonly<Record<string, string | undefined>> = process.env,
): RealityOptions | undefined {
  const text = env.SNYK_EMULATOR_REALITY;
  return text === undefined || text.trim() === '' ? undefined : parseReality(text);
}

/** Starts an emulator (rate limits off unless given; reality from the env unless given) and a scratch directory. */
export async function startFixture(
  state: EmulatorState,
  options: Omit<EmulatorOptions, 'state'> & { token?: string } = {},
): Promise<EmulatorFixture> {
  const { token = DEMO_TOKEN, ...emuOptions } = options;
  const reality = emuOptions.reality ?? realityFromEnv();
  const emu = await startEmulator({
    rateLimit: false,
    ...emuOptions,
    ...(reality === undefined ? {} : { reality }),
    state: structuredClone(state),
  });
  const dir = await mkdtemp(join(tmpdir(), 'snyk-gitops-e2e-'));
  return {
    emu,
    dir,
    env: { SNYK_TOKEN: token, SNYK_API_URL: emu.url },
    write: async (name, text) => {
      const path = join(dir, name);
      await writeFile(path, text);
      return path;
    },
    close: async () => {
      await emu.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The write calls in a request log (control-surface calls excluded). */
export function writesIn(log: readonly RequestLogEntry[]): RequestLogEntry[] {
  return log.filter((r) => r.api !== 'control' && WRITE_METHODS.has(r.method));
}

/** The API calls in a request log (control-surface calls excluded). */
export function apiCallsIn(log: readonly RequestLogEntry[]): RequestLogEntry[] {
  return log.filter((r) => r.api !== 'control');
}

/** Looks up ids by name/email in an emulator state (throws when absent: a broken fixture). */
export function lookup(state: EmulatorState) {
  const group = state.groups[0]!;
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`fixture: no ${what}`);
    return value;
  };
  return {
    group,
    tenant: need(state.tenants[0], 'tenant'),
    userId: (email: string) =>
      need(
        state.users.find((u) => u.email === email),
        `user ${email}`,
      ).id,
    emailOf: (id: string) => state.users.find((u) => u.id === id)?.email ?? id,
    org: (slug: string) =>
      need(
        group.orgs.find((o) => o.slug === slug),
        `org ${slug}`,
      ),
    groupRole: (name: string) =>
      need(
        group.groupRoles.find((r) => r.name === name),
        `group role ${name}`,
      ).id,
    orgRole: (name: string) =>
      need(
        group.orgRoles.find((r) => r.name === name),
        `org role ${name}`,
      ).id,
    tenantRole: (name: string) =>
      need(
        state.tenants[0]?.roles.find((r) => r.name === name),
        `tenant role ${name}`,
      ).id,
  };
}

/** Members of a list as sorted `email=Role name` strings, for readable assertions. */
export function membersOf(
  state: EmulatorState,
  members: readonly { userId: string; roleId: string }[],
  roles: readonly { id: string; name: string }[],
): string[] {
  const at = lookup(state);
  return members
    .map((m) => `${at.emailOf(m.userId)}=${roles.find((r) => r.id === m.roleId)?.name ?? m.roleId}`)
    .sort();
}
