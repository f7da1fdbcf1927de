import { describe, expect, it } from 'vitest';
import { invisibleCharacters, isDeceptive, mixedScripts, showLookalikes, skeleton } from './lookalike.ts';

describe('lookalike names', () => {
  it('finds invisible characters: zero-width joiner and space, soft hyphen, bidi controls, odd spaces', () => {
    for (const char of ['\u200d', '\u200b', '\u00ad', '\u202e', '\u2066', '\u00a0', '\u2060', '\ufeff'])
      expect(invisibleCharacters(`ali${char}ce@acme.com`)).toHaveLength(1);
    expect(invisibleCharacters('alice@acme.com')).toEqual([]);
    expect(invisibleCharacters('a\u200dб')).toEqual(['U+200D']);
  });

  it('finds mixed scripts, not one script with common characters', () => {
    expect(mixedScripts('alice@\u0430cme.com')).toEqual(['Latn', 'Cyrl']);
    expect(mixedScripts('\u0440\u0430\u0443@\u043f\u043e\u0447\u0442\u0430.\u0440\u0444')).toEqual([]);
    expect(mixedScripts('zürich-müller@acme.com')).toEqual([]);
    expect(mixedScripts('東京タワー')).toEqual([]); // Han and Katakana: Japanese
    expect(mixedScripts('pay\u03c1al')).toEqual(['Latn', 'Grek']);
  });

  it('gives lookalikes one skeleton', () => {
    expect(skeleton('alice@\u0430cme.com')).toBe(skeleton('alice@acme.com'));
    expect(skeleton('Alice@ACME.com')).toBe(skeleton('alice@acme.com'));
    expect(skeleton('ali\u200dce@acme.com')).toBe(skeleton('alice@acme.com'));
    expect(skeleton('bob@acme.com')).not.toBe(skeleton('rob@acme.com'));
  });

  it.each([
    ['invite alice@\u0430cme.com as Org Admin', 'invite alice@\\u0430cme.com as Org Admin'],
    ['ali\u200dce', 'ali\\u200dce'],
    ['Zürich Москва', 'Zürich Москва'],
    ['✂️ Truncated', '✂️ Truncated'],
    // The tool's own typography stays readable...
    ['waiting 42 s for Snyk\u2019s REST rate limit', 'waiting 42 s for Snyk\u2019s REST rate limit'],
    ["--target 'org[aaaa\u2026'", "--target 'org[aaaa\u2026'"],
    // ...but not punctuation posing as ASCII: ONE DOT LEADER passes for a full stop.
    ['alice@acme\u2024com', 'alice@acme\\u2024com'],
    ['\u0430ce\u2019s', '\\u0430ce\\u2019s'],
  ])('shows %j as %j: deceptive words escaped, one-script words as they are', (text, shown) => {
    expect(showLookalikes(text)).toBe(shown);
  });

  it('keeps the values of a JSON document it shows (JSON-style escapes)', () => {
    const json = JSON.stringify({ user: 'alice@\u0430cme.com\u200b' });
    expect(JSON.parse(showLookalikes(json))).toEqual({ user: 'alice@\u0430cme.com\u200b' });
    expect(isDeceptive('plain@acme.com')).toBe(false);
  });
});
