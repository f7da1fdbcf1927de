import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/cli/context.ts
function clockOf(ctx) {
  return ctx.now ?? (() => /* @__PURE__ */ new Date());
}

export {
  clockOf
};
