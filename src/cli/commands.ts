// The command table. Each command lives in its own module under commands/, loaded only when
// run. Adding a command means adding its module and one entry here.
import type { CommandSpec } from './context.ts';

export const COMMANDS: Record<string, CommandSpec> = {
  plan: {
    summary: 'read live Snyk and show the changes that would reconcile it with the config',
    usage:
      'plan [paths...] [--out plan.json] [--format text|markdown|json] [--detailed-exitcode] [--target ADDRESS]... [--replace ADDRESS]... [--allow-mass-delete] [--allow-lockout]',
    load: async () => (await import('./commands/plan.ts')).planCommand,
  },
  apply: {
    summary: 'plan, confirm, and make the changes (or apply a saved plan with --plan)',
    usage:
      'apply [paths...] [--auto-approve] [--allow-mass-delete] [--allow-lockout] [--target ADDRESS]... [--replace ADDRESS]... | apply --plan plan.json [--allow-mass-delete] [--allow-lockout]',
    load: async () => (await import('./commands/apply.ts')).applyCommand,
  },
  drift: {
    summary:
      'report what changed in Snyk behind git’s back (exit 0 in sync, 2 drift, 1 error or unreadable part)',
    usage: 'drift [paths...] [--format text|markdown|json|html] [--output file]',
    load: async () => (await import('./commands/drift.ts')).driftCommand,
  },
  access: {
    summary: 'show one person’s group, org and tenant memberships and pending invitations (managed or not)',
    usage: 'access USER [paths...] [--format text|json|markdown]',
    load: async () => (await import('./commands/access.ts')).accessCommand,
  },
  export: {
    summary: 'write the live group as config YAML (plan on it shows no changes)',
    usage: 'export --group ID [--tenant ID] [--output file|dir] [--split]',
    load: async () => (await import('./commands/export.ts')).exportCommand,
  },
  emulator: {
    summary: 'serve the offline Snyk API emulator on 127.0.0.1 (try a config without Snyk)',
    usage: 'emulator [--state file.json] [--port N] [--rate-limit N] [--reality LIST]',
    load: async () => (await import('./commands/emulator.ts')).emulatorCommand,
  },
  validate: {
    summary: 'check the config files (schema and rules), offline',
    usage: 'validate [paths...] [--format text|json]',
    load: async () => (await import('./commands/validate.ts')).validateCommand,
  },
};
