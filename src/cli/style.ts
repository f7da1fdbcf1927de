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

const wrap = (code: number, reset: number) => (on: boolean, text: string) =>
  on ? `\x1b[${code}m${text}\x1b[${reset}m` : text;
export const green = wrap(32, 39);
export const red = wrap(31, 39);
export const yellow = wrap(33, 39);
export const bold = wrap(1, 22);
