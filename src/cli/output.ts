// Where the CLI writes. Every byte goes through `redact`, so a secret that slipped into a
// message (an echoed header, a URL with a token) never reaches a terminal or a CI log.
import { redact } from '../util/redact.ts';

export interface Sink {
  write(text: string): unknown;
}

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export function createOutput(stdout: Sink, stderr: Sink, secrets: readonly string[]): Output {
  return {
    out: (text) => stdout.write(redact(text, secrets)),
    err: (text) => stderr.write(redact(text, secrets)),
  };
}
