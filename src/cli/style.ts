// Terminal colour, decided once per command: on for a terminal unless --no-color or NO_COLOR.
export function useColor(
  stream: { isTTY?: boolean },
  noColorFlag: boolean | undefined,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  if (noColorFlag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}
