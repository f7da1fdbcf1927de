import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  budgetOf,
  openSnyk,
  planDesired
} from "./chunk-BBPNSYFP.js";
import {
  clockOf
} from "./chunk-DZMZJE36.js";
import {
  inertText
} from "./chunk-GVG4TUQB.js";

// src/cli/progress.ts
function createProgress(sink, options) {
  let drawn = false;
  let last = { done: 0, total: 0 };
  const clear = () => {
    if (drawn) sink.write("\r\x1B[2K");
    drawn = false;
  };
  const draw = (done, total, raw) => {
    const label = inertText(raw);
    const size = 24;
    const filled = total === 0 ? 0 : Math.round(done / total * size);
    const bar = total === 0 ? "" : `[${"#".repeat(filled)}${".".repeat(size - filled)}] ${done}/${total} `;
    const room = Math.max(10, (options.width ?? 100) - bar.length - 1);
    clear();
    sink.write(bar + (label.length > room ? `${label.slice(0, room - 1)}\u2026` : label));
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
      else sink.write(`${inertText(text)}
`);
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
  const tty = ctx.stderr.isTTY === true && !quiet;
  const progress = createProgress(ctx.stderr, { tty });
  const client = openSnyk(
    settings,
    (line) => ctx.io.err(`${line}
`),
    (text) => progress.notice(text)
  );
  const reading = (done, total, label) => progress.update(done, total, `reading ${label}`);
  try {
    return await work({ settings, client, progress, tty, reading });
  } finally {
    progress.finish();
    await client.close();
  }
}
async function planLive(ctx, session, config, selection, lift) {
  const outcome = await planDesired(config, session.client, {
    ...selection,
    lift,
    now: clockOf(ctx),
    env: ctx.env,
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
