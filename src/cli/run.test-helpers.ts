// For the CLI's tests: run it in this process on `cwd` with no environment, capturing the
// exit code and both streams.
import { runCli } from './main.ts';

export async function runCaptured(
  cwd: string,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli({
    args,
    env: {},
    cwd,
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    stdin: process.stdin,
  });
  return { code, stdout, stderr };
}
