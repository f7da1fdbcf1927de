// Hostile config files through the built CLI as a process (issue 34): an alias bomb written
// with anchors straight after colons, and a lone carriage return that hides a key from YAML
// 1.2 tools. Both are refused with a located message before any request, by validate and plan.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCliProcess } from '../support/cli.test-helpers.ts';
import {
  apiCallsIn,
  type EmulatorFixture,
  loadDemoState,
  startFixture,
} from '../support/emulator-fixture.test-helpers.ts';

const fixture = (name: string) => join(REPO_ROOT, 'test/fixtures/hostile', name);

const cases = [
  {
    name: 'anchors and aliases straight after colons, 1000 orgs × 1000 rules × 1000 tags',
    file: 'alias-after-colon.yaml',
    says: /^.*alias-after-colon\.yaml:\d+:\d+: the aliases expand to more than 100,000 values beyond those written: refused, this looks like an alias bomb$/m,
  },
  {
    name: 'a lone carriage return ending a comment',
    file: 'lone-cr.yaml',
    says: /^.*lone-cr\.yaml:4:12: a carriage return without a line feed: .* save the file with LF or CRLF line endings$/m,
  },
];

describe('hostile YAML through the CLI process', () => {
  let fx: EmulatorFixture;
  beforeAll(async () => {
    fx = await startFixture(await loadDemoState());
  });
  afterAll(async () => fx.close());

  it.each(cases)('validate refuses $name with a located message', async ({ file, says }) => {
    const r = await runCliProcess(['validate', fixture(file)], { timeoutMs: 30_000 });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(says);
    expect(r.stderr).not.toMatch(/Internal error|\n\s+at /);
  });

  it.each(cases)('plan refuses $name before any request', async ({ file, says }) => {
    fx.emu.clearRequests();
    const r = await runCliProcess(['plan', fixture(file)], { env: fx.env, timeoutMs: 30_000 });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(says);
    expect(apiCallsIn(fx.emu.requests())).toEqual([]);
  });
});
