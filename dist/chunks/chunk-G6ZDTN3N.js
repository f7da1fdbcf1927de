import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/cli/progress.ts
function createProgress(sink, options) {
  let drawn = false;
  const clear = () => {
    if (drawn) sink.write("\r\x1B[2K");
    drawn = false;
  };
  return {
    update(done, total, label) {
      if (!options.tty || total === 0) return;
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
      sink.write(`${text}
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
