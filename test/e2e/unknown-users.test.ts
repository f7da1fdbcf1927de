// Unknown users as a new user meets them: each entry reported once, at the line it is written
// on (an entry of defaults.org.members is one entry, however many orgs it is merged into), with
// a "did you mean" among the group's users. The built CLI against the emulator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliProcess } from '../support/cli.test-helpers.ts';
import {
  DEMO_GROUP,
  type EmulatorFixture,
  loadDemoState,
  startFixture,
} from '../support/emulator-fixture.test-helpers.ts';

let fx: EmulatorFixture;
beforeAll(async () => {
  fx = await startFixture(await loadDemoState());
});
afterAll(() => fx.close());

const CONFIG = `version: 1
group:
  id: ${DEMO_GROUP}
defaults:
  org:
    members:
      - { user: secops@acme.con, role: Org Admin }
orgs:
  - slug: payments
    name: Payments
    members:
      - { user: alice@acme.com, role: Org Admin }
  - slug: platform
    name: Platform Eng
  - slug: data
    name: Data
    members:
      - { user: zoe.unknown@elsewhere.io, role: Org Collaborator }
      - { user: frnak@acme.com, role: Org Collaborator }
`;

describe('unknown users', () => {
  it('reports each distinct entry once, at its own file:line, with a did-you-mean', async () => {
    const path = await fx.write('snyk-gitops.yaml', CONFIG);
    const result = await runCliProcess(['plan', path], { env: fx.env });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toBe('Error: the configuration does not fit the live Snyk account (3 errors):');
    expect(lines.slice(1)).toEqual([
      `  ${path}:7:17: 'secops@acme.con' is not a Snyk user of the group. Did you mean 'secops@acme.com'? Check the spelling, or set users.unknown to 'invite' or 'provision' to add people before their first login.`,
      `  ${path}:18:17: 'zoe.unknown@elsewhere.io' is not a Snyk user of the group. Check the spelling, or set users.unknown to 'invite' or 'provision' to add people before their first login.`,
      `  ${path}:19:17: 'frnak@acme.com' is not a Snyk user of the group. Did you mean 'frank@acme.com'? Check the spelling, or set users.unknown to 'invite' or 'provision' to add people before their first login.`,
    ]);
    expect(result.stderr).not.toMatch(/orgs\[\d+\]/);
  });
});
