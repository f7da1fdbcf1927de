// How much a parsed YAML value grows when its aliases are expanded. A parser hands back an
// aliased list or mapping as one shared object, so parsing stays cheap; whatever walks the value
// afterwards (validation, merging, planning) pays for every copy. Measured here once, in time
// linear in the distinct objects, so that the work after parsing stays bounded by the size of
// the file whatever syntax wrote the aliases. The limits are listed in README.md, "Safety".

/** Aliases of a list or mapping beyond this count (per file) are refused. */
export const MAX_ALIAS_COUNT = 100;
/** Nodes that alias expansion may add beyond those the file writes. */
export const MAX_EXPANDED_NODES = 100_000;
/** Characters (keys and strings) that alias expansion may add beyond the file's length. */
export const MAX_EXPANDED_CHARS = 1_000_000;
/** Nesting deeper than this is refused (a walk must not exhaust the stack). */
export const MAX_DEPTH = 200;

export type ExpansionProblem =
  | { kind: 'aliases' | 'nodes' | 'characters' | 'recursive' | 'depth'; path: (string | number)[] }
  | undefined;

interface Size {
  nodes: number;
  chars: number;
}

/**
 * The first way `value` (parsed from a text of `textLength` characters) exceeds the limits,
 * with the path where the walk noticed, or undefined when it stays within them.
 */
export function findExpansionProblem(value: unknown, textLength: number): ExpansionProblem {
  const sizes = new Map<object, Size>();
  const open = new Set<object>();
  const path: (string | number)[] = [];
  const total: Size = { nodes: 0, chars: 0 };
  let written = 0;
  let aliases = 0;
  let problem: ExpansionProblem;
  const fail = (kind: NonNullable<ExpansionProblem>['kind']): false => {
    problem = { kind, path: [...path] };
    return false;
  };
  const withinBounds = (): boolean => {
    if (total.nodes - written > MAX_EXPANDED_NODES) return fail('nodes');
    if (total.chars - textLength > MAX_EXPANDED_CHARS) return fail('characters');
    return true;
  };
  const visit = (node: unknown): boolean => {
    if (typeof node !== 'object' || node === null) {
      total.nodes++;
      written++;
      if (typeof node !== 'string') return true;
      // A parser hands back an aliased string as the same string: only its length tells.
      total.chars += node.length;
      return withinBounds();
    }
    if (open.has(node)) return fail('recursive');
    const known = sizes.get(node);
    if (known !== undefined) {
      // A second sighting of the same object is an alias: count it and its whole expansion.
      if (++aliases > MAX_ALIAS_COUNT) return fail('aliases');
      total.nodes += known.nodes;
      total.chars += known.chars;
      return withinBounds();
    }
    if (path.length >= MAX_DEPTH) return fail('depth');
    const before: Size = { ...total };
    total.nodes++;
    written++;
    open.add(node);
    const child = (key: string | number, item: unknown): boolean => {
      if (typeof key === 'string') total.chars += key.length;
      path.push(key);
      const fine = visit(item);
      path.pop();
      return fine;
    };
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) if (!child(i, node[i])) return false;
    } else {
      const record = node as Record<string, unknown>;
      for (const key of Object.keys(record)) if (!child(key, record[key])) return false;
    }
    open.delete(node);
    sizes.set(node, { nodes: total.nodes - before.nodes, chars: total.chars - before.chars });
    return withinBounds();
  };
  visit(value);
  return problem;
}

/** The message for a problem, naming the limit it crossed. */
export function describeExpansionProblem(kind: NonNullable<ExpansionProblem>['kind']): string {
  switch (kind) {
    case 'aliases':
      return `more than ${MAX_ALIAS_COUNT} aliases of a list or mapping: refused, this looks like an alias bomb`;
    case 'nodes':
      return `the aliases expand to more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} values beyond those written: refused, this looks like an alias bomb`;
    case 'characters':
      return `the aliases expand to more than ${MAX_EXPANDED_CHARS.toLocaleString('en-US')} characters beyond the file's length: refused, this looks like an alias bomb`;
    case 'recursive':
      return 'an alias inside the value it names (a recursive alias): refused; expected plain data';
    case 'depth':
      return `values nested more than ${MAX_DEPTH} levels deep: refused`;
  }
}
