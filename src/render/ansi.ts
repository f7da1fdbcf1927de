// ANSI styling for terminal output. Renderers take a `color` flag and style through these, so
// plain output (CI logs, files, snapshots) is the same text without escape codes.
const wrap = (code: number, reset: number) => (on: boolean, text: string) =>
  on ? `\u001b[${code}m${text}\u001b[${reset}m` : text;

export const green = wrap(32, 39);
export const red = wrap(31, 39);
export const yellow = wrap(33, 39);
export const bold = wrap(1, 22);
export const dim = wrap(2, 22);
