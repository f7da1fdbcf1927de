// The import graph of src/, read with the TypeScript parser (so an import named in a comment or
// a string is not one): every `import`, `import type`, `export … from` and `import()` of each
// file, relative specifiers resolved to repository paths, and the `process.*` members it uses.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export interface SourceFile {
  /** Repository path with forward slashes, e.g. `src/core/plan.ts`. */
  path: string;
  /** Each import: `target` is a repository path (relative specifiers) or the bare specifier. */
  imports: { target: string; line: number }[];
  /** `process.argv`, `process.exit`, … with the line of their first use. */
  processMembers: { name: string; line: number }[];
}

export function readImportGraph(root: string, folder = 'src'): SourceFile[] {
  return listTypeScript(join(root, folder)).map((file) => readSourceFile(root, file));
}

function listTypeScript(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listTypeScript(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function readSourceFile(root: string, file: string): SourceFile {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const toTarget = (specifier: string) =>
    specifier.startsWith('.') ? repoPath(root, resolve(dirname(file), specifier)) : specifier;
  const imports: SourceFile['imports'] = [];
  const processMembers: SourceFile['processMembers'] = [];
  const visit = (node: ts.Node): void => {
    const specifier = moduleSpecifierOf(node);
    if (specifier !== undefined) imports.push({ target: toTarget(specifier), line: lineOf(node) });
    if (
      ts.isPropertyAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'process'
    )
      processMembers.push({ name: `process.${node.name.text}`, line: lineOf(node) });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { path: repoPath(root, file), imports, processMembers };
}

function moduleSpecifierOf(node: ts.Node): string | undefined {
  if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier)
    return ts.isStringLiteral(node.moduleSpecifier) ? node.moduleSpecifier.text : undefined;
  if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
    const [first] = node.arguments;
    return first !== undefined && ts.isStringLiteralLike(first) ? first.text : undefined;
  }
  // `typeof import('x')` in a type position.
  if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
    const literal = node.argument.literal;
    return ts.isStringLiteral(literal) ? literal.text : undefined;
  }
  return undefined;
}

function repoPath(root: string, absolute: string): string {
  return relative(root, absolute).split('\\').join('/');
}

/**
 * The first chain of imports from `start` to a file or module `isBanned` accepts, following
 * only files of the graph that `follow` admits; undefined when there is none.
 */
export function findChain(
  graph: ReadonlyMap<string, SourceFile>,
  start: string,
  isBanned: (target: string) => boolean,
  follow: (path: string) => boolean,
): string[] | undefined {
  const seen = new Set<string>([start]);
  const queue: string[][] = [[start]];
  for (let chain = queue.shift(); chain !== undefined; chain = queue.shift()) {
    const file = graph.get(chain.at(-1)!);
    for (const { target, line } of file?.imports ?? []) {
      const step = [...chain.slice(0, -1), `${chain.at(-1)}:${line}`, target];
      if (isBanned(target)) return step;
      if (seen.has(target) || !graph.has(target) || !follow(target)) continue;
      seen.add(target);
      queue.push(step);
    }
  }
  return undefined;
}
