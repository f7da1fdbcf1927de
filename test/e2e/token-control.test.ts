// A token the environment gives with a control character in it is refused with a clear
// message naming the variable (exit 1), before any request and without echoing the token.
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from '../support/cli.test-helpers.ts';

describe('a token with a control character', () => {
  it.each([
    ['SNYK_TOKEN', 'abcd\u0001efgh'],
    ['SNYK_TOKEN', 'abcd\nefgh'],
    ['SNYK_OAUTH_TOKEN', 'abcd\u007fefgh'],
  ])('in %s is a clear error (exit 1), never an HTTP failure', async (name, token) => {
    const result = await runCliInProcess(['plan', 'missing.yaml'], { env: { [name]: token } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^Error: ${name} contains a control character \\(U\\+00`));
    expect(result.stderr).not.toContain('efgh');
  });
});
