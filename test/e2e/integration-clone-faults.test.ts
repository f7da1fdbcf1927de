// A clone whose answer goes wrong: lost after Snyk made it, missing the new id, or hostile. The
// apply finds the clone by re-reading the org's integrations, never clones twice, and a re-run
// converges; an answer it cannot use is a clear error, without a stack trace.
import { afterEach, describe, expect, it } from 'vitest';
import type { EmulatorState } from '../../src/emulator/index.ts';
import type { FaultResponse } from '../../src/emulator/types.ts';
import { defaultIntegrationSettings } from '../../src/emulator/v1/integrations.ts';
import { runCliInProcess } from '../support/cli.test-helpers.ts';
import {
  DEMO_GROUP,
  type EmulatorFixture,
  loadDemoState,
  lookup,
  startFixture,
  writesIn,
} from '../support/emulator-fixture.test-helpers.ts';

const APP = 'github-cloud-app';
const CLONE = '^/v1/org/[^/]+/integrations/[^/]+/clone$';

let fx: EmulatorFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

function account(state: EmulatorState): EmulatorState {
  lookup(state).org('golden').integrations = [
    {
      id: '5e7a9c10-0000-4000-8000-0000000000b1',
      type: APP,
      settings: defaultIntegrationSettings(),
      credentials: { token: 'ghs-fault-credential-2b8d' },
    },
  ];
  return state;
}

const CONFIG = [
  'version: 1',
  `group: { id: ${DEMO_GROUP} }`,
  'orgs:',
  '  - slug: golden',
  '  - slug: payments',
  `    integrations: { ${APP}: { from: golden, settings: { pullRequestTestEnabled: false } } }`,
  '',
].join('\n');

/** A new org that clones the app, alone in the plan with its creation. */
const NEW_ORG = [
  'version: 1',
  `group: { id: ${DEMO_GROUP} }`,
  'orgs:',
  '  - slug: mobile',
  '    name: Mobile',
  `    integrations: { ${APP}: { from: golden } }`,
  '',
].join('\n');

/** Applies with the clone answered by `respond` once; returns the run and payments' integrations. */
async function applyWith(respond: FaultResponse, config = CONFIG) {
  fx = await startFixture(account(await loadDemoState()));
  const path = await fx.write('snyk.yaml', config);
  fx.emu.setFaults({ rules: [{ method: 'POST', path: CLONE, times: 1, respond }] });
  const result = await runCliInProcess(['apply', path, '--auto-approve'], { env: fx.env });
  fx.emu.setFaults(undefined);
  const apps = () =>
    (lookup(fx!.emu.getState()).org('payments').integrations ?? []).filter((i) => i.type === APP);
  return { path, result, apps };
}

const clonesIn = (f: EmulatorFixture) =>
  writesIn(f.emu.requests()).filter((w) => w.path.endsWith('/clone')).length;

describe('a clone whose answer goes wrong', () => {
  it('finds a clone whose answer was lost by re-reading, writes its settings, and clones once', async () => {
    const { result, apps } = await applyWith({ afterHandling: { status: 500, body: { message: 'lost' } } });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(apps()).toHaveLength(1);
    expect(apps()[0]!.settings.pullRequestTestEnabled).toBe(false);
    expect(clonesIn(fx!)).toBe(1);
  });

  it('learns the new id from the org when the answer does not name it', async () => {
    const { result, apps, path } = await applyWith({ afterHandling: { status: 200, body: {} } });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(apps()[0]!.settings.pullRequestTestEnabled).toBe(false);
    const again = await runCliInProcess(['plan', path, '--detailed-exitcode'], { env: fx!.env });
    expect(again.code).toBe(0);
  });

  it('sends again a clone into an org created in this run that Snyk does not show yet (404)', async () => {
    const { result } = await applyWith(
      { status: 404, body: { code: 404, message: 'Org not found' } },
      NEW_ORG,
    );
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(clonesIn(fx!)).toBe(2);
    const mobile = lookup(fx!.emu.getState()).org('mobile');
    expect(mobile.integrations?.map((i) => i.type)).toEqual([APP]);
  });

  it('reports a hostile answer clearly, and a re-run converges without a second clone', async () => {
    const { result, apps, path } = await applyWith({
      afterHandling: { status: 200, body: { newIntegrationId: { $ne: null } } },
    });
    expect(result.code).toBe(1);
    const said = result.stdout + result.stderr;
    expect(said).toContain(`org[payments].integration[${APP}]`);
    expect(said).toContain('newIntegrationId');
    expect(said).not.toMatch(/\n\s+at \S+ \(|internal error/i);
    expect(apps()).toHaveLength(1);
    fx!.emu.clearRequests();
    const rerun = await runCliInProcess(['apply', path, '--auto-approve'], { env: fx!.env });
    expect(rerun.code, rerun.stdout + rerun.stderr).toBe(0);
    expect(clonesIn(fx!)).toBe(0);
    expect(apps()).toHaveLength(1);
    expect(apps()[0]!.settings.pullRequestTestEnabled).toBe(false);
  });
});
