// Where the CLI writes. Every byte goes through `redact`, so a secret that slipped into a
// message (an echoed header, a URL with a token) never reaches a terminal or a CI log.
export interface Sink {
  write(text: string): unknown;
}

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

const MASK = '***';

/** Replaces every occurrence of each secret (at least 4 characters long) in `text`. */
export function redact(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length >= 4 && result.includes(secret)) result = result.split(secret).join(MASK);
  }
  return result;
}

export function createOutput(stdout: Sink, stderr: Sink, secrets: readonly string[]): Output {
  return {
    out: (text) => stdout.write(redact(text, secrets)),
    err: (text) => stderr.write(redact(text, secrets)),
  };
}
