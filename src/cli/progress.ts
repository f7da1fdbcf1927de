// Progress for long work: a bar with done/total and the current item on a terminal; nothing
// (reads) or one line per finished item (apply) in CI logs.
import { inertText } from '../util/inert-text.ts';
import type { Sink } from './output.ts';

export interface Progress {
  update(done: number, total: number, label: string): void;
  /** A line that must appear in every log (e.g. one per applied change). */
  line(text: string): void;
  finish(): void;
}

export function createProgress(sink: Sink, options: { tty: boolean; width?: number }): Progress {
  let drawn = false;
  const clear = () => {
    if (drawn) sink.write('\r\x1b[2K');
    drawn = false;
  };
  return {
    update(done, total, raw) {
      if (!options.tty || total === 0) return;
      // Labels name orgs and changes (data from Snyk); the bar itself writes the only escapes.
      const label = inertText(raw);
      const size = 24;
      const filled = Math.round((done / total) * size);
      const bar = `[${'#'.repeat(filled)}${'.'.repeat(size - filled)}] ${done}/${total} `;
      const room = Math.max(10, (options.width ?? 100) - bar.length - 1);
      clear();
      sink.write(bar + (label.length > room ? `${label.slice(0, room - 1)}…` : label));
      drawn = true;
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
