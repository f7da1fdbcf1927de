#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  redact
} from "./chunks/chunk-NIMG3N7N.js";
import {
  inertLines
} from "./chunks/chunk-NW3PDA5F.js";
import {
  secretsOf
} from "./chunks/chunk-GDNDMYAR.js";
import {
  GitopsError,
  UsageError
} from "./chunks/chunk-SFHYOFQJ.js";
import "./chunks/chunk-HANBNIMK.js";

// src/cli/commands.ts
var COMMANDS = {
  plan: {
    summary: "read live Snyk and show the changes that would reconcile it with the config",
    usage: "plan [paths...] [--out plan.json] [--format text|markdown|json] [--detailed-exitcode] [--target ADDRESS]... [--replace ADDRESS]...",
    load: async () => (await import("./chunks/plan-PGLKGKK7.js")).planCommand
  },
  apply: {
    summary: "plan, confirm, and make the changes (or apply a saved plan with --plan)",
    usage: "apply [paths...] [--auto-approve] [--allow-mass-delete] [--allow-lockout] [--target ADDRESS]... [--replace ADDRESS]... | apply --plan plan.json",
    load: async () => (await import("./chunks/apply-CUFHJKDD.js")).applyCommand
  },
  drift: {
    summary: "report what changed in Snyk behind git\u2019s back (exit 0 in sync, 2 drift, 1 error or unreadable part)",
    usage: "drift [paths...] [--format text|markdown|json|html] [--output file]",
    load: async () => (await import("./chunks/drift-PTTHSPV2.js")).driftCommand
  },
  access: {
    summary: "show one person\u2019s group, org and tenant memberships and pending invitations (managed or not)",
    usage: "access USER [paths...] [--format text|json|markdown]",
    load: async () => (await import("./chunks/access-QLBL7Z3A.js")).accessCommand
  },
  export: {
    summary: "write the live group as config YAML (plan on it shows no changes)",
    usage: "export --group ID [--tenant ID] [--output file|dir] [--split]",
    load: async () => (await import("./chunks/export-TGZ2FZDS.js")).exportCommand
  },
  emulator: {
    summary: "serve the offline Snyk API emulator on 127.0.0.1 (try a config without Snyk)",
    usage: "emulator [--state file.json] [--port N] [--rate-limit N] [--reality LIST]",
    load: async () => (await import("./chunks/emulator-DTLYQ5BJ.js")).emulatorCommand
  },
  validate: {
    summary: "check the config files (schema and rules), offline",
    usage: "validate [paths...] [--format text|json]",
    load: async () => (await import("./chunks/validate-3T3P55QE.js")).validateCommand
  }
};

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
function usage() {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, spec]) => `  ${name.padEnd(width)}  ${spec.summary}`);
  return [
    "snyk-gitops: manage Snyk groups, orgs, settings and memberships as code",
    "",
    "Usage: snyk-gitops <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Global options: --api-url URL, --rest-version V, --concurrency N, --no-color, --quiet, --verbose",
    "Environment: SNYK_TOKEN (or SNYK_OAUTH_TOKEN), SNYK_API_URL, SNYK_REST_VERSION",
    "Run 'snyk-gitops <command> --help' for a command's options.",
    ""
  ].join("\n");
}
async function runCli(ctx) {
  const secrets = secretsOf(ctx.env);
  const io = createOutput(ctx.stdout, ctx.stderr, secrets);
  const [name, ...argv] = ctx.args;
  try {
    if (name === void 0 || name === "help" || name === "--help" || name === "-h") {
      io.out(usage());
      return name === void 0 ? 1 : 0;
    }
    if (name === "--version" || name === "version") {
      io.out(`${VERSION}
`);
      return 0;
    }
    const spec = COMMANDS[name];
    if (spec === void 0)
      throw new UsageError(`unknown command '${name}'. Commands: ${Object.keys(COMMANDS).join(", ")}`);
    if (argv.includes("--help") || argv.includes("-h")) {
      io.out(`Usage: snyk-gitops ${spec.usage}

${spec.summary}
`);
      return 0;
    }
    const command = await spec.load();
    return await command({ ...ctx, argv, io, secrets });
  } catch (error) {
    return reportError(error, io, ctx.env, secrets);
  }
}
function reportError(error, io, env, secrets) {
  const debug = env.SNYK_GITOPS_DEBUG === "1";
  if (error instanceof GitopsError) {
    io.err(`Error: ${error.message}
`);
    if (error instanceof UsageError) io.err("Run 'snyk-gitops --help' for usage.\n");
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
  stdin: process.stdin
});
