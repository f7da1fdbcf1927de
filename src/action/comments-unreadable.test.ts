import { describe, expect, it } from 'vitest';
import { renderUnreadable } from './comments.ts';

const part = (n: number) => ({
  address: `org[team-${n}].invites`,
  reason:
    'the token cannot read it (GET /rest/orgs/{org_id}/invites returned 403: see [docs](https://evil.example))',
});

describe('renderUnreadable', () => {
  it('is empty when the token read everything', () => {
    expect(renderUnreadable({})).toBe('');
    expect(renderUnreadable({ unreadable: [] })).toBe('');
  });

  it('names the first parts, counts the rest, and renders Snyk’s reason inert', () => {
    const text = renderUnreadable({ unreadable: Array.from({ length: 25 }, (_, i) => part(i)) });
    expect(text).toContain('Unknown: the token cannot read these 25 parts');
    expect(text).toContain('> - unknown: `org[team-0].invites`: the token cannot read it');
    expect(text).toContain('`org[team-9].invites`');
    expect(text).not.toContain('`org[team-10].invites`');
    expect(text).toContain('and 15 more, listed in the plan file');
    expect(text).not.toContain('[docs](https://evil.example)');
  });
});
