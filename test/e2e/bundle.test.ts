// The committed bundle as the process loads it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the bundle in dist/', () => {
  it('is pure ASCII, so that V8 keeps each chunk source one byte per character', () => {
    const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    const offenders = files.filter((f) => /[^\x00-\x7f]/.test(readFileSync(join('dist', f), 'utf8')));
    expect(files.length).toBeGreaterThan(3);
    expect(offenders).toEqual([]);
  });
});
