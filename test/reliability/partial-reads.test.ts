// Reads that fail never become plans (issue 9): a failed or truncated page — an error
// mid-pagination, malformed JSON, a body without `data` — aborts `plan` with exit 1 and a
// message naming the endpoint; nothing is printed as a plan and no --out file is written.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, type FaultRule, generateState, startEmulator } from '../../src/emulator/index.ts';
import { runCliInProcess, runCliProcess } from '../support/cli.test-helpers.ts';
import { describeState, writeConfig } from './support/desired.test-helpers.ts';

// 120 orgs: the group's org list takes two pages of 100.
const { state, token } = generateState({ orgs: 120, membersPerOrg: [1, 3], seed: 9 });
const GROUP_ORGS = '^/rest/groups/[^/]+/orgs$';
const MEMBERSHIPS = '^/rest/orgs/[^/]+/memberships$';

const cases: { name: string; rule: FaultRule; endpoint: RegExp }[] = [
  {
    name: 'an error on the second page of the org list',
    rule: {
      path: GROUP_ORGS,
      skip: 1,
      respond: { status: 403, body: { errors: [{ status: '403', detail: 'no' }] } },
    },
    endpoint: /groups\/\{group_id\}\/orgs/,
  },
  {
    name: 'malformed JSON on the second page of the org list',
    rule: {
      path: GROUP_ORGS,
      skip: 1,
      respond: { status: 200, raw: '{"data": [{"id": "x"', contentType: 'application/vnd.api+json' },
    },
    endpoint: /groups\/\{group_id\}\/orgs/,
  },
  {
    name: 'a second page without `data`',
    rule: {
      path: GROUP_ORGS,
      skip: 1,
      respond: { status: 200, body: { jsonapi: { version: '1.0' }, links: {} } },
    },
    endpoint: /groups\/\{group_id\}\/orgs/,
  },
  {
    name: 'a membership page that is truncated JSON',
    rule: {
      path: MEMBERSHIPS,
      skip: 7,
      times: 1,
      respond: { status: 200, raw: '{"data":[', contentType: 'application/vnd.api+json' },
    },
    endpoint: /orgs\/\{org_id\}\/memberships/,
  },
  {
    name: 'a membership page whose `data` is not a list',
    rule: {
      path: MEMBERSHIPS,
      skip: 3,
      times: 1,
      respond: { status: 200, body: { data: { id: 'x' }, links: {} } },
    },
    endpoint: /orgs\/\{org_id\}\/memberships/,
  },
  {
    name: 'org settings that are not JSON',
    rule: {
      path: '^/v1/org/[^/]+/settings$',
      skip: 5,
      times: 1,
      respond: { status: 200, raw: '<html>oops</html>', contentType: 'text/html' },
    },
    endpoint: /org\/\{org_?[iI]d\}\/settings/,
  },
];

describe('reads that fail never become plans', () => {
  let emulator: Emulator;
  const config = writeConfig(describeState(state));
  beforeAll(async () => {
    emulator = await startEmulator({ state, rateLimit: false });
  });
  afterAll(async () => {
    await emulator.close();
    rmSync(config.dir, { recursive: true, force: true });
  });

  it('the unfaulted read plans to no changes (the baseline the faults break)', async () => {
    emulator.setFaults(undefined);
    const out = join(config.dir, 'baseline.json');
    const r = await runCliInProcess(['plan', config.file, '--out', out], {
      env: { SNYK_TOKEN: token, SNYK_API_URL: emulator.url },
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it.each(cases)('$name aborts plan', async ({ rule, endpoint }) => {
    emulator.setFaults({ rules: [rule] });
    const out = join(config.dir, 'plan.json');
    const r = await runCliInProcess(['plan', config.file, '--out', out, '--format', 'json'], {
      env: { SNYK_TOKEN: token, SNYK_API_URL: emulator.url },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(endpoint);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.stdout).not.toMatch(/"changes"|Plan:|No changes/);
    expect(existsSync(out)).toBe(false);
    expect(emulator.requests().some((e) => e.fault !== undefined)).toBe(true);
  });

  it('the reads still queued when a page is malformed stop at once, without retrying (CLI process)', async () => {
    // Slow answers and two connections keep most org reads queued when the bad page arrives.
    emulator.setFaults({
      latencyMs: 20,
      rules: [
        {
          path: MEMBERSHIPS,
          skip: 3,
          times: 1,
          respond: { status: 200, raw: '{"data":[', contentType: 'application/vnd.api+json' },
        },
      ],
    });
    const r = await runCliProcess(['plan', config.file, '--verbose'], {
      env: { SNYK_TOKEN: token, SNYK_API_URL: emulator.url, SNYK_GITOPS_CONCURRENCY: '2' },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/orgs\/\{org_id\}\/memberships/);
    // Each request logs its retries when it ends; queued ones end cancelled, none retried.
    expect(r.stderr).not.toMatch(/retries=[1-9]/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
