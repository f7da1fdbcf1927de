// A rate-limit wait is visible (issue 28): on a terminal in the progress line, which the next
// update replaces; in a log as one line of its own.
import { describe, expect, it } from 'vitest';
import { createProgress } from './progress.ts';

function sink() {
  const out = { text: '' };
  return { out, write: (chunk: string) => (out.text += chunk) };
}

describe('progress notices', () => {
  it('a terminal shows the notice in the bar, keeping the count', () => {
    const s = sink();
    const progress = createProgress(s, { tty: true });
    progress.update(3, 10, 'reading org[a]');
    progress.notice('waiting 42 s for Snyk\u2019s REST rate limit');
    expect(s.out.text.split('\r\x1b[2K').at(-1)).toBe(
      '[#######.................] 3/10 waiting 42 s for Snyk\u2019s REST rate limit',
    );
    progress.update(4, 10, 'reading org[b]');
    expect(s.out.text.split('\r\x1b[2K').at(-1)).toBe('[##########..............] 4/10 reading org[b]');
  });

  it('a terminal with no bar yet shows the notice alone', () => {
    const s = sink();
    createProgress(s, { tty: true }).notice('waiting 6 s');
    expect(s.out.text).toBe('waiting 6 s');
  });

  it('a log gets one line, escaped', () => {
    const s = sink();
    const progress = createProgress(s, { tty: false });
    progress.update(1, 2, 'reading');
    progress.notice('waiting 6 s \u001b[31m');
    expect(s.out.text).toBe('waiting 6 s \\u001b[31m\n');
  });
});
