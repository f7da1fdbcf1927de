// Where the CLI writes. Every byte goes through `redact`, so a secret that slipped into a
// message (an echoed header, a URL with a token) never reaches a terminal or a CI log, and
// through the terminal rule (src/util/inert-text.ts): renderers escape data where they place
// it, and this edge guarantees that no message from anywhere (an API error detail, a config
// value) sends an escape sequence to the terminal or a workflow command to a CI runner.
import { inertLines } from '../util/inert-text.ts';
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
    out: (text) => stdout.write(inertLines(redact(text, secrets), { keepStyle: true })),
    err: (text) => stderr.write(inertLines(redact(text, secrets), { keepStyle: true })),
  };
}
