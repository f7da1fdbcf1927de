// Random nested values for the JSON writers' property tests: scalars, arrays and records mixed
// to a depth, drawn from a seeded generator so a failure replays.
import type { Random } from './prng.ts';

type Pick = <T>(list: readonly T[]) => T;

export interface ValueShape {
  /** Draws a leaf. */
  scalar: (pick: Pick) => unknown;
  /** Record keys are drawn from these. */
  keys: readonly string[];
  /** Past this depth only scalars. */
  maxDepth: number;
  /** Below this draw a scalar; below `arrayBelow`, an array; otherwise a record. */
  scalarBelow: number;
  arrayBelow: number;
  /** Arrays hold fewer items than this. */
  arrayItems: number;
}

/** A drawer of one random value of `shape`. */
export function randomValues(random: Random, shape: ValueShape): () => unknown {
  const pick: Pick = (list) => list[Math.floor(random() * list.length)] as (typeof list)[number];
  const value = (depth: number): unknown => {
    const r = random();
    if (depth > shape.maxDepth || r < shape.scalarBelow) return shape.scalar(pick);
    if (r < shape.arrayBelow)
      return Array.from({ length: Math.floor(random() * shape.arrayItems) }, () => value(depth + 1));
    const record: Record<string, unknown> = {};
    for (let i = Math.floor(random() * 5); i > 0; i--) record[pick(shape.keys)] = value(depth + 1);
    return record;
  };
  return () => value(0);
}
