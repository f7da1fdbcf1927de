// Progress for long work: a bar with done/total and the current item on a terminal; nothing
// (reads) or one line per finished item (apply) in CI logs.
import { inertText } from '../util/inert-text.ts';
import type { Sink } from './output.ts';

export interface Progress {
  update(done: number, total: number, label: string): void;
  /** A line that must appear in every log (e.g. one per applied change). */
  line(text: string): void;
  /** A passing state (a rate-limit wait): on a terminal in the bar until the next update, else one line. */
  notice(text: string): void;
  finish(): void;
}

export function createProgress(sink: Sink, options: { tty: boolean; width?: number }): Progress {
  let drawn = false;
  let last = { done: 0, total: 0 };
  const clear = () => {
    if (drawn) sink.write('\r\x1b[2K');
    drawn = false;
  };
  const draw = (done: number, total: number, raw: string) => {
    // Labels name orgs and changes (data from Snyk); the bar itself writes the only escapes.
    const label = inertText(raw);
    const size = 24;
    const filled = total === 0 ? 0 : Math.round((done / total) * size);
    const bar = total === 0 ? '' : `[${'#'.repeat(filled)}${'.'.repeat(size - filled)}] ${done}/${total} `;
    const room = Math.max(10, (options.width ?? 100) - bar.length - 1);
    clear();
    sink.write(bar + (label.length > room ? `${label.slice(0, room - 1)}…` : label));
    drawn = true;
  };
  return {
    update(done, total, raw) {
      if (!options.tty || total === 0) return;
      last = { done, total };
      draw(done, total, raw);
    },
    notice(text) {
      if (options.tty) draw(last.done, last.total, text);
      else sink.write(`${inertText(text)}\n`);
    },
    line(text) {
      clear();
      sink.write(`${inertText(text)}\n`);
    },
    finish() {
      clear();
    },
  };
}
