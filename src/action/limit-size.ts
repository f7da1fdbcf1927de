// GitHub refuses a comment, issue body or job summary longer than 65,536 characters. Large
// plans are summarised by the renderer; this is the backstop that guarantees the limit.

export const GITHUB_BODY_LIMIT = 65_536;
/** What we aim for, leaving headroom for the runner's and GitHub's own additions. */
export const BODY_BUDGET = 60_000;

/**
 * Cuts `text` at a line boundary so that the result, with `notice` appended, fits `limit`
 * characters. An open code fence is closed so that the rest of the page renders.
 */
export function limitSize(text: string, limit: number, notice: string): string {
  if (text.length <= limit) return text;
  const room = Math.max(0, limit - notice.length - 8);
  let kept = text.slice(0, room);
  const lastNewline = kept.lastIndexOf('\n');
  if (lastNewline > 0) kept = kept.slice(0, lastNewline);
  const fences = kept.split('\n').filter((line) => line.trimStart().startsWith('```')).length;
  if (fences % 2 === 1) kept += '\n```';
  return `${kept}\n\n${notice}`.slice(0, limit);
}
