import { describe, expect, it } from 'vitest';
import { green } from '../render/ansi.ts';
import { createOutput } from './output.ts';

function capture() {
  let text = '';
  const sink = { write: (t: string) => (text += t) };
  return { sink, text: () => text };
}

describe('the CLI output edge', () => {
  it('neutralises escape sequences, lone CRs and workflow commands from any message', () => {
    const out = capture();
    const io = createOutput(out.sink, out.sink, []);
    io.err(
      'Error: Snyk said \u001b]0;owned\u0007\u001b[2J over\rwritten\n::add-mask::x\n  ::warning::y ##[error]z\n',
    );
    expect(out.text()).toBe(
      'Error: Snyk said \\u001b]0;owned\\u0007\\u001b[2J over\\rwritten\n\\u003a:add-mask::x\n  \\u003a:warning::y #\\u0023[error]z\n',
    );
  });

  it("keeps the tool's own colours, line breaks and tabs", () => {
    const out = capture();
    createOutput(out.sink, out.sink, []).out(`${green(true, '+ org[a]')}\n\tnext\r\n`);
    expect(out.text()).toBe('\u001b[32m+ org[a]\u001b[39m\n\tnext\n');
  });

  it('redacts before it escapes', () => {
    const out = capture();
    createOutput(out.sink, out.sink, ['secret-token-123']).out('token secret-token-123\n');
    expect(out.text()).toBe('token ***\n');
  });
});
