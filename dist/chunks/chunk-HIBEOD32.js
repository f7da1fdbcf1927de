import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  clockOf
} from "./chunk-DZMZJE36.js";
import {
  budgetOf,
  openSnyk,
  planDesired
} from "./chunk-NZGR2HMP.js";
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

// src/cli/session.ts
async function withSnyk(ctx, settings, quiet, work) {
  const client = openSnyk(settings, (line) => ctx.io.err(`${line}
`));
  const tty = ctx.stderr.isTTY === true && !quiet;
  const progress = createProgress(ctx.stderr, { tty });
  const reading = (done, total, label) => progress.update(done, total, `reading ${label}`);
  try {
    return await work({ settings, client, progress, tty, reading });
  } finally {
    progress.finish();
    await client.close();
  }
}
async function planLive(ctx, session, config, selection) {
  const outcome = await planDesired(config, session.client, {
    ...selection,
    now: clockOf(ctx),
    budget: budgetOf(session.settings),
    onProgress: session.reading
  });
  session.progress.finish();
  return outcome;
}

export {
  withSnyk,
  planLive
};
