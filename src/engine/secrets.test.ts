// The webhook secret rule: at least 16 characters, checked at apply before anything is written
// and at plan when the variable is set; every message names the variable, never the value.
import { describe, expect, it } from 'vitest';
import { looseChange } from '../core/builders.test-helpers.ts';
import { checkSetSecrets, resolveSecrets } from './secrets.ts';

const hook = (address: string, secretEnv: string) =>
  looseChange({
    kind: 'webhook',
    action: 'create',
    address,
    target: { orgId: 'o', url: 'https://x', secretEnv },
  });
const changes = [
  hook('org[a].webhook[https://a]', 'A_SECRET'),
  hook('org[b].webhook[https://b]', 'B_SECRET'),
];
const FIFTEEN = 'abcdefghijklmno';
const SIXTEEN = 'abcdefghijklmnop';

const failure = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as Error & { code: string };
  }
  throw new Error('expected a failure');
};

describe('webhook secrets', () => {
  it('takes 16 characters and more', () => {
    expect(resolveSecrets(changes, { A_SECRET: SIXTEEN, B_SECRET: `${SIXTEEN}x` }).get('A_SECRET')).toBe(
      SIXTEEN,
    );
    expect(() => checkSetSecrets(changes, { A_SECRET: SIXTEEN })).not.toThrow();
  });

  it('refuses a shorter one at apply, naming the variable, the webhook and the rule, never the value', () => {
    const error = failure(() => resolveSecrets(changes, { A_SECRET: FIFTEEN, B_SECRET: SIXTEEN }));
    expect(error.code).toBe('SECRET_INVALID');
    expect(error.message).toContain('A_SECRET (for org[a].webhook[https://a]) is shorter than 16 characters');
    expect(error.message).toContain('Nothing was written');
    expect(error.message).not.toContain(FIFTEEN);
    expect(error.message).not.toContain('B_SECRET');
  });

  it('names missing variables first at apply; at plan only set ones are checked', () => {
    expect(failure(() => resolveSecrets(changes, { A_SECRET: FIFTEEN })).code).toBe('SECRET_MISSING');
    expect(() => checkSetSecrets(changes, {})).not.toThrow();
    const error = failure(() => checkSetSecrets(changes, { B_SECRET: 'tiny-secret' }));
    expect(error.message).toContain('B_SECRET (for org[b].webhook[https://b])');
    expect(error.message).not.toContain('tiny-secret');
  });
});
