import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateState } from '../../emulator/generate.ts';
import type { CommandContext } from '../context.ts';
import { runEmulator } from './emulator.ts';

function context(argv: string[], cwd: string) {
  let out = '';
  const ctx = {
    argv,
    env: {},
    cwd,
    stdout: { write: () => true },
    stderr: { write: () => true },
    stdin: process.stdin,
    io: {
      out: (t: string) => {
        out += t;
      },
      err: () => undefined,
    },
    secrets: [],
  } as unknown as CommandContext;
  return { ctx, output: () => out };
}

describe('snyk-gitops emulator', () => {
  it('serves a state file, prints the URL and how to use it, never the file’s tokens', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'emu-cli-'));
    const { state, token, groupId } = generateState({
      orgs: 2,
      membersPerOrg: [1, 2],
      token: 'secret-token-1234',
    });
    await writeFile(join(dir, 'state.json'), JSON.stringify(state));
    const { ctx, output } = context(['--state', 'state.json', '--port', '0'], dir);
    let served = 0;
    const code = await runEmulator(ctx, async (url) => {
      const res = await fetch(`${url}/rest/groups/${groupId}/orgs?version=2024-10-15`, {
        headers: { authorization: `token ${token}` },
      });
      served = res.status;
    });
    expect(code).toBe(0);
    expect(served).toBe(200);
    expect(output()).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/);
    expect(output()).toContain('SNYK_API_URL=http://127.0.0.1:');
    expect(output()).toContain('tokens are defined in the state file');
    expect(output()).not.toContain('secret-token-1234');
  });

  it('applies --rate-limit per token', async () => {
    const { ctx } = context(['--rate-limit', '1'], process.cwd());
    const statuses: number[] = [];
    const { token } = generateState({ orgs: 5, membersPerOrg: [2, 5], seed: 1 });
    await runEmulator(ctx, async (url) => {
      for (let i = 0; i < 2; i++) {
        statuses.push(
          (
            await fetch(`${url}/rest/self?version=2024-10-15`, {
              headers: { authorization: `token ${token}` },
            })
          ).status,
        );
      }
    });
    expect(statuses).toEqual([200, 429]);
  });

  it('reports an unreadable or malformed state file with its path', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'emu-cli-'));
    await writeFile(join(dir, 'bad.json'), '{"tokens": []}');
    await expect(runEmulator(context(['--state', 'bad.json'], dir).ctx, async () => {})).rejects.toThrow(
      /bad\.json.*tokens, users/,
    );
    await expect(runEmulator(context(['--state', 'missing.json'], dir).ctx, async () => {})).rejects.toThrow(
      /cannot read/,
    );
    await expect(runEmulator(context(['--port', 'x'], dir).ctx, async () => {})).rejects.toThrow(
      /--port 'x'/,
    );
  });

  it('serves reality mode with --reality and refuses an unknown switch', async () => {
    const { ctx, output } = context(
      ['--reality', 'orgCreateMinimal,v1Gone:endpoints=DELETE /v1/org/{orgId}'],
      process.cwd(),
    );
    const { token, groupId } = generateState({ orgs: 5, membersPerOrg: [2, 5], seed: 1 });
    const answers: unknown[] = [];
    await runEmulator(ctx, async (url) => {
      const created = await fetch(`${url}/v1/org`, {
        method: 'POST',
        headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Fresh', groupId }),
      });
      const body = (await created.json()) as { id: string };
      answers.push(Object.keys(body).sort());
      const deleted = await fetch(`${url}/v1/org/${body.id}`, {
        method: 'DELETE',
        headers: { authorization: `token ${token}` },
      });
      answers.push(deleted.status);
    });
    expect(answers).toEqual([['created', 'id', 'name'], 410]);
    expect(output()).toContain('reality: orgCreateMinimal, v1Gone');
    await expect(
      runEmulator(context(['--reality', 'all,bogus'], process.cwd()).ctx, async () => {}),
    ).rejects.toThrow(/--reality: .*unknown reality switch 'bogus'/);
  });
});
