import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { GROUP_ID } from './config.test-helpers.ts';
import { configValidator, configValidatorSource } from './config-validator.ts';

/** The precompiled validator the build puts in the bundle, loaded as the bundle would run it. */
async function precompiled(): Promise<ValidateFunction> {
  // Inside node_modules, so that its require() of ajv's runtime resolves.
  const dir = resolve('node_modules/.cache/snyk-gitops');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `config-validator-test-${process.pid}.mjs`);
  const require =
    "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";
  writeFileSync(file, `${require}\n${configValidatorSource()}`);
  try {
    return (
      (await import(pathToFileURL(file).href)) as { configValidator(): ValidateFunction }
    ).configValidator();
  } finally {
    rmSync(file, { force: true });
  }
}

const group = { id: GROUP_ID };
const org = (extra: Record<string, unknown>) => ({
  version: 1,
  group,
  orgs: [{ slug: 'payments', ...extra }],
});
/** One input per kind of schema error the messages are written for. */
const invalid: unknown[] = [
  [],
  { version: 2 },
  { group },
  { version: 1, group: { id: 'not-a-uuid' }, orgz: [] },
  org({ members: [{ user: 'a@b.c', role: 3 }] }),
  org({ members: [{ user: 'has space', role: 'Org Admin', expires: 'soon' }] }),
  org({ name: '' }),
  org({ slug: 'Bad Slug!' }),
  { version: 1, group, drift: { ignore: [{}] } },
  { version: 1, group, users: { unknown: 'invit', expiryWarningDays: -1 } },
  { version: 1, group, limits: { maxDeletePercent: 101 }, tenant: { id: GROUP_ID, name: 'x'.repeat(61) } },
  { version: 1, group, prune: { orgMembers: 'yes' }, delegate: [{ files: [], orgs: [] }] },
];
const examples: unknown[] = readdirSync('examples', { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => parse(readFileSync(join('examples', name), 'utf8')));

describe('the precompiled config validator', () => {
  it('reports exactly the errors of the validator compiled at run time', async () => {
    const [standalone, compiled] = [await precompiled(), configValidator()];
    const errorsOf = (validate: ValidateFunction, input: unknown) => {
      const ok = validate(input);
      return { ok, errors: validate.errors };
    };
    for (const input of [...invalid, ...examples])
      expect(errorsOf(standalone, input)).toEqual(errorsOf(compiled, input));
    expect(invalid.filter((input) => compiled(input))).toEqual([]);
    expect(examples.length).toBeGreaterThan(0);
  });
});
