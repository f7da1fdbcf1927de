import { describe, expect, it } from 'vitest';
import { addSecrets, base64Forms, redact } from './redact.ts';

const TOKEN = '5b0e3c2a-9f61-4d7e-a8b2-3c4d5e6f7a8b';

describe('redact', () => {
  it('masks the token wherever it occurs', () => {
    expect(redact(`Authorization: token ${TOKEN} (${TOKEN})`, [TOKEN])).toBe(
      'Authorization: token *** (***)',
    );
  });

  it('masks any run of 12 or more characters that a server echoed: prefix, suffix, middle', () => {
    expect(redact(`invalid token '${TOKEN.slice(0, 12)}…'`, [TOKEN])).toBe("invalid token '***…'");
    expect(redact(`token ${TOKEN.slice(0, 20)}...`, [TOKEN])).toBe('token ***...');
    expect(redact(`token …${TOKEN.slice(-24)}`, [TOKEN])).toBe('token …***');
    expect(redact(`id=${TOKEN.slice(7, 19)}&x`, [TOKEN])).toBe('id=***&x');
    // Eleven characters are too common a string to mask.
    expect(redact(`id ${TOKEN.slice(3, 14)}`, [TOKEN])).toBe(`id ${TOKEN.slice(3, 14)}`);
  });

  it('masks the secret percent-encoded and hex-encoded in both cases, whole or in part', () => {
    const secret = 'whsec/Zx9+q7Lm3=Pa55w0rd!';
    const hex = Buffer.from(secret).toString('hex');
    for (const form of [encodeURIComponent(secret), hex, hex.toUpperCase(), hex.slice(6, 30)]) {
      expect(redact(`echo: ${form}.`, [secret])).toBe('echo: ***.');
    }
  });

  it('masks every run of 12 or more characters of each base64 alignment', () => {
    const secret = 'a-webhook-secret-0123456789';
    for (const prefix of ['', 'u', 'us', 'user:']) {
      const encoded = Buffer.from(`${prefix}${secret}`).toString('base64');
      const tail = encoded.slice(-16);
      expect(redact(`Basic ${encoded}`, [secret])).not.toContain(encoded.slice(8, 20));
      expect(redact(`seen ${tail}`, [secret])).not.toContain(tail.slice(0, 12));
    }
  });

  it('masks secrets learnt during the run in every later redaction', () => {
    const webhook = 'learnt-webhook-secret-9f3a';
    expect(redact(`x ${webhook.slice(-20)}`, [])).toContain(webhook.slice(-20));
    addSecrets([webhook]);
    expect(redact(`x ${webhook.slice(-20)}`, [])).toBe('x ***');
  });

  it('stays linear: a 4 MB text of near-misses is redacted in one pass', () => {
    const text = `${TOKEN.slice(0, 11)}-`.repeat(350_000);
    expect(redact(text, [TOKEN])).toBe(text);
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
