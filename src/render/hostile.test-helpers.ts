// What the renderers' safety tests share: strings an attacker can put in Snyk (org names,
// emails, role names, tag values, error details), and a real GFM parser (micromark, the
// CommonMark + GFM reference implementation) to check what the markdown renders as, rather
// than searching the text for substrings.
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';

export const HOSTILE: readonly string[] = [
  'x\n::warning::pwned',
  '::add-mask::secret',
  'a\n::stop-commands::tok\nb',
  'cr\r::error::y',
  '  ::notice::indented',
  'legacy ##[warning]command',
  'title \u001b]0;owned\u0007 osc',
  'clear \u001b[2J\u001b[H screen',
  'c1 \u009b2J csi',
  'lone\rcarriage',
  'crlf\r\nline',
  '<!-- snyk-gitops:apply:. -->',
  '</details></summary>',
  'code`span',
  'fence\n```\n# out',
  '```diff',
  '\r</details>\r# heading\r[link](https://evil.example)\r<img src=x onerror=alert(1)>',
  '@octocat',
  'ping @acme/security now',
  'bob@acme.com',
  'fixes #1 and acme/repo#12',
  'https://evil.example/x',
  'see www.evil.example',
  '[link](https://evil.example)',
  '![img](https://evil.example/x.png)',
  '**bold** _em_ ~~strike~~',
  '| cell | break |',
  '# heading',
  '> quote',
  '- item',
  '1. item',
  '<b>raw</b> &lt;entity&gt; &amp;',
  'bidi \u202eevil\u202c',
  'math $x^2$',
  'line\u2028separator',
  'tab\there',
  'back\\slash\\',
];

export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

function children(node: Nodes): Nodes[] {
  return 'children' in node ? (node.children as Nodes[]) : [];
}

export function allNodes(node: Nodes): Nodes[] {
  return [node, ...children(node).flatMap(allNodes)];
}

/**
 * The document's shape: node types in tree order, with the tags of raw HTML (without `<code>`,
 * which only quotes data). Literal content (text, inline code) is left out: data that renders
 * inert changes the content, never the shape.
 */
export function shape(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return '';
  const own =
    node.type === 'html'
      ? `html(${(node.value.match(/<\/?[a-z]+/gi) ?? []).filter((t) => !/^<\/?code$/i.test(t)).join('')})`
      : node.type === 'heading'
        ? `h${node.depth}`
        : node.type;
  const inner = children(node).map(shape).filter(Boolean).join(',');
  return inner === '' ? own : `${own}[${inner}]`;
}

/** Text GitHub would turn into a mention, a reference or a link (it skips code and links). */
export function mentionsIn(root: Root): string[] {
  const found: string[] = [];
  for (const node of allNodes(root)) {
    if (node.type !== 'text') continue;
    const hits = node.value.match(/(?:^|[^\w`])@[\w-]|#\d|https?:\/\/|www\./gi);
    if (hits) found.push(node.value);
  }
  return found;
}

/** Raw control characters (other than the line feeds markdown is made of). */
export function rawControls(text: string): string[] {
  return [...text.matchAll(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/g)].map(
    (m) => `U+${(m[0].codePointAt(0) ?? 0).toString(16).padStart(4, '0')} at ${m.index}`,
  );
}

/**
 * Markdown rendered from hostile data shows it as text: the document has the shape it has for
 * harmless data (`benign`, rendered the same way), and no mention, control character or comment.
 */
function expectInertMarkdown(text: string, benign: string): void {
  const tree = parseMarkdown(text);
  expect(shape(tree)).toBe(shape(parseMarkdown(benign)));
  expect(mentionsIn(tree)).toEqual([]);
  expect(rawControls(text)).toEqual([]);
  expect(text).not.toContain('<!--');
}

/**
 * Terminal text rendered from hostile data shows it escaped: no control character, no workflow
 * command, and only the tool's own lines (as many as for harmless data, `benign`).
 */
function expectInertText(text: string, benign: string): void {
  expect(rawControls(text)).toEqual([]);
  for (const line of text.split('\n')) {
    expect(line.trimStart().startsWith('::')).toBe(false);
    expect(line).not.toContain('##[');
  }
  expect(text.split('\n').length).toBe(benign.split('\n').length);
}

/**
 * What every report of Snyk data must do with each HOSTILE string put where Snyk data goes:
 * render it as text in markdown, never as markup, and show it escaped in the terminal.
 */
export function itShowsHostileDataAsText(render: {
  markdown: (data: string) => string;
  text: (data: string) => string;
}): void {
  describe('in markdown', () => {
    const benign = render.markdown('benign');
    it.each(HOSTILE)('renders %j as text, never as markup', (data) => {
      expectInertMarkdown(render.markdown(data), benign);
    });
  });

  describe('in the terminal', () => {
    const benign = render.text('benign');
    it.each(HOSTILE)('shows %j escaped: no control character, no workflow command', (data) => {
      expectInertText(render.text(data), benign);
    });
  });
}
