// A delegated team file cannot reach what the platform's files decide (issue 34): it may not
// demote or expire a member that `defaults.org` gives every org, override a default setting, or
// use another team's org as its template. The fixture is validated by the CLI as a process.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCliProcess } from '../support/cli.test-helpers.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/delegation-reach/', import.meta.url));

describe('validate: a delegated file reaching the platform entries', () => {
  it('fails with one located error per reach, naming both files', async () => {
    const r = await runCliProcess(['validate', '.'], { cwd: FIXTURE });
    expect(r.code).toBe(1);
    const lines = r.stderr.split('\n').filter((l) => l.includes('teams/payments/payments.yaml:'));
    expect(lines).toEqual([
      expect.stringMatching(
        /payments\.yaml:6:40: member 'SecOps@acme.com' as 'Org Collaborator' in org 'payments' is set by defaults\.org\.members\[0\] \(group\.yaml:12:9\): this file is delegated by delegate\[0\] \(group\.yaml:5:5\)/,
      ),
      expect.stringMatching(
        /payments\.yaml:9:60: member 'secops@acme.com' in org 'payments-api' is set by defaults\.org\.members\[0\] \(group\.yaml:12:9\)/,
      ),
      expect.stringMatching(
        /payments\.yaml:12:15: org 'payments-new' may not use 'golden' as its template: .*allows orgs payments, payments-\*/,
      ),
      expect.stringMatching(
        /payments\.yaml:13:43: 'settings\.requestAccess\.enabled' in org 'payments-new' is set by defaults\.org\.settings\.requestAccess\.enabled \(group\.yaml:10:43\)/,
      ),
    ]);
    expect(r.stderr).not.toMatch(/Internal error|at .*\.js:\d+/);
  });
});
