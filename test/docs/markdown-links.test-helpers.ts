// Every relative link of the repository's documentation must lead somewhere: a file that exists
// inside the repository and, when it names one, a heading of that file. Anchors are computed
// as GitHub renders them, so what passes here is what a reader can click.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

export interface DocLink {
  url: string;
  line: number;
}

/** A link that leads nowhere, as `file:line: url: why`. */
export type BrokenLink = string;

const parse = (markdown: string): Root =>
  fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? node.children.map((child) => textOf(child as Nodes)).join('') : '';
}

/** GitHub's heading anchor: lower case, punctuation dropped, each space a hyphen. */
export function slugifyHeading(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

function visit(node: Nodes, each: (node: Nodes) => void): void {
  each(node);
  if ('children' in node) for (const child of node.children) visit(child as Nodes, each);
}

/** The anchors a markdown file offers: one per heading, repeated ones numbered as GitHub does. */
export function listAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  visit(parse(markdown), (node) => {
    if (node.type === 'html') {
      for (const match of node.value.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(match[1] as string);
    }
    if (node.type !== 'heading') return;
    const slug = slugifyHeading(textOf(node));
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  });
  return anchors;
}

const anchorCache = new Map<string, Set<string>>();

function anchorsOf(path: string): Set<string> {
  let anchors = anchorCache.get(path);
  if (anchors === undefined) {
    anchors = listAnchors(readFileSync(path, 'utf8'));
    anchorCache.set(path, anchors);
  }
  return anchors;
}

/** The links and link definitions of a markdown file that point into the repository. */
export function listRelativeLinks(markdown: string): DocLink[] {
  const links: DocLink[] = [];
  visit(parse(markdown), (node) => {
    if (node.type !== 'link' && node.type !== 'definition' && node.type !== 'image') return;
    if (/^[a-z][a-z0-9+.-]*:/i.test(node.url)) return; // https:, mailto: … leave the repository
    links.push({ url: node.url, line: node.position?.start.line ?? 0 });
  });
  return links;
}

/**
 * Checks one reference, `path#anchor`, `#anchor` or `path`, made from `fromFile` (a path
 * relative to `root`). Returns why it leads nowhere, or undefined when it resolves.
 */
export function checkReference(root: string, fromFile: string, url: string): string | undefined {
  const hash = url.indexOf('#');
  const path = decodeURI(hash < 0 ? url : url.slice(0, hash));
  const anchor = hash < 0 ? undefined : decodeURIComponent(url.slice(hash + 1));
  const target = path === '' ? resolve(root, fromFile) : resolve(root, dirname(fromFile), path);
  const inRepo = relative(root, target);
  if (inRepo.startsWith('..')) return 'points outside the repository';
  if (!existsSync(target)) return `${inRepo} does not exist`;
  if (anchor === undefined) return undefined;
  if (statSync(target).isDirectory() || !target.endsWith('.md'))
    return `${inRepo} is not a markdown file, so it has no anchors`;
  if (!anchorsOf(target).has(anchor)) return `${inRepo} has no heading with the anchor #${anchor}`;
  return undefined;
}

/** Every broken relative link of a markdown file of the repository. */
export function findBrokenLinks(root: string, file: string): BrokenLink[] {
  const markdown = readFileSync(resolve(root, file), 'utf8');
  return listRelativeLinks(markdown).flatMap(({ url, line }) => {
    const why = checkReference(root, file, url);
    return why === undefined ? [] : [`${file}:${line}: ${url}: ${why}`];
  });
}
