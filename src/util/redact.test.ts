import { describe, expect, it } from 'vitest';
import { base64Forms, redact } from './redact.ts';

const TOKEN = '5b0e3c2a-9f61-4d7e-a8b2-3c4d5e6f7a8b';

describe('redact', () => {
  it('masks the token wherever it occurs', () => {
    expect(redact(`Authorization: token ${TOKEN} (${TOKEN})`, [TOKEN])).toBe(
      'Authorization: token *** (***)',
    );
  });

  it('masks a prefix of 12 or more characters that a server echoed', () => {
    expect(redact(`invalid token '${TOKEN.slice(0, 12)}…'`, [TOKEN])).toBe("invalid token '***…'");
    expect(redact(`token ${TOKEN.slice(0, 20)}...`, [TOKEN])).toBe('token ***...');
    // Text that only shares a beginning with the secret and goes on differently is not an echo.
    expect(redact('/tmp/snyk-gitops-e2e-x', ['snyk-gitops-demo-token'])).toBe('/tmp/snyk-gitops-e2e-x');
    // Eleven characters are too common a string to mask.
    expect(redact(`id ${TOKEN.slice(0, 11)}`, [TOKEN])).toBe(`id ${TOKEN.slice(0, 11)}`);
  });

  it('masks the token base64-encoded, alone or inside a longer credential', () => {
    const alone = Buffer.from(TOKEN).toString('base64');
    expect(redact(`basic ${alone}`, [TOKEN])).not.toContain(alone.slice(4, -4));
    for (const prefix of ['x-access-token:', 'a:', 'ab:']) {
      const encoded = Buffer.from(`${prefix}${TOKEN}`).toString('base64');
      const text = redact(`extraheader = AUTHORIZATION: basic ${encoded}`, [TOKEN]);
      expect(text).toContain('***');
      // What is left cannot be decoded back into more than a few characters of the token.
      const rest = Buffer.from(text.split('basic ')[1] ?? '', 'base64').toString('latin1');
      expect(rest).not.toContain(TOKEN.slice(0, 12));
    }
    const urlSafe = Buffer.from(`\u00ff${TOKEN}\u00fe`).toString('base64url');
    expect(redact(urlSafe, [TOKEN])).toContain('***');
  });

  it('finds a base64 form at every byte offset', () => {
    const forms = base64Forms(TOKEN);
    for (const shift of ['', 'a', 'ab']) {
      const encoded = Buffer.from(`${shift}${TOKEN}`).toString('base64');
      expect(forms.some((form) => encoded.includes(form))).toBe(true);
    }
  });

  it('leaves text alone for short or empty secrets', () => {
    expect(redact('abc', ['abc', ''])).toBe('abc');
    expect(redact('the word pass', ['pass'])).toBe('the word ***');
  });
});
