// The markdown rule: data (names, emails, addresses, error text) placed in a comment, an issue
// or a job summary renders as the characters it is, never as markup. Nothing from data may
// open a link, image, heading, list, table cell, HTML tag or `<!--` comment (the sticky
// comments' markers are HTML comments), end a code span, fence or `<details>`, or mention
// anyone: GitHub turns `@user`, `@org/team`, `#12` and bare URLs in text into mentions,
// references and links, but leaves code alone, so such words are code-quoted.
// Line breaks and other controls are shown escaped, as in the terminal (CommonMark ends a
// line at a lone CR too, which is how a code span was broken before). A name that could pass
// for another is shown with its non-ASCII characters escaped (src/util/lookalike.ts).
import { showLookalikes } from '../util/lookalike.ts';

/** Controls, the Unicode line separators and bidi overrides: shown as `\r`, `\u001b`, … */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function showControls(text: string): string {
  return showLookalikes(
    text.replace(UNSAFE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
}

/** Literal text shown as code cannot form an HTML comment in the raw body either. */
function breakComments(text: string): string {
  return text.replace(/<!--/g, '<\\!--');
}

/**
 * What GitHub turns into a mention, a reference or a link in text: `@user`, `@org/team`,
 * emails, URLs, `www.` hosts, `#12` and `org/repo#12`. Captured, so split() keeps them.
 */
const RISKY = new RegExp(
  `(${[
    String.raw`[\w.+-]*@[\w-]+(?:[./][\w-]+)*`,
    String.raw`[a-z][a-z0-9+.-]*:\/\/[^\s<>()[\]\x60]*`,
    String.raw`www\.[^\s<>()[\]\x60]*`,
    String.raw`[\w./-]*#\d+`,
  ].join('|')})`,
  'gi',
);

/**
 * Data as an inline code span: a backtick run longer than any inside it, padded where a
 * backtick or space at an edge would be taken as part of the fence. In a table cell, `|` is
 * escaped (GFM splits cells before it sees code spans).
 */
export function mdCode(text: string, options: { inTable?: boolean } = {}): string {
  let content = breakComments(showControls(text));
  if (options.inTable) content = content.replace(/\|/g, '\\|');
  if (content === '') return '` `';
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(content) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

const MARKDOWN_PUNCTUATION = /[\\`*_[\]|~$]/g;

function escapeProse(text: string, leading: boolean): string {
  const escaped = showControls(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`);
  if (!leading) return escaped;
  // What starts a block when it leads a line or a list item: heading, list, quote, rule.
  return escaped.replace(/^( *)([#+\-=]|\d+(?=[.)]))/, (_, space: string, m: string) =>
    /^\d/.test(m) ? `${space}${m}\\` : `${space}\\${m}`,
  );
}

/**
 * Data-bearing prose for markdown text (a warning, an error message): markup characters
 * escaped, and what GitHub would make a mention, a reference or a link code-quoted.
 */
export function mdText(text: string): string {
  return text
    .split(RISKY)
    .map((part, i) => (i % 2 === 1 ? mdCode(part) : escapeProse(part, i === 0)))
    .join('');
}

/** Data inside raw HTML (`<summary>`): entities, with mentions and links in `<code>`. */
export function mdHtml(text: string): string {
  return text
    .split(RISKY)
    .map((part, i) => {
      const escaped = breakComments(showControls(part)).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
      return i % 2 === 1 ? `<code>${escaped}</code>` : escaped;
    })
    .join('');
}

/**
 * One line inside a fenced code block: no line break, no closing fence, no `<!--`. Backtick
 * runs become `'''` as before, so a fence of three backticks always holds.
 */
export function mdFenceLine(text: string): string {
  return breakComments(showControls(text)).replace(/```/g, "'''");
}

/** Multi-line text (an error, a validator report) as a fenced block that nothing can leave. */
export function mdFence(text: string, info = ''): string {
  const lines = text.trimEnd().replace(/\r\n/g, '\n').split('\n').map(mdFenceLine);
  return `\`\`\`${info}\n${lines.join('\n')}\n\`\`\``;
}
