import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GLOBAL_OPTIONS
} from "./chunk-UUE3DFEN.js";
import {
  addressInputProblem,
  resolveApiSettings
} from "./chunk-WX2GK3PI.js";
import {
  UsageError
} from "./chunk-N4ITD6G4.js";

// src/cli/options.ts
import { parseArgs } from "node:util";
var TOKEN_FLAGS = /^--(snyk-)?(oauth-)?token(=|$)|^--api-key(=|$)/;
function parseCommandArgs(argv, options) {
  const tokenFlag = argv.find((a) => TOKEN_FLAGS.test(a));
  if (tokenFlag !== void 0) {
    throw new UsageError(
      `${tokenFlag.split("=")[0]} is not accepted: a token on the command line lands in shell history and process lists. Set SNYK_TOKEN (or SNYK_OAUTH_TOKEN) in the environment instead.`
    );
  }
  try {
    const parsed = parseArgs({
      args: argv,
      // parseArgs reads type, short, multiple and default; it ignores the help fields.
      options: { ...GLOBAL_OPTIONS, ...options },
      allowPositionals: true,
      strict: true
    });
    return parsed;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.split(". To ")[0] ?? message);
  }
}
function resolveApiSettings2(values, env) {
  const text = (value) => typeof value === "string" ? value : void 0;
  const given = { verbose: values.verbose === true };
  const apiUrl = text(values["api-url"]);
  const restVersion = text(values["rest-version"]);
  const concurrency = text(values.concurrency);
  const rateLimit = text(values["rate-limit"]);
  if (apiUrl !== void 0) given.apiUrl = apiUrl;
  if (restVersion !== void 0) given.restVersion = restVersion;
  if (concurrency !== void 0) given.concurrency = concurrency;
  if (rateLimit !== void 0) given.rateLimit = rateLimit;
  return resolveApiSettings(given, env);
}
function railLifts(values) {
  return {
    allowMassDelete: values["allow-mass-delete"] === true,
    allowLockout: values["allow-lockout"] === true
  };
}
function planSelection(values) {
  return {
    targets: targetsOf(values.target),
    replace: addressesOf("--replace", values.replace, "org[payments].webhook[https://hooks.acme.com/snyk]"),
    rotate: addressesOf("--rotate", values.rotate, "org[payments].service_account[payments-ci]")
  };
}
function addressesOf(flag, value, example) {
  const list = Array.isArray(value) ? value : value === void 0 ? [] : [value];
  return list.map((item) => {
    const address = String(item).trim();
    const tooLong = addressInputProblem(flag, address);
    if (tooLong !== void 0) throw new UsageError(tooLong);
    if (address === "") throw new UsageError(`${flag} needs an address, e.g. ${flag} "${example}"`);
    return address;
  });
}
function configPaths(positionals) {
  return positionals.length > 0 ? positionals : ["snyk-gitops.yaml"];
}
function targetsOf(value) {
  if (value === void 0) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

export {
  parseCommandArgs,
  resolveApiSettings2 as resolveApiSettings,
  railLifts,
  planSelection,
  configPaths
};
