// A token travels in an HTTP header, which cannot hold control characters (and Snyk tokens
// are printable ASCII). Checked at every entry point so a pasted token with a stray
// newline or NUL is a clear error instead of a failure deep in the HTTP client.

/** Why `token` cannot be a token, naming the position but never the token, or undefined. */
export function tokenProblem(token: string): string | undefined {
  for (const [index, char] of [...token].entries()) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f || (code >= 0x80 && code <= 0x9f)) {
      return `contains a control character (U+${code.toString(16).padStart(4, '0').toUpperCase()} at position ${index + 1}): expected the token as Snyk shows it, on one line`;
    }
    if (code > 0x7e) {
      return `contains a non-ASCII character at position ${index + 1}: expected the token as Snyk shows it`;
    }
  }
  return undefined;
}
