// export finds the group's tenant itself (REST beta GET /groups/{id}) and includes it when the
// token can read it; a tenant it cannot read is left out with a note, while any other part
// that cannot be read fails the export (an export is complete or it is an error).
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { type Emulator, type EmulatorState, startEmulator } from '../../src/emulator/index.ts';
import { runCliInProcess } from '../support/cli.test-helpers.ts';

const EXAMPLE_STATE = new URL('../../examples/multi-team/snyk-state.json', import.meta.url);
const GROUP = '4a18d42f-0706-4ad0-b127-24078731fbed';
const TENANT = '59d6d97e-3106-4ebb-b608-352fad9c5b34';

describe('export and the tenant', () => {
  let emu: Emulator | undefined;
  afterEach(async () => emu?.close());

  async function start() {
    const state = JSON.parse(await readFile(EXAMPLE_STATE, 'utf8')) as EmulatorState;
    emu = await startEmulator({ state, rateLimit: false });
    return { SNYK_TOKEN: 'sgdemo-7f3c9a1e5b2d4c6f', SNYK_API_URL: emu.url };
  }

  it('includes the tenant the group names, without --tenant', async () => {
    const env = await start();
    const result = await runCliInProcess(['export', '--group', GROUP], { env });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`id: ${TENANT}`);
    expect(result.stdout).toMatch(/tenant:\n/);
  });

  it('leaves out a tenant the token cannot read, and says so', async () => {
    const env = await start();
    emu!.setFaults({
      rules: [
        {
          path: '^/rest/tenants/',
          respond: { status: 403, body: { errors: [{ status: '403', detail: 'Forbidden' }] } },
        },
      ],
    });
    const result = await runCliInProcess(['export', '--group', GROUP], { env });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/tenant:\n/);
    expect(result.stderr).toContain("note: the group's tenant is left out: the token cannot read it");
  });

  it('fails when another part cannot be read: an export is never partial', async () => {
    const env = await start();
    emu!.setFaults({
      rules: [{ path: '/settings$', respond: { status: 403, body: { code: 403, message: 'Forbidden' } } }],
    });
    const result = await runCliInProcess(['export', '--group', GROUP], { env });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Error: .*settings/);
    expect(result.stdout).toBe('');
  });
});
