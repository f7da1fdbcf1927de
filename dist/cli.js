#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/errors.ts
var GitopsError = class extends Error {
  code;
  exitCode;
  constructor(message, options) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = new.target.name;
    this.code = options.code;
    this.exitCode = options.exitCode ?? 1;
  }
};
var UsageError = class extends GitopsError {
  constructor(message) {
    super(message, { code: "USAGE" });
  }
};

// src/cli/commands.ts
var COMMANDS = {};

// src/cli/options.ts
function secretsOf(env) {
  return [
    env.SNYK_TOKEN,
    env.SNYK_OAUTH_TOKEN,
    env.GITHUB_TOKEN,
    env.INPUT_SNYK_TOKEN,
    env["INPUT_SNYK-TOKEN"],
    env["INPUT_GITHUB-TOKEN"]
  ].map((s) => s?.trim()).filter((s) => typeof s === "string" && s.length > 0);
}

// src/cli/output.ts
var MASK = "***";
function redact(text, secrets) {
  let result = text;
  for (const secret of secrets) {
    if (secret.length >= 4 && result.includes(secret)) result = result.split(secret).join(MASK);
  }
  return result;
}
function createOutput(stdout, stderr, secrets) {
  return {
    out: (text) => stdout.write(redact(text, secrets)),
    err: (text) => stderr.write(redact(text, secrets))
  };
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
  if (debug && error instanceof Error && error.stack) io.err(`${error.stack}
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
