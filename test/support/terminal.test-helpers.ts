// Runs the built CLI on a pseudo-terminal (util-linux `script`), for what only happens on a
// TTY: the confirmation prompt, Ctrl+C and Ctrl+D typed at the keyboard, the progress bar.
import { spawn } from 'node:child_process';
import { CLI_PATH, REPO_ROOT } from './cli.test-helpers.ts';

export interface TerminalRun {
  /** Types into the terminal (e.g. 'yes\r', '\x03' for Ctrl+C, '\x04' for Ctrl+D). */
  type(text: string): void;
  /** Resolves once the output from offset `from` on (default: all of it) matches. */
  waitFor(pattern: RegExp, from?: number): Promise<string>;
  /** How much output there is so far: a `from` for waitFor. */
  length(): number;
  /** The exit code and everything the terminal showed (stdout and stderr together). */
  done: Promise<{ code: number; output: string }>;
}

const quote = (arg: string) => `'${arg.replaceAll("'", `'\\''`)}'`;

export function runCliInTerminal(
  args: string[],
  options: { env: Record<string, string>; cwd?: string; timeoutMs?: number },
): TerminalRun {
  // exec: the shell `script` starts must not stay in the terminal's process group, or Ctrl+C
  // reaches it too and it reports the signal instead of the CLI's exit code.
  const command = `exec ${[process.execPath, CLI_PATH, ...args].map(quote).join(' ')}`;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    TERM: 'dumb',
  };
  const child = spawn('script', ['-qfec', command, '/dev/null'], {
    cwd: options.cwd ?? REPO_ROOT,
    env: { ...env, ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const waiters: { pattern: RegExp; from: number; resolve: (text: string) => void }[] = [];
  const check = () => {
    for (const waiter of [...waiters]) {
      if (waiter.pattern.test(output.slice(waiter.from))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(output);
      }
    }
  };
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    output += d;
    check();
  });
  child.stderr.setEncoding('utf8').on('data', (d: string) => (output += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  const done = new Promise<{ code: number; output: string }>((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      for (const waiter of waiters) waiter.resolve(output);
      resolve({ code: code ?? 1, output });
    }),
  );
  return {
    type: (text) => child.stdin.write(text),
    waitFor: (pattern, from = 0) =>
      new Promise((resolve) => {
        waiters.push({ pattern, from, resolve });
        check();
      }),
    length: () => output.length,
    done,
  };
}
