// Contract checks against Snyk's v1 OpenAPI spec (v1-api-spec.yaml beside the REST spec): a
// response body is valid when it matches the `application/json` schema the spec gives for that
// operation and status, and a request body when it matches the operation's request schema.
// When the spec is absent, `v1SpecUnavailableReason()` says why and the tests skip themselves.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { specsDir } from './openapi-contract.test-helpers.ts';
import { escapePointer, templateFinder, toJsonSchema } from './openapi-schema.test-helpers.ts';

const SPEC_FILE = 'v1-api-spec.yaml';

export function v1SpecUnavailableReason(dir: string = specsDir()): string | undefined {
  const file = join(dir, SPEC_FILE);
  return existsSync(file) ? undefined : `Snyk v1 OpenAPI spec not found at ${file} (set SNYK_API_SPECS_DIR)`;
}

type Json = Record<string, unknown>;

export interface V1ContractChecker {
  /** Errors of a response body (empty when valid); `path` with or without `/v1`. */
  response(method: string, path: string, status: number, body: unknown): string[];
  /** Errors of a request body against the operation's request schema. */
  request(method: string, path: string, body: unknown): string[];
}

export function createV1ContractChecker(dir: string = specsDir()): V1ContractChecker {
  const reason = v1SpecUnavailableReason(dir);
  if (reason !== undefined) throw new Error(reason);
  const spec = toJsonSchema(parse(readFileSync(join(dir, SPEC_FILE), 'utf8'), { maxAliasCount: -1 })) as Json;
  const paths = spec.paths as Record<string, Record<string, Json>>;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema(spec, 'v1.json');
  const templateOf = templateFinder(paths, '/v1');
  const cache = new Map<string, ValidateFunction | null>();

  const compile = (key: string, pointer: string, content: unknown): ValidateFunction | null => {
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const json = (content as Json | undefined)?.['application/json'] as Json | undefined;
    const validator =
      json?.schema === undefined ? null : ajv.compile({ $ref: `v1.json${pointer}/application~1json/schema` });
    cache.set(key, validator);
    return validator;
  };

  const run = (label: string, validator: ValidateFunction | null, body: unknown): string[] => {
    if (validator === null)
      return body === undefined || body === null || body === ''
        ? []
        : [`${label} has no body in the spec, got one`];
    if (validator(body)) return [];
    return (validator.errors ?? []).map((e) => `${label}: ${e.instancePath || '/'} ${e.message ?? ''}`);
  };

  return {
    response(method, path, status, body) {
      const template = templateOf(method, path);
      if (template === undefined) return [`no operation ${method} ${path} in the v1 spec`];
      const m = method.toLowerCase();
      const response = ((paths[template]?.[m]?.responses ?? {}) as Record<string, Json>)[String(status)];
      if (response === undefined)
        return [`the v1 spec defines no ${status} response for ${method} ${template}`];
      const pointer = `#/paths/${escapePointer(template)}/${m}/responses/${status}/content`;
      return run(
        `${method} ${template} ${status}`,
        compile(`${method} ${template} ${status}`, pointer, response.content),
        body,
      );
    },
    request(method, path, body) {
      const template = templateOf(method, path);
      if (template === undefined) return [`no operation ${method} ${path} in the v1 spec`];
      const m = method.toLowerCase();
      const requestBody = paths[template]?.[m]?.requestBody as Json | undefined;
      const pointer = `#/paths/${escapePointer(template)}/${m}/requestBody/content`;
      return run(
        `${method} ${template} request`,
        compile(`${method} ${template} request`, pointer, requestBody?.content),
        body,
      );
    },
  };
}
