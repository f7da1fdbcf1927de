// The REST settings kinds against the emulator, beyond the conformance suite: the PR template's
// POST replaces the whole template, so an update sends the live values of the keys the file
// does not list; `null` deletes it and absence leaves it alone; Snyk Code is written with the
// spec's attribute name and the org's id.
import { afterEach, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.test-helpers.ts';
import {
  DEMO_GROUP,
  type EmulatorFixture,
  loadDemoState,
  lookup,
  startFixture,
  writesIn,
} from '../support/emulator-fixture.test-helpers.ts';

let fx: EmulatorFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

const LIVE_TEMPLATE = {
  title: 'Old title',
  commit_message: 'chore: old commit',
  description: 'Old description kept by the tool',
};

async function withTemplate() {
  const state = await loadDemoState();
  lookup(state).group.restSettings = { pull_request_template: { ...LIVE_TEMPLATE } };
  fx = await startFixture(state);
  return fx;
}

async function cli(args: string[], expectCode = 0) {
  const result = await runCliInProcess(args, { env: fx!.env });
  expect(result.code, `${args.join(' ')}\n${result.stdout}\n${result.stderr}`).toBe(expectCode);
  return result;
}

const config = (group: string, orgs = '') => `version: 1\ngroup:\n  id: ${DEMO_GROUP}\n${group}${orgs}`;

async function planned(path: string) {
  const { stdout } = await cli(['plan', path, '--format', 'json']);
  return (JSON.parse(stdout) as { changes: { action: string; address: string; after: unknown }[] }).changes;
}

const liveTemplate = () => lookup(fx!.emu.getState()).group.restSettings?.pull_request_template;

describe('pull_request_template', () => {
  it('updates the listed key and sends the others at their live values (POST replaces all)', async () => {
    await withTemplate();
    const file = await fx!.write('snyk.yaml', config('  pullRequestTemplate: { title: "New title" }\n'));
    expect(await planned(file)).toMatchObject([
      { action: 'update', address: 'group.pull_request_template', after: { title: 'New title' } },
    ]);
    await cli(['apply', file, '--auto-approve']);
    expect(liveTemplate()).toEqual({ ...LIVE_TEMPLATE, title: 'New title' });
    expect(await planned(file)).toEqual([]);
  });

  it('deletes the template only when the file sets it to null', async () => {
    await withTemplate();
    const absent = await fx!.write('absent.yaml', config('  settings: {}\n'));
    expect(await planned(absent)).toEqual([]);
    const file = await fx!.write('snyk.yaml', config('  pullRequestTemplate: null\n'));
    expect(await planned(file)).toMatchObject([{ action: 'delete', address: 'group.pull_request_template' }]);
    // The whole of its kind: the mass-delete rail asks for the flag, as for any such delete.
    await cli(['apply', file, '--auto-approve', '--allow-mass-delete']);
    expect(liveTemplate()).toBeUndefined();
    expect(await planned(file)).toEqual([]);
  });

  it('creates a template where the group has none', async () => {
    fx = await startFixture(await loadDemoState());
    const file = await fx.write(
      'snyk.yaml',
      config('  pullRequestTemplate: { commitMessage: "fix: {{ package_name }}" }\n'),
    );
    expect(await planned(file)).toMatchObject([{ action: 'create', address: 'group.pull_request_template' }]);
    await cli(['apply', file, '--auto-approve']);
    expect(liveTemplate()).toEqual({ commit_message: 'fix: {{ package_name }}' });
  });
});

describe('sast_settings', () => {
  it('writes sast_enabled (the emulator refuses any other body), defaults.org reaching each org', async () => {
    fx = await startFixture(await loadDemoState());
    const file = await fx.write(
      'snyk.yaml',
      config('', 'defaults:\n  org:\n    sast: { enabled: true }\norgs:\n  - slug: payments\n'),
    );
    await cli(['apply', file, '--auto-approve']);
    const writes = writesIn(fx.emu.requests()).filter((w) => w.path.includes('/settings/sast'));
    expect(writes.map((w) => [w.method, w.status])).toEqual([['PATCH', 201]]);
    expect(lookup(fx.emu.getState()).org('payments').restSettings?.sast).toMatchObject({
      sast_enabled: true,
    });
    expect(await planned(file)).toEqual([]);
  });
});

describe('a settings answer of the wrong shape', () => {
  it('is a clear error naming the attribute, exit 1, and nothing is written', async () => {
    const state = await loadDemoState();
    lookup(state).org('payments').restSettings = { sast: { sast_enabled: 'yes' } };
    fx = await startFixture(state);
    const file = await fx.write(
      'snyk.yaml',
      config('', 'orgs:\n  - slug: payments\n    sast: { enabled: true }\n'),
    );
    const result = await cli(['apply', file, '--auto-approve'], 1);
    expect(result.stderr).toContain('data.attributes.sast_enabled: expected a boolean');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(writesIn(fx.emu.requests())).toEqual([]);
  });
});
