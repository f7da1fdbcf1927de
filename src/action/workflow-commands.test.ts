import { describe, expect, it } from 'vitest';
import {
  escapeData,
  escapeProperty,
  formatAnnotation,
  formatMask,
  formatOutput,
} from './workflow-commands.ts';

describe('workflow commands', () => {
  it('escapes %, CR and LF in data so a message stays on one command line', () => {
    expect(escapeData('100% sure\r\nnext')).toBe('100%25 sure%0D%0Anext');
  });

  it('also escapes : and , in property values', () => {
    expect(escapeProperty('C:\\a,b%\n')).toBe('C%3A\\a%2Cb%25%0A');
  });

  it('formats a located error annotation', () => {
    expect(
      formatAnnotation({
        level: 'error',
        file: 'teams/a,b.yaml',
        line: 12,
        column: 5,
        message: "Unknown key 'nmae'\nDid you mean 'name'?",
      }),
    ).toBe("::error file=teams/a%2Cb.yaml,line=12,col=5::Unknown key 'nmae'%0ADid you mean 'name'?\n");
  });

  it('leaves out absent properties', () => {
    expect(formatAnnotation({ level: 'warning', message: 'x: y' })).toBe('::warning::x: y\n');
  });

  it('shows escape sequences in an annotation instead of sending them to the log viewer', () => {
    expect(formatAnnotation({ level: 'error', message: 'a\u001b]0;t\u0007\nb' })).toBe(
      '::error::a\\u001b]0;t\\u0007%0Ab\n',
    );
  });

  it('registers a mask', () => {
    expect(formatMask('s3cr3t')).toBe('::add-mask::s3cr3t\n');
  });

  it('writes outputs in the heredoc form and refuses a value containing the delimiter', () => {
    expect(formatOutput('summary', 'a\nb', 'EOF_1')).toBe('summary<<EOF_1\na\nb\nEOF_1\n');
    expect(() => formatOutput('x', 'EOF_1', 'EOF_1')).toThrow(/delimiter/);
  });
});
