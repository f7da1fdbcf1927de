import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  inertText
} from "./chunk-NW3PDA5F.js";

// src/cli/progress.ts
function createProgress(sink, options) {
  let drawn = false;
  const clear = () => {
    if (drawn) sink.write("\r\x1B[2K");
    drawn = false;
  };
  return {
    update(done, total, raw) {
      if (!options.tty || total === 0) return;
      const label = inertText(raw);
      const size = 24;
      const filled = Math.round(done / total * size);
      const bar = `[${"#".repeat(filled)}${".".repeat(size - filled)}] ${done}/${total} `;
      const room = Math.max(10, (options.width ?? 100) - bar.length - 1);
      clear();
      sink.write(bar + (label.length > room ? `${label.slice(0, room - 1)}\u2026` : label));
      drawn = true;
    },
    line(text) {
      clear();
      sink.write(`${inertText(text)}
`);
    },
    finish() {
      clear();
    }
  };
}

export {
  createProgress
};
