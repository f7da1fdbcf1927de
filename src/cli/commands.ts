// The command table. Each command lives in its own module under commands/, loaded only when
// run; its options are declared once in command-options.ts, for the parser and for help.
// Adding a command means adding its module, its options and one entry here.
import {
  ACCESS_OPTIONS,
  APPLY_OPTIONS,
  DRIFT_OPTIONS,
  EMULATOR_OPTIONS,
  EXPORT_OPTIONS,
  PLAN_OPTIONS,
  SHOW_OPTIONS,
  VALIDATE_OPTIONS,
} from './command-options.ts';
import type { CommandSpec } from './context.ts';

const ERROR = [1, 'error (bad config, bad usage, Snyk unreachable or refusing)'] as const;

export const COMMANDS: Record<string, CommandSpec> = {
  validate: {
    summary: 'check the config files (schema and rules), offline',
    args: '[paths...]',
    options: VALIDATE_OPTIONS,
    usesSnyk: false,
    exitCodes: [
      [0, 'valid'],
      [1, 'invalid, or bad usage'],
    ],
    example: 'snyk-gitops validate snyk/',
    load: async () => (await import('./commands/validate.ts')).validateCommand,
  },
  plan: {
    summary: 'read live Snyk and show the changes that would reconcile it with the config',
    args: '[paths...]',
    options: PLAN_OPTIONS,
    usesSnyk: true,
    exitCodes: [
      [0, 'success (with --detailed-exitcode: no changes)'],
      ERROR,
      [2, 'changes (only with --detailed-exitcode)'],
    ],
    example: 'snyk-gitops plan snyk-gitops.yaml --out plan.json',
    load: async () => (await import('./commands/plan.ts')).planCommand,
  },
  show: {
    summary: 'print a saved plan (from plan --out) as plan would',
    args: 'PLAN.json',
    options: SHOW_OPTIONS,
    usesSnyk: false,
    exitCodes: [
      [0, 'shown'],
      [1, 'unreadable or invalid plan file, or bad usage'],
    ],
    example: 'snyk-gitops show plan.json --format markdown',
    load: async () => (await import('./commands/show.ts')).showCommand,
  },
  apply: {
    summary: 'plan, confirm, and make the changes (or apply a saved plan with --plan)',
    args: '[paths...]',
    options: APPLY_OPTIONS,
    usesSnyk: true,
    exitCodes: [
      [0, 'applied, or nothing to do'],
      [1, 'error, refusal, no confirmation, interrupted, or a change failed'],
      [130, 'a second Ctrl+C exited at once (143: a second SIGTERM)'],
    ],
    example: 'snyk-gitops apply --plan plan.json',
    load: async () => (await import('./commands/apply.ts')).applyCommand,
  },
  drift: {
    summary: 'report what changed in Snyk behind git’s back',
    args: '[paths...]',
    options: DRIFT_OPTIONS,
    usesSnyk: true,
    exitCodes: [
      [0, 'in sync'],
      [1, 'error, or a part of Snyk could not be read'],
      [2, 'drift'],
    ],
    example: 'snyk-gitops drift --format html --output drift.html',
    load: async () => (await import('./commands/drift.ts')).driftCommand,
  },
  access: {
    summary: 'show one person’s group, org and tenant memberships and pending invitations (managed or not)',
    args: 'USER [paths...]',
    options: ACCESS_OPTIONS,
    usesSnyk: true,
    exitCodes: [
      [0, 'the person was found'],
      [1, 'error, or an unknown person'],
    ],
    example: 'snyk-gitops access alice@acme.com',
    load: async () => (await import('./commands/access.ts')).accessCommand,
  },
  export: {
    summary: 'write the live group as config YAML (plan on it shows no changes)',
    args: '',
    options: EXPORT_OPTIONS,
    usesSnyk: true,
    exitCodes: [[0, 'written'], ERROR],
    example: 'snyk-gitops export --group 4a18d42f-0000-4000-8000-000000000000 --output snyk/ --split',
    load: async () => (await import('./commands/export.ts')).exportCommand,
  },
  emulator: {
    summary: 'serve the offline Snyk API emulator on 127.0.0.1 (try a config without Snyk)',
    args: '',
    options: EMULATOR_OPTIONS,
    usesSnyk: false,
    exitCodes: [
      [0, 'stopped (Ctrl+C or SIGTERM)'],
      [1, 'bad state file or bad usage'],
    ],
    example: 'snyk-gitops emulator --orgs 300 --save account.json',
    load: async () => (await import('./commands/emulator.ts')).emulatorCommand,
  },
};
