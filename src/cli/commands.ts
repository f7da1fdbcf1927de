// The command table. Each command lives in its own module under commands/, loaded only when
// run. Adding a command means adding its module and one entry here.
import type { CommandSpec } from './context.ts';

export const COMMANDS: Record<string, CommandSpec> = {};
