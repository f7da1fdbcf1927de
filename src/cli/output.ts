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

/** About how much of a long text is redacted, escaped and written at once. */
const PIECE = 64 * 1024;

export function createOutput(stdout: Sink, stderr: Sink, secrets: readonly string[]): Output {
  // Both passes work line by line as long as no secret spans lines (tokens cannot).
  const byLine = secrets.every((s) => !/[\n\r]/.test(s));
  const write = (sink: Sink, text: string) => {
    for (const piece of byLine ? pieces(text) : [text])
      sink.write(inertLines(redact(piece, secrets), { keepStyle: true }));
  };
  return { out: (text) => write(stdout, text), err: (text) => write(stderr, text) };
}

/**
 * A long text (a JSON plan of thousands of orgs is tens of megabytes) in pieces of whole lines:
 * each pass over all of it at once would copy it several times, and writing it at once has
 * Node reserve three bytes per character for the UTF-8 encoding.
 */
function* pieces(text: string): Generator<string> {
  let start = 0;
  while (text.length - start > PIECE) {
    let end = text.lastIndexOf('\n', start + PIECE) + 1;
    if (end <= start) end = text.indexOf('\n', start + PIECE) + 1;
    if (end <= start) break;
    yield text.slice(start, end);
    start = end;
  }
  if (start === 0) yield text;
  else if (start < text.length) yield text.slice(start);
}
