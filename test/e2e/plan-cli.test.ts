// `snyk-gitops plan` as users run it: the built CLI as a real process (not a TTY, so no colour)
// against the emulator over HTTP, on the shipped examples. Output snapshots, the JSON contract
// (docs/plan-json.md), --out, exit codes and error reporting.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmulatorState } from '../../src/emulator/index.ts';
import { runCliProcess } from '../support/cli.test-helpers.ts';
import {
  apiCallsIn,
  DEMO_GROUP,
  DEMO_TOKEN,
  type EmulatorFixture,
  loadDemoState,
  startFixture,
} from '../support/emulator-fixture.test-helpers.ts';
import { stateForFull, stateForMinimal } from '../support/example-states.test-helpers.ts';

let demo: EmulatorState;
let fx: EmulatorFixture;

beforeAll(async () => {
  demo = await loadDemoState();
  fx = await startFixture(demo);
});
afterAll(() => fx.close());

// The apply estimate depends on the latency this run measured: snapshots show its shape only.
const plan = async (args: string[], env: Record<string, string> = fx.env) => {
  const result = await runCliProcess(['plan', ...args], { env });
  return {
    ...result,
    stdout: result.stdout.replace(/(Apply: \d+ writes?, )(about \d+ \w+|under 1 s)/, '$1about N s'),
  };
};

describe('plan on examples/multi-team against the demo account', () => {
  it('prints the changes as plain text, grouped by org, with a Terraform-like summary', async () => {
    const result = await plan(['examples/multi-team']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/\u001b\[/);
    expect(result.stdout).toMatchInlineSnapshot(`
      "group
        ~ group.settings
            sessionLength: 1440 → 480
        - group.member[mallory@acme.com]  (role: Group Member)

      org[data]
        ~ org[data].settings
            requestAccess.enabled: true → false
        + org[data].member[frank@acme.com]  (role: Org Auditor)

      org[mobile]
        + org[mobile]  (name: Mobile, slug: mobile, template: golden)
        ~ org[mobile].settings
            requestAccess.enabled: false
        + org[mobile].member[carol@acme.com]  (role: Org Collaborator)
        + org[mobile].member[secops@acme.com]  (role: Org Admin)
        + org[mobile].pending[grace@acme.com]  (role: Org Admin, via: invite)
            # Sends an invitation email; the membership exists once the invitation is accepted.

      org[payments]
        ~ org[payments].member[bob@acme.com]
            role: Org Collaborator → Org Admin

      org[platform]
        ~ org[platform]
            name: Platform Eng → Platform
        - org[platform].member[mallory@acme.com]  (role: Org Collaborator)

      Plan: 5 to add, 5 to change, 2 to destroy.
      Apply: 12 writes, about N s at 1,620 requests/min.
      "
    `);
  });

  it('prints markdown for a PR comment: a summary table and collapsible details per org', async () => {
    const result = await plan(['examples/multi-team', '--format', 'markdown']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatchInlineSnapshot(`
      "### snyk-gitops plan

      **Plan: 5 to add, 5 to change, 2 to destroy.**

      Apply: 12 writes, about N s at 1,620 requests/min.

      | Scope | Add | Change | Destroy |
      |---|--:|--:|--:|
      | \`group\` | 0 | 1 | 1 |
      | \`org[data]\` | 1 | 1 | 0 |
      | \`org[mobile]\` | 4 | 1 | 0 |
      | \`org[payments]\` | 0 | 1 | 0 |
      | \`org[platform]\` | 0 | 1 | 1 |

      <details><summary><code>group</code>: 0 to add, 1 to change, 1 to destroy</summary>

      \`\`\`diff
      ! group.settings
      !     sessionLength: 1440 → 480
      - group.member[mallory@acme.com]  (role: Group Member)
      \`\`\`

      </details>

      <details><summary><code>org[data]</code>: 1 to add, 1 to change, 0 to destroy</summary>

      \`\`\`diff
      ! org[data].settings
      !     requestAccess.enabled: true → false
      + org[data].member[frank@acme.com]  (role: Org Auditor)
      \`\`\`

      </details>

      <details><summary><code>org[mobile]</code>: 4 to add, 1 to change, 0 to destroy</summary>

      \`\`\`diff
      + org[mobile]  (name: Mobile, slug: mobile, template: golden)
      ! org[mobile].settings
      !     requestAccess.enabled: false
      + org[mobile].member[carol@acme.com]  (role: Org Collaborator)
      + org[mobile].member[secops@acme.com]  (role: Org Admin)
      + org[mobile].pending[grace@acme.com]  (role: Org Admin, via: invite)
      \`\`\`
      > Sends an invitation email; the membership exists once the invitation is accepted.

      </details>

      <details><summary><code>org[payments]</code>: 0 to add, 1 to change, 0 to destroy</summary>

      \`\`\`diff
      ! org[payments].member[bob@acme.com]
      !     role: Org Collaborator → Org Admin
      \`\`\`

      </details>

      <details><summary><code>org[platform]</code>: 0 to add, 1 to change, 1 to destroy</summary>

      \`\`\`diff
      ! org[platform]
      !     name: Platform Eng → Platform
      - org[platform].member[mallory@acme.com]  (role: Org Collaborator)
      \`\`\`

      </details>

      "
    `);
  });

  it('prints the contract JSON with --format json, and --out writes the same document', async () => {
    const out = join(fx.dir, 'plan.json');
    const result = await plan(['examples/multi-team', '--format', 'json', '--out', out]);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout);
    const saved = JSON.parse(await readFile(out, 'utf8'));
    const { createdAt: _a, ...printedStable } = printed;
    const { createdAt: _b, ...savedStable } = saved;
    expect(savedStable).toEqual(printedStable);

    expect(printed).toMatchObject({
      formatVersion: 1,
      groupId: DEMO_GROUP,
      fingerprint: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      summary: { create: 5, update: 5, delete: 2 },
      warnings: expect.any(Array),
      stats: { requests: expect.any(Number) },
    });
    expect(printed.desired.group.id).toBe(DEMO_GROUP);
    expect(printed.desired.orgs.map((o: { slug: string }) => o.slug).sort()).toEqual(
      ['data', 'golden', 'mobile', 'payments', 'platform'].sort(),
    );
    for (const change of printed.changes) {
      expect(Object.keys(change).slice(0, 6)).toEqual([
        'action',
        'kind',
        'address',
        'before',
        'after',
        'patch',
      ]);
      expect(['create', 'update', 'delete']).toContain(change.action);
      expect(Array.isArray(change.patch)).toBe(true);
      if (change.action === 'create') expect(change.before).toBeNull();
      if (change.action === 'delete') expect(change.after).toBeNull();
      if (change.action === 'update') expect(change.patch.length).toBeGreaterThan(0);
    }
    const summary = { create: 0, update: 0, delete: 0 };
    for (const c of printed.changes as { action: keyof typeof summary }[]) summary[c.action]++;
    expect(printed.summary).toEqual(summary);
    expect(
      printed.changes.map((c: { action: string; kind: string; address: string }) => [
        c.action,
        c.kind,
        c.address,
      ]),
    ).toMatchInlineSnapshot(`
      [
        [
          "update",
          "group_settings",
          "group.settings",
        ],
        [
          "create",
          "org",
          "org[mobile]",
        ],
        [
          "update",
          "org_settings",
          "org[data].settings",
        ],
        [
          "update",
          "org_settings",
          "org[mobile].settings",
        ],
        [
          "update",
          "org",
          "org[platform]",
        ],
        [
          "create",
          "org_membership",
          "org[data].member[frank@acme.com]",
        ],
        [
          "create",
          "org_membership",
          "org[mobile].member[carol@acme.com]",
        ],
        [
          "create",
          "org_membership",
          "org[mobile].member[secops@acme.com]",
        ],
        [
          "create",
          "pending_user",
          "org[mobile].pending[grace@acme.com]",
        ],
        [
          "update",
          "org_membership",
          "org[payments].member[bob@acme.com]",
        ],
        [
          "delete",
          "org_membership",
          "org[platform].member[mallory@acme.com]",
        ],
        [
          "delete",
          "group_membership",
          "group.member[mallory@acme.com]",
        ],
      ]
    `);
    // An org is created before its settings, members and invitations; member deletes come before org deletes.
    const at = (address: string) =>
      printed.changes.findIndex((c: { address: string }) => c.address === address);
    for (const dependent of [
      'org[mobile].settings',
      'org[mobile].member[carol@acme.com]',
      'org[mobile].pending[grace@acme.com]',
    ]) {
      expect(at('org[mobile]')).toBeLessThan(at(dependent));
    }
    const update = printed.changes.find(
      (c: { address: string }) => c.address === 'org[payments].member[bob@acme.com]',
    );
    expect(update.patch).toEqual([{ op: 'replace', path: '/role', value: 'Org Admin' }]);
  });

  it('reports stats.requests equal to the API calls the emulator received', async () => {
    fx.emu.clearRequests();
    const result = await plan(['examples/multi-team', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).stats.requests).toBe(apiCallsIn(fx.emu.requests()).length);
  });

  it('--detailed-exitcode exits 2 when there are changes', async () => {
    expect((await plan(['examples/multi-team', '--detailed-exitcode'])).code).toBe(2);
  });
});

describe('plan on examples/minimal and examples/full against accounts that fit them', () => {
  it('minimal: only payments and its members are read and planned', async () => {
    fx.emu.setState(stateForMinimal(demo));
    try {
      const result = await plan(['examples/minimal']);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatchInlineSnapshot(`
        "org[payments]
          ~ org[payments].member[alice@acme.com]
              role: Org Collaborator → Org Admin
          - org[payments].member[carol@acme.com]  (role: Org Collaborator)
          - org[payments].member[secops@acme.com]  (role: Org Admin)

        Apply will refuse this plan:
          ✗ Refusing to delete 2 of 5 org memberships (40%, above limits.maxDeletePercent 25%): org[payments].member[carol@acme.com], org[payments].member[secops@acme.com]. Re-run with --allow-mass-delete if this is intended.
              lifted by --allow-mass-delete (Action input allow-mass-delete: true)

        Plan: 0 to add, 1 to change, 2 to destroy.
        Apply: 3 writes, about N s at 1,620 requests/min.
        "
      `);
    } finally {
      fx.emu.setState(structuredClone(demo));
    }
  });

  it('full: every feature of the format plans against the account', async () => {
    fx.emu.setState(stateForFull(demo));
    try {
      const text = await plan(['examples/full']);
      expect(text.stderr).toBe('');
      expect(text.code).toBe(0);
      expect(text.stdout).toMatchInlineSnapshot(`
        "group
          ~ group.settings
              sessionLength: 1440 → 480
          ~ group.member[carol@acme.com]
              role: Group Member → Group Viewer
          ~ group.member[henry@acme.com]
              role: Group Viewer → Group Member
          - group.member[dave@acme.com]  (role: Group Member)
          - group.member[erin@acme.com]  (role: Group Member)
          - group.member[frank@acme.com]  (role: Group Viewer)
          - group.member[mallory@acme.com]  (role: Group Member)
          - group.member[secops@acme.com]  (role: Group Viewer)

        org[golden]
          ~ org[golden].settings
              ignores.reasonRequired: false → true
          ~ org[golden].integration[github]
              pullRequestFailOnlyForHighSeverity: false → true
          ~ org[golden].notifications
              weekly-report.enabled: true → false

        org[mobile]
          + org[mobile]  (name: Mobile, slug: mobile, template: golden)
          ~ org[mobile].settings
              requestAccess.enabled: false
              ignores.reasonRequired: true
          ~ org[mobile].integration[github]
              pullRequestTestEnabled: true
              pullRequestFailOnlyForHighSeverity: true
              # Written once the org exists: Snyk copies the integrations of 'golden' into it, and their live settings cannot be read before.
          ~ org[mobile].notifications
              weekly-report.enabled: false
          + org[mobile].member[secops@acme.com]  (role: Org Admin)

        org[payments]
          ~ org[payments].settings
              ignores.approvalWorkflowEnabled: false → true
              ignores.reasonRequired: false → true
              requestAccess.enabled: false → true
          ~ org[payments].integration[github]
              pullRequestFailOnlyForHighSeverity: false → true
          ~ org[payments].project[acme/checkout:package.json]
              attributes.lifecycle: [sandbox] → [production]
          ~ org[payments].project[acme/payments-api:package.json]
              tags: [owner:ann] → [owner:ann, team:payments]
              attributes.criticality: [] → [high]
              attributes.environment: [] → [backend, external]
              attributes.lifecycle: [] → [production]
          ~ org[payments].notifications
              weekly-report.enabled: true → false
          ~ org[payments].member[bob@acme.com]
              role: Org Collaborator → Org Admin
          + org[payments].member[dave@acme.com]  (role: Org Developer)
          ~ org[payments].member[secops@acme.com]
              role: Org Admin → Org Collaborator
          + org[payments].webhook[https://hooks.acme.com/snyk/payments]  (url: https://hooks.acme.com/snyk/payments, secret.env: PAYMENTS_WEBHOOK_SECRET)
              # The secret is read from $PAYMENTS_WEBHOOK_SECRET when this runs; it is never printed or stored.
          - org[payments].member[carol@acme.com]  (role: Org Collaborator)

        org[research]
          + org[research]  (name: Research, slug: research)
          ~ org[research].settings
              requestAccess.enabled: false
              ignores.reasonRequired: true
          ~ org[research].notifications
              weekly-report.enabled: false
          + org[research].member[secops@acme.com]  (role: Org Admin)

        Warnings:
          ! org[research].integration[github]: Org 'research' has no github integration (it is created without a template to copy integrations from); adding one needs SCM credentials, which never go in this file: connect it in Snyk, or name an org to clone it from with 'from'; its settings are managed from then on.

        Apply will refuse this plan:
          ✗ Refusing to delete 5 of 10 group memberships (50%, above limits.maxDeletePercent 25%): group.member[dave@acme.com], group.member[erin@acme.com], group.member[frank@acme.com], group.member[mallory@acme.com], group.member[secops@acme.com]. Re-run with --allow-mass-delete if this is intended.
              lifted by --allow-mass-delete (Action input allow-mass-delete: true)

        Plan: 6 to add, 18 to change, 6 to destroy.
        Apply: 30 writes, about N s at 1,620 requests/min.
        "
      `);
      const markdown = await plan(['examples/full', '--format', 'markdown']);
      expect(markdown.code).toBe(0);
      expect(markdown.stdout).toMatchInlineSnapshot(`
        "### snyk-gitops plan

        **Plan: 6 to add, 18 to change, 6 to destroy.**

        Apply: 30 writes, about N s at 1,620 requests/min.
        **⛔ Apply will refuse this plan:**

        - Refusing to delete 5 of 10 group memberships (50%, above limits.maxDeletePercent 25%): group.member[dave@acme.com], group.member[erin@acme.com], group.member[frank@acme.com], group.member[mallory@acme.com], group.member[secops@acme.com]. Re-run with --allow-mass-delete if this is intended.<br>_Lifted by \`--allow-mass-delete\` on the CLI, or the Action input \`allow-mass-delete: true\`._


        | Scope | Add | Change | Destroy |
        |---|--:|--:|--:|
        | \`group\` | 0 | 3 | 5 |
        | \`org[golden]\` | 0 | 3 | 0 |
        | \`org[mobile]\` | 2 | 3 | 0 |
        | \`org[payments]\` | 2 | 7 | 1 |
        | \`org[research]\` | 2 | 2 | 0 |

        <details><summary><code>group</code>: 0 to add, 3 to change, 5 to destroy</summary>

        \`\`\`diff
        ! group.settings
        !     sessionLength: 1440 → 480
        ! group.member[carol@acme.com]
        !     role: Group Member → Group Viewer
        ! group.member[henry@acme.com]
        !     role: Group Viewer → Group Member
        - group.member[dave@acme.com]  (role: Group Member)
        - group.member[erin@acme.com]  (role: Group Member)
        - group.member[frank@acme.com]  (role: Group Viewer)
        - group.member[mallory@acme.com]  (role: Group Member)
        - group.member[secops@acme.com]  (role: Group Viewer)
        \`\`\`

        </details>

        <details><summary><code>org[golden]</code>: 0 to add, 3 to change, 0 to destroy</summary>

        \`\`\`diff
        ! org[golden].settings
        !     ignores.reasonRequired: false → true
        ! org[golden].integration[github]
        !     pullRequestFailOnlyForHighSeverity: false → true
        ! org[golden].notifications
        !     weekly-report.enabled: true → false
        \`\`\`

        </details>

        <details><summary><code>org[mobile]</code>: 2 to add, 3 to change, 0 to destroy</summary>

        \`\`\`diff
        + org[mobile]  (name: Mobile, slug: mobile, template: golden)
        ! org[mobile].settings
        !     requestAccess.enabled: false
        !     ignores.reasonRequired: true
        ! org[mobile].integration[github]
        !     pullRequestTestEnabled: true
        !     pullRequestFailOnlyForHighSeverity: true
        ! org[mobile].notifications
        !     weekly-report.enabled: false
        + org[mobile].member[secops@acme.com]  (role: Org Admin)
        \`\`\`
        > Written once the org exists: Snyk copies the integrations of 'golden' into it, and their live settings cannot be read before.

        </details>

        <details><summary><code>org[payments]</code>: 2 to add, 7 to change, 1 to destroy</summary>

        \`\`\`diff
        ! org[payments].settings
        !     ignores.approvalWorkflowEnabled: false → true
        !     ignores.reasonRequired: false → true
        !     requestAccess.enabled: false → true
        ! org[payments].integration[github]
        !     pullRequestFailOnlyForHighSeverity: false → true
        ! org[payments].project[acme/checkout:package.json]
        !     attributes.lifecycle: [sandbox] → [production]
        ! org[payments].project[acme/payments-api:package.json]
        !     tags: [owner:ann] → [owner:ann, team:payments]
        !     attributes.criticality: [] → [high]
        !     attributes.environment: [] → [backend, external]
        !     attributes.lifecycle: [] → [production]
        ! org[payments].notifications
        !     weekly-report.enabled: true → false
        ! org[payments].member[bob@acme.com]
        !     role: Org Collaborator → Org Admin
        + org[payments].member[dave@acme.com]  (role: Org Developer)
        ! org[payments].member[secops@acme.com]
        !     role: Org Admin → Org Collaborator
        + org[payments].webhook[https://hooks.acme.com/snyk/payments]  (url: https://hooks.acme.com/snyk/payments, secret.env: PAYMENTS_WEBHOOK_SECRET)
        - org[payments].member[carol@acme.com]  (role: Org Collaborator)
        \`\`\`
        > The secret is read from \\$PAYMENTS\\_WEBHOOK\\_SECRET when this runs; it is never printed or stored.

        </details>

        <details><summary><code>org[research]</code>: 2 to add, 2 to change, 0 to destroy</summary>

        \`\`\`diff
        + org[research]  (name: Research, slug: research)
        ! org[research].settings
        !     requestAccess.enabled: false
        !     ignores.reasonRequired: true
        ! org[research].notifications
        !     weekly-report.enabled: false
        + org[research].member[secops@acme.com]  (role: Org Admin)
        \`\`\`

        </details>

        **Warnings**

        - \`org[research].integration[github]\`: Org 'research' has no github integration (it is created without a template to copy integrations from); adding one needs SCM credentials, which never go in this file: connect it in Snyk, or name an org to clone it from with 'from'; its settings are managed from then on.
        "
      `);
    } finally {
      fx.emu.setState(structuredClone(demo));
    }
  });
});

describe('plan exit codes', () => {
  it('exits 0 with --detailed-exitcode when there is nothing to change', async () => {
    const config = await fx.write(
      'unchanged.yaml',
      [
        'version: 1',
        `group: { id: ${DEMO_GROUP} }`,
        'orgs:',
        '  - slug: golden',
        '    name: Golden Template',
        '',
      ].join('\n'),
    );
    const result = await plan([config, '--detailed-exitcode']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No changes');
  });

  it('exits 1 on an invalid file, naming file:line:col, without calling the API', async () => {
    const config = await fx.write(
      'typo.yaml',
      [
        'version: 1',
        `group: { id: ${DEMO_GROUP} }`,
        'orgs:',
        '  - slug: golden',
        '    nmae: Golden',
        '',
      ].join('\n'),
    );
    fx.emu.clearRequests();
    const result = await plan([config, '--detailed-exitcode']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/typo\.yaml:5:5/);
    expect(result.stderr).toContain('nmae');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(apiCallsIn(fx.emu.requests())).toEqual([]);
  });

  it('exits 1 on an unknown role, located in the file and listing the real roles', async () => {
    const config = await fx.write(
      'role.yaml',
      [
        'version: 1',
        `group: { id: ${DEMO_GROUP} }`,
        'orgs:',
        '  - slug: golden',
        '    name: Golden Template',
        '    members:',
        '      - { user: alice@acme.com, role: Org Admn }',
        '',
      ].join('\n'),
    );
    const result = await plan([config, '--detailed-exitcode']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/role\.yaml:7:\d+/);
    expect(result.stderr).toContain("Unknown org role 'Org Admn'");
    expect(result.stderr).toContain("Did you mean 'Org Admin'?");
    expect(result.stderr).toContain("'Org Collaborator'");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 1 when the token is rejected, without a stack trace or the token', async () => {
    const result = await plan(['examples/multi-team', '--detailed-exitcode'], {
      ...fx.env,
      SNYK_TOKEN: 'not-a-valid-token-0123456789',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the token was rejected by');
    expect(result.stderr).not.toContain('not-a-valid-token-0123456789');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
  });

  it('exits 1 when the API is unreachable, saying which URL', async () => {
    // Port 9 (discard) on 127.0.0.1 is closed on test machines: connections are refused at once.
    const result = await plan(['examples/multi-team', '--detailed-exitcode'], {
      SNYK_TOKEN: DEMO_TOKEN,
      SNYK_API_URL: 'http://127.0.0.1:9',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('127.0.0.1:9');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('plan --verbose', () => {
  it('logs each request (method, path, status, ms) to stderr and never the token', async () => {
    fx.emu.clearRequests();
    const result = await plan(['examples/multi-team', '--verbose']);
    expect(result.code).toBe(0);
    const calls = apiCallsIn(fx.emu.requests());
    // One line per request: `METHOD /path/{template} STATUS NNms retries=N` (ids stay out of logs).
    const lines = result.stderr.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(calls.length);
    const unmatched = [...calls];
    for (const line of lines) {
      const m = /^(GET|POST|PUT|PATCH|DELETE) (\/\S+) (\d{3}) \d+ms\b/.exec(line);
      expect(m, line).not.toBeNull();
      const [, method, template, status] = m!;
      const pattern = new RegExp(`^${template!.replace(/\{[^}]+\}/g, '[^/]+')}$`);
      const at = unmatched.findIndex(
        (c) => c.method === method && pattern.test(c.path) && String(c.status) === status,
      );
      expect(at, line).toBeGreaterThanOrEqual(0);
      unmatched.splice(at, 1);
    }
    expect(unmatched).toEqual([]);
    expect(result.stderr).not.toContain(DEMO_TOKEN);
    expect(result.stdout).not.toContain(DEMO_TOKEN);
  });
});
