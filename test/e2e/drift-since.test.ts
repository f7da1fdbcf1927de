// `drift --since` end to end against the emulator (docs/commands.md#drift-from-the-audit-log): only the scopes the
// audit log names are read, each drift item says who made it, the next cursor is printed, and
// every case that cannot rely on the log reads everything and says why. Run in the documented
// mode and in reality mode (where audit items carry `user_id`).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Emulator, type EmulatorState, startEmulator } from '../../src/emulator/index.ts';
import { runCliInProcess } from '../support/cli.test-helpers.ts';
import { GROUP, TENANT, TOKEN } from './drift.test-helpers.ts';

const EXAMPLE_STATE = new URL('../../examples/multi-team/snyk-state.json', import.meta.url);
const BOB = 'f7f38bfe-4f07-55fd-9216-fc57faffce18';
const CAROL = '0f55c545-2dcd-5ac8-a6ef-478aec2c26d3';
const PAYMENTS = 'a748c21b-717c-5f79-bc9e-2f9b98d88440';
const DATA = 'ba92f2a7-9229-5711-b3cd-41e7cb9c4360';
const VERSION = '2024-10-15';

interface Report {
  inSync: boolean;
  items: { address: string; change: string; changedBy?: { by?: string; at: string } }[];
  audit?: { mode: string; reason?: string; events?: number; unnamed?: string };
  nextCursor?: string;
}

describe.each([
  ['the documented API', undefined],
  ['reality mode', 'all' as const],
])('drift --since against %s', (_name, reality) => {
  let emu: Emulator;
  let dir: string;
  let config: string;
  let tenantConfig: string;
  let initial: EmulatorState;
  let env: Record<string, string>;

  beforeAll(async () => {
    initial = JSON.parse(await readFile(EXAMPLE_STATE, 'utf8')) as EmulatorState;
    emu = await startEmulator({ state: structuredClone(initial), rateLimit: false });
    dir = await mkdtemp(join(tmpdir(), 'snyk-gitops-since-'));
    env = { SNYK_TOKEN: TOKEN, SNYK_API_URL: emu.url };
    // Exported in the mode the tests run in: a never-set Snyk Code setting reads `{}` in reality
    // mode, so a file exported in the other mode would differ from the start.
    emu.setReality(reality);
    const exported = await runCliInProcess(['export', '--group', GROUP, '--tenant', TENANT], { env });
    if (exported.code !== 0) throw new Error(exported.stderr);
    tenantConfig = join(dir, 'tenant.yaml');
    await writeFile(tenantConfig, exported.stdout);
    // The same account without the tenant: the audit log covers everything else.
    const { tenant: _tenant, ...groupOnly } = yaml.load(exported.stdout) as Record<string, unknown>;
    config = join(dir, 'group.yaml');
    await writeFile(config, yaml.dump(groupOnly));
  });
  afterAll(async () => {
    await emu.close();
    await rm(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    emu.setState(structuredClone(initial));
    emu.setReality(reality);
    emu.clearRequests();
  });

  const drift = async (args: string[], file = config) => {
    const result = await runCliInProcess(['drift', file, '--format', 'json', ...args], { env });
    return { ...result, report: JSON.parse(result.stdout || '{}') as Report };
  };
  const renameInWebUi = (userId: string, orgId: string, name: string) =>
    emu.changeInWebUi({
      userId,
      method: 'PATCH',
      path: `/rest/orgs/${orgId}?version=${VERSION}`,
      body: { data: { type: 'org', id: orgId, attributes: { name } } },
    });
  const byBob = reality === 'all' ? 'bob@acme.com' : undefined;

  it('reads only the orgs the events name, says who changed what, and prints the next cursor', async () => {
    expect(renameInWebUi(BOB, PAYMENTS, 'Payments (by hand)').status).toBe(200);
    const since = await drift(['--since', '1h']);
    expect(since.code).toBe(2);
    expect(since.report.audit).toMatchObject({ mode: 'since', events: 1 });
    expect(since.report.items.map((i) => `${i.change} ${i.address}`)).toEqual(['changed org[payments]']);
    const changedBy = since.report.items[0]?.changedBy;
    expect(changedBy?.by).toBe(byBob);
    expect(Number.isNaN(Date.parse(changedBy?.at ?? ''))).toBe(false);
    expect(since.report.nextCursor).toMatch(/^sgc1\./);
    const sinceRequests = emu.requests().length;
    // No other org's parts were read.
    expect(emu.requests().some((r) => r.path.includes(DATA))).toBe(false);
    emu.clearRequests();
    const full = await drift([]);
    expect(full.report.items.map((i) => i.address)).toEqual(['org[payments]']);
    expect(full.report.items[0]?.changedBy?.by).toBe(byBob);
    expect(sinceRequests).toBeLessThan(emu.requests().length);
  });

  it('starts the next run at the cursor: what happened before it is not read again', async () => {
    renameInWebUi(BOB, PAYMENTS, 'Payments (by hand)');
    // Older than the few minutes a cursor reaches back (Snyk's indexing lag is not known).
    const state = emu.getState();
    for (const event of state.auditLog ?? [])
      event.created = new Date(Date.now() - 10 * 60_000).toISOString();
    emu.setState(state);
    const first = await drift(['--since', '1h']);
    expect(first.report.audit?.events).toBe(1);
    const next = await drift(['--since', first.report.nextCursor ?? '']);
    expect(next.code).toBe(0);
    expect(next.report).toMatchObject({ inSync: true, audit: { mode: 'since', events: 0 } });
    const text = await runCliInProcess(['drift', config, '--since', first.report.nextCursor ?? ''], { env });
    expect(text.stdout).toMatch(/Next cursor: sgc1\.\S+/);
  });

  it('reads again the events of the last minutes before the cursor', async () => {
    renameInWebUi(BOB, PAYMENTS, 'Payments (by hand)');
    const first = await drift(['--since', '1h']);
    const next = await drift(['--since', first.report.nextCursor ?? '']);
    expect(next.report.audit?.events).toBe(1);
    expect(next.report.items.map((i) => i.address)).toEqual(['org[payments]']);
  });

  it("re-reads the tool's own changes but does not attribute them as drift", async () => {
    const self = await fetch(`${emu.url}/rest/orgs/${DATA}?version=${VERSION}`, {
      method: 'PATCH',
      headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/vnd.api+json' },
      body: JSON.stringify({ data: { type: 'org', id: DATA, attributes: { name: 'Data (by the token)' } } }),
    });
    expect(self.status).toBe(200);
    renameInWebUi(CAROL, PAYMENTS, 'Payments (by Carol)');
    const { report } = await drift(['--since', '1h']);
    const byAddress = Object.fromEntries(report.items.map((i) => [i.address, i.changedBy]));
    expect(Object.keys(byAddress).sort()).toEqual(['org[data]', 'org[payments]']);
    if (reality === 'all') {
      expect(byAddress['org[data]']).toBeUndefined();
      expect(byAddress['org[payments]']?.by).toBe('carol@acme.com');
    }
  });

  it.each([
    [['--since', 'yesterday-ish'], 'not a cursor'],
    [['--since', '90d'], 'more than 85 days ago'],
    [['--since', 'sgc1.bm90LWEtdGltZQ'], 'not a cursor'],
    [['--since', '1h', '--full'], '--full was given'],
  ])('falls back to a full drift for %j, saying why', async (args, why) => {
    renameInWebUi(BOB, PAYMENTS, 'Payments (by hand)');
    const { report, code } = await drift(args);
    expect(code).toBe(2);
    expect(report.audit).toMatchObject({ mode: 'full', reason: expect.stringContaining(why) });
    expect(report.items.map((i) => i.address)).toEqual(['org[payments]']);
    const text = await runCliInProcess(['drift', config, '--quiet', ...args], { env });
    expect(text.stdout).toContain(`Full drift: `);
    expect(text.stderr).toMatch(/^Note: drift read everything: .+\.\n$/);
  });

  it("reads an org's own log when the group's log does not explain its drift", async () => {
    const state = structuredClone(initial);
    state.groups[0]!.orgs.find((o) => o.id === PAYMENTS)!.name = 'Payments (by hand)';
    // An event only the org's log carries (Snyk's group log has only some org events).
    const created = new Date(Date.now() - 60_000).toISOString();
    state.auditLog = [{ seq: 1, created, event: 'org.edit', org_id: PAYMENTS, userId: BOB, content: {} }];
    emu.setState(state);
    const { report } = await drift([]);
    expect(report.items.map((i) => i.address)).toEqual(['org[payments]']);
    expect(report.items[0]?.changedBy).toEqual(
      byBob === undefined ? { at: created } : { by: byBob, at: created },
    );
    expect(
      emu
        .requests()
        .filter((r) => r.path.endsWith('/audit_logs/search'))
        .map((r) => r.path),
    ).toEqual([`/rest/groups/${GROUP}/audit_logs/search`, `/rest/orgs/${PAYMENTS}/audit_logs/search`]);
  });

  it('falls back to a full drift when the audit log answers 403 (no Enterprise plan)', async () => {
    const state = structuredClone(initial);
    state.groups[0]!.auditLogs = false;
    emu.setState(state);
    renameInWebUi(BOB, PAYMENTS, 'Payments (by hand)');
    const { report } = await drift(['--since', '1h']);
    expect(report.audit?.reason).toMatch(
      /audit log could not be read \(audit logs need an Enterprise plan\)/,
    );
    expect(report.items.map((i) => i.address)).toEqual(['org[payments]']);
    expect(report.items[0]?.changedBy).toBeUndefined();
    // A run without --since still reports the drift, and says why it names no one.
    const plain = await drift([]);
    expect(plain.report.audit).toMatchObject({
      mode: 'full',
      unnamed: expect.stringContaining('Enterprise'),
    });
    expect(plain.report.audit?.reason).toBeUndefined();
  });

  it('falls back to a full drift for a file that manages the tenant', async () => {
    const { report } = await drift(['--since', '1h'], tenantConfig);
    expect(report.audit).toMatchObject({ mode: 'full', reason: expect.stringContaining('tenant') });
  });
});
