import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/error-codes.ts
var ERROR_EXIT = 1;
function exitCodeOf(_code) {
  return ERROR_EXIT;
}

// src/errors.ts
var GitopsError = class extends Error {
  code;
  exitCode;
  constructor(message, options) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = new.target.name;
    this.code = options.code;
    this.exitCode = exitCodeOf(options.code);
  }
};
var UsageError = class extends GitopsError {
  constructor(message) {
    super(message, { code: "USAGE" });
  }
};

export {
  GitopsError,
  UsageError
};
