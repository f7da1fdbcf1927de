import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/cli/command-options.ts
var GLOBAL_OPTIONS = {
  "api-url": {
    type: "string",
    value: "URL",
    help: "the Snyk API base URL (REST under URL/rest, v1 under URL/v1)",
    shownDefault: "$SNYK_API_URL, else https://api.snyk.io"
  },
  "rest-version": {
    type: "string",
    value: "V",
    help: "the REST API version parameter",
    shownDefault: "$SNYK_REST_VERSION, else 2024-10-15"
  },
  concurrency: {
    type: "string",
    value: "N",
    help: "requests in flight at once",
    shownDefault: "$SNYK_GITOPS_CONCURRENCY, else 8"
  },
  "rate-limit": {
    type: "string",
    value: "REST[,V1][/Ns]",
    help: "the token's limits, requests per window; 0 turns pacing off",
    shownDefault: "$SNYK_GITOPS_RATE_LIMIT, else 1620,2000/60s"
  },
  "no-color": { type: "boolean", help: "no colour (also NO_COLOR); colour is used on a terminal only" },
  quiet: { type: "boolean", short: "q", help: "print only what matters (changes, errors)" },
  verbose: { type: "boolean", help: "log every request (the token is never shown)" },
  help: { type: "boolean", short: "h", help: "show this help" }
};
var PLAN_SELECTION_OPTIONS = {
  target: {
    type: "string",
    multiple: true,
    value: "ADDRESS",
    help: "plan only this object and what it depends on (repeatable, globs allowed)",
    shownDefault: "everything"
  },
  replace: {
    type: "string",
    multiple: true,
    value: "ADDRESS",
    help: "delete and re-create this object (repeatable), e.g. a webhook whose secret changed"
  },
  rotate: {
    type: "string",
    multiple: true,
    value: "ADDRESS",
    help: "give this service account a new secret, written to --secrets-dir (repeatable)"
  }
};
var RAIL_OPTIONS = {
  "allow-mass-delete": { type: "boolean", help: "lift the limits.maxDeletePercent refusal" },
  "allow-lockout": {
    type: "boolean",
    help: "lift the refusal to remove or demote the token's own user or the last admin"
  }
};
var PLAN_OPTIONS = {
  out: { type: "string", value: "FILE", help: "also save the plan as JSON, for apply --plan FILE" },
  format: { type: "string", default: "text", value: "FORMAT", help: "text, markdown or json" },
  "detailed-exitcode": { type: "boolean", help: "exit 2 when there are changes, 0 when none" },
  ...PLAN_SELECTION_OPTIONS,
  ...RAIL_OPTIONS
};
var APPLY_OPTIONS = {
  "auto-approve": {
    type: "boolean",
    help: "apply without asking (needed when stdin is not a terminal)"
  },
  plan: {
    type: "string",
    value: "FILE",
    help: "apply exactly this saved plan (from plan --out); takes no config paths"
  },
  "secrets-dir": {
    type: "string",
    value: "DIR",
    help: "write the secrets Snyk returns for new or rotated service accounts here (a file each, mode 0600)"
  },
  ...RAIL_OPTIONS,
  ...PLAN_SELECTION_OPTIONS
};
var SHOW_OPTIONS = {
  format: { type: "string", default: "text", value: "FORMAT", help: "text, markdown or json" }
};
var DRIFT_OPTIONS = {
  format: { type: "string", default: "text", value: "FORMAT", help: "text, markdown, json or html" },
  output: {
    type: "string",
    short: "o",
    value: "FILE",
    help: "write the report here",
    shownDefault: "stdout"
  },
  since: {
    type: "string",
    value: "CURSOR|TIME|DURATION",
    help: "read only what the audit log says changed since then (a cursor printed last time, 2026-12-01T00:00:00Z, 24h)"
  },
  full: { type: "boolean", help: "read everything, even with --since" }
};
var ACCESS_OPTIONS = {
  format: { type: "string", default: "text", value: "FORMAT", help: "text, json or markdown" }
};
var EXPORT_OPTIONS = {
  group: { type: "string", value: "ID", help: "the id of the Snyk group to export (required)" },
  tenant: {
    type: "string",
    value: "ID",
    help: "the tenant to include (it must be readable)",
    shownDefault: "the group's tenant when the token can read it"
  },
  output: {
    type: "string",
    short: "o",
    value: "PATH",
    help: "the file (or directory with --split) to write",
    shownDefault: "stdout"
  },
  split: { type: "boolean", help: "write group.yaml plus one org-<slug>.yaml per org into --output DIR" },
  force: {
    type: "boolean",
    help: "replace an existing file; with --split, clear the files a previous export wrote"
  }
};
var EMULATOR_OPTIONS = {
  state: {
    type: "string",
    value: "FILE",
    help: "serve this state (JSON, as written by --save)",
    shownDefault: "a generated account"
  },
  save: {
    type: "string",
    value: "FILE",
    help: "write the state to FILE when stopped, for --state FILE later"
  },
  // No parser defaults: given with --state they are a usage error.
  orgs: { type: "string", value: "N", help: "orgs in the generated account", shownDefault: "5" },
  members: { type: "string", value: "N|MIN-MAX", help: "members per generated org", shownDefault: "2-5" },
  projects: { type: "string", value: "N", help: "projects per generated org", shownDefault: "0" },
  port: { type: "string", value: "N", help: "the port on 127.0.0.1", shownDefault: "any free port" },
  "rate-limit": {
    type: "string",
    value: "N",
    help: "REST requests a minute per token; 0 turns the limit off",
    shownDefault: "1620"
  },
  reality: {
    type: "string",
    value: "LIST",
    help: "reproduce how the real API differs from its docs: all, or a comma-separated list",
    shownDefault: "off"
  }
};
var VALIDATE_OPTIONS = {
  format: { type: "string", short: "f", default: "text", value: "FORMAT", help: "text or json" }
};

export {
  GLOBAL_OPTIONS,
  PLAN_OPTIONS,
  APPLY_OPTIONS,
  SHOW_OPTIONS,
  DRIFT_OPTIONS,
  ACCESS_OPTIONS,
  EXPORT_OPTIONS,
  EMULATOR_OPTIONS,
  VALIDATE_OPTIONS
};
