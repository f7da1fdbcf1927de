#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  secretsOf
} from "./chunks/chunk-IYSR2U3H.js";
import {
  ACCESS_OPTIONS,
  APPLY_OPTIONS,
  DRIFT_OPTIONS,
  EMULATOR_OPTIONS,
  EXPORT_OPTIONS,
  GLOBAL_OPTIONS,
  PLAN_OPTIONS,
  SHOW_OPTIONS,
  VALIDATE_OPTIONS
} from "./chunks/chunk-UUE3DFEN.js";
import {
  inertLines,
  redact
} from "./chunks/chunk-GVG4TUQB.js";
import {
  GitopsError,
  UsageError
} from "./chunks/chunk-N4ITD6G4.js";
import "./chunks/chunk-HANBNIMK.js";

// src/cli/interrupts.ts
var SIGNAL_NUMBERS = { SIGINT: 2, SIGTERM: 15 };
function processInterrupts(proc) {
  return {
    listen(onFirst) {
      let received = 0;
      const on = (signal) => {
        received += 1;
        if (received === 1) {
          onFirst(signal);
          return;
        }
        proc.stderr.write(
          `
${signal} again: exiting at once; writes in flight may or may not have been made.
`
        );
        proc.exit(128 + SIGNAL_NUMBERS[signal]);
      };
      proc.on("SIGINT", on);
      proc.on("SIGTERM", on);
      return () => {
        proc.off("SIGINT", on);
        proc.off("SIGTERM", on);
      };
    }
  };
}

// src/cli/commands.ts
var ERROR = [1, "error (bad config, bad usage, Snyk unreachable or refusing)"];
var COMMANDS = {
  validate: {
    summary: "check the config files (schema and rules), offline",
    args: "[paths...]",
    options: VALIDATE_OPTIONS,
    usesSnyk: false,
    exitCodes: [
      [0, "valid"],
      [1, "invalid, or bad usage"]
    ],
    example: "snyk-gitops validate snyk/",
    load: async () => (await import("./chunks/validate-JLZDEWEW.js")).validateCommand
  },
  plan: {
    summary: "read live Snyk and show the changes that would reconcile it with the config",
    args: "[paths...]",
    options: PLAN_OPTIONS,
    usesSnyk: true,
    exitCodes: [
      [0, "success (with --detailed-exitcode: no changes)"],
      ERROR,
      [2, "changes (only with --detailed-exitcode)"]
    ],
    example: "snyk-gitops plan snyk-gitops.yaml --out plan.json",
    load: async () => (await import("./chunks/plan-XQVIWAIR.js")).planCommand
  },
  show: {
    summary: "print a saved plan (from plan --out) as plan would",
    args: "PLAN.json",
    options: SHOW_OPTIONS,
    usesSnyk: false,
    exitCodes: [
      [0, "shown"],
      [1, "unreadable or invalid plan file, or bad usage"]
    ],
    example: "snyk-gitops show plan.json --format markdown",
    load: async () => (await import("./chunks/show-UC5EGM5X.js")).showCommand
  },
  apply: {
    summary: "plan, confirm, and make the changes (or apply a saved plan with --plan)",
    args: "[paths...]",
    options: APPLY_OPTIONS,
    usesSnyk: true,
    exitCodes: [
      [0, "applied, or nothing to do"],
      [1, "error, refusal, no confirmation, interrupted, or a change failed"],
      [130, "a second Ctrl+C exited at once (143: a second SIGTERM)"]
    ],
    example: "snyk-gitops apply --plan plan.json",
    load: async () => (await import("./chunks/apply-V2RZ4DF7.js")).applyCommand
  },
  drift: {
    summary: "report what changed in Snyk behind git\u2019s back",
    args: "[paths...]",
    options: DRIFT_OPTIONS,
    usesSnyk: true,
    exitCodes: [
      [0, "in sync"],
      [1, "error, or a part of Snyk could not be read"],
      [2, "drift"]
    ],
    example: "snyk-gitops drift --format html --output drift.html",
    load: async () => (await import("./chunks/drift-TA4Z3EKD.js")).driftCommand
  },
  access: {
    summary: "show one person\u2019s group, org and tenant memberships and pending invitations (managed or not)",
    args: "USER [paths...]",
    options: ACCESS_OPTIONS,
    usesSnyk: true,
    exitCodes: [
      [0, "the person was found"],
      [1, "error, or an unknown person"]
    ],
    example: "snyk-gitops access alice@acme.com",
    load: async () => (await import("./chunks/access-ZRPLJWCT.js")).accessCommand
  },
  export: {
    summary: "write the live group as config YAML (plan on it shows no changes)",
    args: "",
    options: EXPORT_OPTIONS,
    usesSnyk: true,
    exitCodes: [[0, "written"], ERROR],
    example: "snyk-gitops export --group 4a18d42f-0000-4000-8000-000000000000 --output snyk/ --split",
    load: async () => (await import("./chunks/export-HA3B26UI.js")).exportCommand
  },
  emulator: {
    summary: "serve the offline Snyk API emulator on 127.0.0.1 (try a config without Snyk)",
    args: "",
    options: EMULATOR_OPTIONS,
    usesSnyk: false,
    exitCodes: [
      [0, "stopped (Ctrl+C or SIGTERM)"],
      [1, "bad state file or bad usage"]
    ],
    example: "snyk-gitops emulator --orgs 300 --save account.json",
    load: async () => (await import("./chunks/emulator-5LPCTNYE.js")).emulatorCommand
  }
};

// src/cli/help.ts
var SNYK_ENVIRONMENT = [
  ["SNYK_TOKEN", 'API token, sent as "Authorization: token \u2026" (required to talk to Snyk)'],
  ["SNYK_OAUTH_TOKEN", 'OAuth access token, sent as "Bearer \u2026" (instead of SNYK_TOKEN)'],
  [
    "SNYK_OAUTH_CLIENT_ID",
    "an OAuth service account instead: with SNYK_OAUTH_CLIENT_SECRET, or SNYK_OAUTH_PRIVATE_KEY(_FILE) and SNYK_OAUTH_KEY_ID; access tokens renewed as they expire"
  ],
  ["SNYK_API_URL", "default of --api-url"],
  ["SNYK_REST_VERSION", "default of --rest-version"],
  ["SNYK_GITOPS_CONCURRENCY", "default of --concurrency"],
  ["SNYK_GITOPS_RATE_LIMIT", "default of --rate-limit"],
  ["SNYK_GITOPS_HTTP_TIMEOUT_MS", "deadline for response headers, and again for a whole body"],
  ["HTTPS_PROXY, HTTP_PROXY, NO_PROXY", "the proxy for the Snyk API, read as curl reads them"],
  [
    "SNYK_GITOPS_STATE_DIR",
    "where apply remembers orgs it created until Snyk lists them (default: $XDG_STATE_HOME/snyk-gitops)"
  ]
];
var COMMON_ENVIRONMENT = [
  ["NO_COLOR", "no colour, as --no-color"],
  ["SNYK_GITOPS_DEBUG=1", "stack traces on internal errors"]
];
function renderCommandHelp(name, spec) {
  const args = spec.args === "" ? "" : ` ${spec.args}`;
  const environment = [...spec.usesSnyk ? SNYK_ENVIRONMENT : [], ...COMMON_ENVIRONMENT];
  return [
    `Usage: snyk-gitops ${name}${args} [options]`,
    "",
    `${spec.summary}.`,
    "",
    "Options:",
    ...optionLines(spec.options),
    "",
    "Global options:",
    // A command's own option of the same name (emulator --rate-limit) replaces the global one.
    ...optionLines(
      Object.fromEntries(Object.entries(GLOBAL_OPTIONS).filter(([key]) => !(key in spec.options)))
    ),
    "",
    "Environment:",
    ...table(environment),
    "",
    "Exit codes:",
    ...table(spec.exitCodes.map(([code, meaning]) => [String(code), meaning])),
    "",
    "Example:",
    `  ${spec.example}`,
    ""
  ].join("\n");
}
function renderOverview(commands) {
  return [
    "snyk-gitops: manage Snyk groups, orgs, settings and memberships as code",
    "",
    "Usage: snyk-gitops <command> [options]",
    "",
    "Commands:",
    ...table(Object.entries(commands).map(([name, spec]) => [name, spec.summary])),
    "",
    "Other:",
    ...table([
      ["help COMMAND", "a command's options, defaults, environment, exit codes and an example"],
      ["-v, --version", "print the version"]
    ]),
    "",
    "Run 'snyk-gitops help <command>' (or 'snyk-gitops <command> --help') for its options.",
    ""
  ].join("\n");
}
function optionLines(options) {
  return table(Object.entries(options).map(([name, doc]) => [flagOf(name, doc), describe(doc)]));
}
function flagOf(name, doc) {
  const short = doc.short === void 0 ? "    " : `-${doc.short}, `;
  const value = doc.type === "string" ? ` ${doc.value ?? "VALUE"}` : "";
  return `${short}--${name}${value}${doc.multiple ? " ..." : ""}`;
}
function describe(doc) {
  const shown = doc.shownDefault ?? doc.default;
  return shown === void 0 ? doc.help : `${doc.help} (default: ${shown})`;
}
function table(rows) {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

// src/cli/output.ts
var PIECE = 64 * 1024;
function createOutput(stdout, stderr, secrets) {
  const byLine = secrets.every((s) => !/[\n\r]/.test(s));
  const write = (sink, text) => {
    let room = true;
    for (const piece of byLine ? pieces(text) : [text])
      room = sink.write(inertLines(redact(piece, secrets), { keepStyle: true })) !== false;
    return room;
  };
  return {
    out: (text) => {
      write(stdout, text);
    },
    outAll: async (texts) => {
      for (const text of texts) if (!write(stdout, text)) await writable(stdout);
    },
    err: (text) => {
      write(stderr, text);
    }
  };
}
function writable(sink) {
  const { once, off } = sink;
  if (once === void 0 || sink.destroyed === true) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      off?.call(sink, "drain", done);
      off?.call(sink, "close", done);
      resolve();
    };
    once.call(sink, "drain", done);
    once.call(sink, "close", done);
  });
}
function* pieces(text) {
  let start = 0;
  while (text.length - start > PIECE) {
    let end = text.lastIndexOf("\n", start + PIECE) + 1;
    if (end <= start) end = text.indexOf("\n", start + PIECE) + 1;
    if (end <= start) break;
    yield text.slice(start, end);
    start = end;
  }
  if (start === 0) yield text;
  else if (start < text.length) yield text.slice(start);
}

// src/cli/main.ts
var VERSION = "0.1.0";
async function runCli(ctx) {
  const secrets = secretsOf(ctx.env);
  const io = createOutput(ctx.stdout, ctx.stderr, secrets);
  const [name, ...argv] = ctx.args;
  try {
    if (name === "--version" || name === "-v" || name === "version") {
      io.out(`${VERSION}
`);
      return 0;
    }
    const helpFor = name === "help" ? argv[0] : void 0;
    if (name === void 0 || name === "--help" || name === "-h" || name === "help" && helpFor === void 0) {
      io.out(renderOverview(COMMANDS));
      return name === void 0 ? 1 : 0;
    }
    const commandName = helpFor ?? name;
    const spec = COMMANDS[commandName];
    if (spec === void 0)
      throw new UsageError(`unknown command '${commandName}'. Commands: ${Object.keys(COMMANDS).join(", ")}`);
    if (helpFor !== void 0 || argv.includes("--help") || argv.includes("-h")) {
      io.out(renderCommandHelp(commandName, spec));
      return 0;
    }
    const command = await spec.load();
    return await command({ ...ctx, argv, io, secrets });
  } catch (error) {
    const helpLine = name !== void 0 && name in COMMANDS ? `snyk-gitops help ${name}` : "snyk-gitops help";
    return reportError(error, io, ctx.env, secrets, helpLine);
  }
}
function reportError(error, io, env, secrets, helpLine) {
  const debug = env.SNYK_GITOPS_DEBUG === "1";
  if (error instanceof GitopsError) {
    io.err(`Error: ${error.message}
`);
    if (error instanceof UsageError) io.err(`Run '${helpLine}' for usage.
`);
    if (debug && error.stack) io.err(`${redact(error.stack, secrets)}
`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(
    `Internal error: ${message}
This is a bug in snyk-gitops; please report it (rerun with SNYK_GITOPS_DEBUG=1 for details).
`
  );
  if (debug && error instanceof Error && error.stack) io.err(`${redact(error.stack, secrets)}
`);
  return 1;
}

// src/cli/bin.ts
process.exitCode = await runCli({
  args: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  interrupts: processInterrupts(process)
});
