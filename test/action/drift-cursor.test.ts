// The scheduled drift's cursor (docs/action.md#scheduled-drift), run as the runner runs it: the
// drift issue keeps where the audit log was read to; later runs read only what changed since,
// until `full-drift-every` has passed or a drift issue is open, when they read everything.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectOnlyKnownGitHubRequests } from './expect-clean.test-helpers.ts';
import { type Harness, REPO_ROOT, schedulePayload, startHarness } from './harness.test-helpers.ts';

const BOB = 'f7f38bfe-4f07-55fd-9216-fc57faffce18';
const PAYMENTS = 'a748c21b-717c-5f79-bc9e-2f9b98d88440';
const CURSOR_LINE = /\n<!-- snyk-gitops:drift-cursor:(sgc1\.[\w-]+);full=([\dT:.Z-]+) -->\n/;

let harness: Harness;
let configDir: string;

beforeEach(async () => {
  // The example account without its tenant (tenants have no audit log) and without the org it
  // lists that Snyk lacks (drift every run reports, the audit log or not).
  configDir = await mkdtemp(join(tmpdir(), 'snyk-gitops-cursor-'));
  await cp(join(REPO_ROOT, 'examples/multi-team'), configDir, { recursive: true });
  const groupFile = join(configDir, 'group.yaml');
  const { tenant: _tenant, ...group } = yaml.load(await readFile(groupFile, 'utf8')) as Record<
    string,
    unknown
  >;
  await writeFile(groupFile, yaml.dump(group));
  await rm(join(configDir, 'mobile.yaml'));
  harness = await startHarness({ configDir });
});
afterEach(async () => {
  expectOnlyKnownGitHubRequests(harness);
  await harness.close();
  await rm(configDir, { recursive: true, force: true });
});

const driftIssues = () =>
  [...harness.github.issues.values()].filter((i) => i.body.includes('snyk-gitops:drift:'));
const schedule = (inputs: Record<string, string> = {}) =>
  harness.runAction({ event: 'schedule', payload: schedulePayload(), inputs });
const auditReads = () => harness.emulator.requests().filter((r) => r.path.includes('/audit_logs/search'));
const memberReads = () =>
  harness.emulator
    .requests()
    .filter((r) => r.path.startsWith('/rest/orgs/') && r.path.endsWith('/memberships'));

describe('scheduled drift with the audit log', () => {
  it('keeps the cursor in the issue, then reads only what changed since it', async () => {
    const first = await schedule();
    expect(first.code, first.stdout).toBe(0);
    const [issue] = driftIssues();
    expect(issue?.body).toMatch(CURSOR_LINE);
    const firstCursor = CURSOR_LINE.exec(issue?.body ?? '')?.[1];
    // Someone closes the issue by hand: the drift stays, but the next run starts at the cursor.
    if (issue) issue.state = 'closed';
    harness.emulator.clearRequests();
    const quiet = await schedule();
    expect(quiet.code, quiet.stdout).toBe(0);
    expect(quiet.outputs['has-changes'], quiet.summary).toBe('false');
    expect(auditReads()).toHaveLength(1);
    expect(memberReads().map((r) => r.path)).toEqual([]);
    expect(driftIssues()).toHaveLength(1);
    expect(CURSOR_LINE.exec(driftIssues()[0]?.body ?? '')?.[1]).not.toBe(firstCursor);

    // A change in the web UI: the next run finds it, and reads only that org.
    harness.emulator.changeInWebUi({
      userId: BOB,
      method: 'PATCH',
      path: `/rest/orgs/${PAYMENTS}?version=2024-10-15`,
      body: { data: { type: 'org', id: PAYMENTS, attributes: { name: 'Payments (by hand)' } } },
    });
    harness.emulator.clearRequests();
    const found = await schedule();
    expect(found.code, found.stdout).toBe(0);
    expect(found.outputs['has-changes']).toBe('true');
    const opened = driftIssues().find((i) => i.state === 'open');
    expect(opened?.body).toContain('org[payments]');
    expect(opened?.body).not.toContain('mallory');
    expect(opened?.body).toMatch(CURSOR_LINE);
    expect(memberReads().every((r) => r.path.includes(PAYMENTS))).toBe(true);
  });

  it('reads everything once full-drift-every has passed, or while a drift issue is open', async () => {
    await schedule();
    const [issue] = driftIssues();
    if (issue) issue.state = 'closed';
    // Open issue aside, a full read finds the drift the cursor alone would not see.
    const full = await schedule({ 'full-drift-every': '0d' });
    expect(full.outputs['has-changes']).toBe('true');
    const reopened = driftIssues().find((i) => i.state === 'open');
    expect(reopened?.body).toContain('mallory');
    // While that issue is open, every run reads everything again.
    harness.emulator.clearRequests();
    const again = await schedule();
    expect(again.outputs['has-changes']).toBe('true');
    expect(memberReads().length).toBeGreaterThan(1);
  });

  it('reads everything when the issue holds no cursor it can read', async () => {
    await schedule();
    const [issue] = driftIssues();
    if (issue) {
      issue.state = 'closed';
      issue.body = issue.body.replace(CURSOR_LINE, '\n<!-- snyk-gitops:drift-cursor:garbage -->\n');
    }
    const run = await schedule();
    expect(run.outputs['has-changes']).toBe('true');
    expect(driftIssues().find((i) => i.state === 'open')?.body).toContain('mallory');
  });
});
