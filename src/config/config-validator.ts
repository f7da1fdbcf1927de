// The compiled AJV validator of the config schema. Compiling it takes about 0.7 s of CPU and
// 40 MB of memory, so the bundle does not: scripts/build.mjs replaces this module with the
// same validator precompiled by `configValidatorSource` (AJV standalone code, generated on
// every build, so it cannot be stale). Tests and tsx compile it here, with the same options.
import type { Options, ValidateFunction } from 'ajv/dist/2020.js';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';
import { buildPublishedSchema } from './schema.ts';

let compiled: ValidateFunction | undefined;

function compile(options: Options = {}): { ajv: Ajv2020.default; validate: ValidateFunction } {
  // ajv and ajv-formats are CommonJS; under NodeNext their classes sit on `.default`.
  const ajv = new Ajv2020.default({
    allErrors: true,
    verbose: true,
    strict: true,
    inlineRefs: false,
    ...options,
  });
  addFormats.default(ajv, ['uuid', 'email']);
  return { ajv, validate: ajv.compile(buildPublishedSchema()) };
}

/** The validator of one config file against the JSON Schema (compiled once). */
export function configValidator(): ValidateFunction {
  compiled ??= compile().validate;
  return compiled;
}

/** The ES module that stands in for this one in the bundle: the same validator, precompiled. */
export function configValidatorSource(): string {
  const { ajv, validate } = compile({ code: { source: true, esm: true } });
  return `${standaloneCode.default(ajv, validate)}\nexport function configValidator() { return validate; }\n`;
}
