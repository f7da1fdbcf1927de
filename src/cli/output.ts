// Where the CLI writes. Every byte goes through `redact`, so a secret that slipped into a
// message (an echoed header, a URL with a token) never reaches a terminal or a CI log, and
// through the terminal rule (src/util/inert-text.ts): renderers escape data where they place
// it, and this edge guarantees that no message from anywhere (an API error detail, a config
// value) sends an escape sequence to the terminal or a workflow command to a CI runner.
import { inertLines } from '../util/inert-text.ts';
import { redact } from '../util/redact.ts';

export interface Sink {
  /** False when a stream's buffer is full (anything else: go on). */
  write(text: string): unknown;
  /** A stream's events: `outAll` waits for 'drain' (or 'close') after a full buffer. */
  once?(event: 'drain' | 'close', listener: () => void): unknown;
  off?(event: 'drain' | 'close', listener: () => void): unknown;
  /** A closed stream never drains. */
  readonly destroyed?: boolean;
}

export interface Output {
  out(text: string): void;
  /**
   * Writes the pieces in order, waiting for a full stdout to drain: a pipe read slower than a
   * plan of thousands of orgs is written would otherwise queue all of it in memory.
   */
  outAll(pieces: Iterable<string>): Promise<void>;
  err(text: string): void;
}

/** About how much of a long text is redacted, escaped and written at once. */
const PIECE = 64 * 1024;

export function createOutput(stdout: Sink, stderr: Sink, secrets: readonly string[]): Output {
  // Both passes work line by line as long as no secret spans lines (tokens cannot).
  const byLine = secrets.every((s) => !/[\n\r]/.test(s));
  /** Whether the sink has room for more. */
  const write = (sink: Sink, text: string): boolean => {
    let room = true;
    for (const piece of byLine ? pieces(text) : [text])
      room = sink.write(inertLines(redact(piece, secrets), { keepStyle: true })) !== false;
    return room;
  };
  return {
    out: (text) => {
      write(stdout, text);
    },
    outAll: async (texts) => {
      for (const text of texts) if (!write(stdout, text)) await writable(stdout);
    },
    err: (text) => {
      write(stderr, text);
    },
  };
}

/** When a full stream has drained, or closed (its error goes to its own listeners, as before). */
function writable(sink: Sink): Promise<void> {
  const { once, off } = sink;
  if (once === undefined || sink.destroyed === true) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      off?.call(sink, 'drain', done);
      off?.call(sink, 'close', done);
      resolve();
    };
    once.call(sink, 'drain', done);
    once.call(sink, 'close', done);
  });
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
