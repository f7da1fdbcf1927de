// `help CMD`, `CMD --help` and `-v`, as users run them: the built CLI as a process. Every
// option the parser accepts appears in its help, with its default, so help cannot lag behind.
import { describe, expect, it } from 'vitest';
import { GLOBAL_OPTIONS } from '../../src/cli/command-options.ts';
import { COMMANDS } from '../../src/cli/commands.ts';
import { runCliProcess } from '../support/cli.test-helpers.ts';

describe('help', () => {
  it('lists every option of every command with its default, the environment, exit codes and an example', async () => {
    for (const [name, spec] of Object.entries(COMMANDS)) {
      const viaHelp = await runCliProcess(['help', name]);
      const viaFlag = await runCliProcess([name, '--help']);
      expect(viaHelp.code, name).toBe(0);
      expect(viaFlag.stdout, name).toBe(viaHelp.stdout);
      const page = viaHelp.stdout;
      expect(page).toContain(`Usage: snyk-gitops ${name}`);
      for (const [option, doc] of Object.entries({ ...GLOBAL_OPTIONS, ...spec.options })) {
        const line = page.split('\n').find((l) => new RegExp(`--${option}( |$)`).test(l));
        expect(line, `${name} --${option}`).toBeDefined();
        const shown =
          ('shownDefault' in doc ? doc.shownDefault : undefined) ??
          ('default' in doc ? doc.default : undefined);
        if (shown !== undefined) expect(line, `${name} --${option}`).toContain(`(default: ${shown})`);
      }
      expect(page).toMatch(/\nEnvironment:\n(.+\n)* {2}NO_COLOR /);
      expect(page).toMatch(/\nExit codes:\n {2}0 /);
      expect(page).toMatch(new RegExp(`\\nExample:\\n {2}snyk-gitops ${name}`));
    }
  });

  it('names the token variables only for commands that talk to Snyk', async () => {
    expect((await runCliProcess(['help', 'plan'])).stdout).toContain('SNYK_TOKEN');
    expect((await runCliProcess(['help', 'validate'])).stdout).not.toContain('SNYK_TOKEN');
  });

  it('shows the commands for help alone, and refuses help for an unknown command', async () => {
    const overview = await runCliProcess(['help']);
    expect(overview.code).toBe(0);
    for (const name of Object.keys(COMMANDS)) expect(overview.stdout).toMatch(new RegExp(`\\n {2}${name} `));
    const unknown = await runCliProcess(['help', 'aply']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("unknown command 'aply'");
  });

  it("points a usage mistake at the command's own help", async () => {
    const result = await runCliProcess(['plan', '--bogus']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Unknown option '--bogus'");
    expect(result.stderr).toContain("Run 'snyk-gitops help plan' for usage.");
  });

  it('prints the version for -v, --version and version', async () => {
    const { version } = (await import('../../package.json', { with: { type: 'json' } })).default;
    for (const flag of ['-v', '--version', 'version']) {
      const result = await runCliProcess([flag]);
      expect(result).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    }
  });
});
