// Contract checks against Snyk's official REST OpenAPI spec: a response body is valid when it
// matches the schema the spec gives for that operation and status. The spec is reference data
// kept beside the checkout (../shared/snyk-api, or $SNYK_API_SPECS_DIR); when it is absent,
// `specUnavailableReason()` says why and contract tests skip themselves.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { escapePointer, templateFinder, toJsonSchema } from './openapi-schema.test-helpers.ts';

const SPEC_FILE = 'rest-openapi-2025-11-05.json';
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Where the spec folder is expected: $SNYK_API_SPECS_DIR, else ../shared/snyk-api beside the repo. */
export function specsDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env.SNYK_API_SPECS_DIR ?? resolve(REPO_ROOT, '..', 'shared', 'snyk-api');
}

/** Undefined when the REST spec can be read; otherwise a sentence saying why contract tests skip. */
export function specUnavailableReason(dir: string = specsDir()): string | undefined {
  const file = join(dir, SPEC_FILE);
  return existsSync(file)
    ? undefined
    : `Snyk REST OpenAPI spec not found at ${file} (set SNYK_API_SPECS_DIR to the folder holding ${SPEC_FILE})`;
}

export interface ContractChecker {
  /** Validation errors (empty when valid) of `body` for the operation and status. */
  check(method: string, path: string, status: number, body: unknown): string[];
  /** Throws an Error listing every mismatch. */
  assertValid(method: string, path: string, status: number, body: unknown): void;
  /** The spec's path template a concrete path (with or without '/rest' and query) belongs to. */
  templateOf(method: string, path: string): string | undefined;
  /** Validation errors (empty when valid) of a request body against the operation's request schema. */
  checkRequest(method: string, path: string, body: unknown): string[];
}

type Json = Record<string, unknown>;

export function createContractChecker(dir: string = specsDir()): ContractChecker {
  const reason = specUnavailableReason(dir);
  if (reason !== undefined) throw new Error(reason);
  const spec = toJsonSchema(JSON.parse(readFileSync(join(dir, SPEC_FILE), 'utf8'))) as Json;
  const paths = spec.paths as Record<string, Record<string, Json>>;
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  addFormats.default(ajv);
  ajv.addSchema(spec, 'openapi.json');
  const templateOf = templateFinder(paths, '/rest');
  const cache = new Map<string, ValidateFunction | null>();

  function resolveRef(node: Json): Json {
    let current = node;
    while (typeof current.$ref === 'string') {
      let target: unknown = spec;
      for (const part of current.$ref.replace(/^#\//, '').split('/')) {
        target = (target as Json)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
      }
      current = target as Json;
    }
    return current;
  }

  function validatorFor(method: string, template: string, status: number): ValidateFunction | null {
    const key = `${method} ${template} ${status}`;
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const m = method.toLowerCase();
    const responses = (paths[template]?.[m]?.responses ?? {}) as Record<string, Json>;
    let pointer: string | undefined;
    let response = responses[String(status)];
    if (response !== undefined) {
      pointer = `#/paths/${escapePointer(template)}/${m}/responses/${status}`;
    } else if (status === 429) {
      response = (spec.components as Json & { responses: Record<string, Json> }).responses.TooManyRequests;
      pointer = '#/components/responses/TooManyRequests';
    }
    if (response === undefined || pointer === undefined) {
      throw new Error(`the spec defines no ${status} response for ${method.toUpperCase()} ${template}`);
    }
    if (typeof response.$ref === 'string') {
      pointer = response.$ref;
      response = resolveRef(response);
    }
    const content = response.content as Record<string, unknown> | undefined;
    const validator =
      content?.['application/vnd.api+json'] === undefined
        ? null
        : ajv.compile({ $ref: `openapi.json${pointer}/content/application~1vnd.api+json/schema` });
    cache.set(key, validator);
    return validator;
  }

  function check(method: string, path: string, status: number, body: unknown): string[] {
    const template = templateOf(method, path);
    if (template === undefined) return [`no operation ${method.toUpperCase()} ${path} in the spec`];
    const validator = validatorFor(method, template, status);
    if (validator === null) {
      return body === undefined || body === null || body === ''
        ? []
        : [`${method.toUpperCase()} ${template} ${status} has no body in the spec, got one`];
    }
    if (validator(body)) return [];
    return (validator.errors ?? []).map(
      (e) => `${method.toUpperCase()} ${template} ${status}: ${e.instancePath || '/'} ${e.message ?? ''}`,
    );
  }

  function checkRequest(method: string, path: string, body: unknown): string[] {
    const template = templateOf(method, path);
    if (template === undefined) return [`no operation ${method.toUpperCase()} ${path} in the spec`];
    const m = method.toLowerCase();
    const pointer = `#/paths/${escapePointer(template)}/${m}/requestBody/content/application~1vnd.api+json/schema`;
    const key = `request ${method} ${template}`;
    let validator = cache.get(key);
    if (validator === undefined) {
      validator = ajv.compile({ $ref: `openapi.json${pointer}` });
      cache.set(key, validator);
    }
    if (validator === null || validator(body)) return [];
    return (validator.errors ?? []).map(
      (e) => `${method.toUpperCase()} ${template} request: ${e.instancePath || '/'} ${e.message ?? ''}`,
    );
  }

  return {
    check,
    checkRequest,
    templateOf,
    assertValid(method, path, status, body) {
      const errors = check(method, path, status, body);
      if (errors.length > 0) {
        throw new Error(
          `response does not match the OpenAPI spec:\n${errors.join('\n')}\n${JSON.stringify(body)}`,
        );
      }
    },
  };
}
