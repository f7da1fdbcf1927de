#!/usr/bin/env node
// The executable: hands the real process to runCli and sets the exit code.
import { processInterrupts } from './interrupts.ts';
import { runCli } from './main.ts';

process.exitCode = await runCli({
  args: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  interrupts: processInterrupts(process),
});
