import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

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

export {
  redact,
  createOutput
};
