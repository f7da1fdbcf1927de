import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  applyPlan,
  checkFresh,
  checkSecretsDir,
  journalFor,
  renderApplySummaryText
} from "./chunk-QU3TLTTY.js";
import {
  planLive,
  withSnyk
} from "./chunk-IHQSYQQE.js";
import {
  loadDesired,
  repositorySourceFrom
} from "./chunk-BBPNSYFP.js";
import "./chunk-2H7DH7SS.js";
import {
  clockOf
} from "./chunk-DZMZJE36.js";
import "./chunk-KLWEPUVX.js";
import "./chunk-U57Q7QMY.js";
import {
  readSavedPlan
} from "./chunk-4OAZWOO2.js";
import "./chunk-DLAVURWR.js";
import "./chunk-IYOQTL2Z.js";
import {
  renderPlanText
} from "./chunk-2BC2HJX3.js";
import {
  useColor
} from "./chunk-VM6GG2OA.js";
import "./chunk-QDBUTLDH.js";
import {
  green,
  red,
  yellow
} from "./chunk-SK47ZHVY.js";
import "./chunk-3VISFR46.js";
import "./chunk-KIRELRV6.js";
import {
  configPaths,
  parseCommandArgs,
  planSelection,
  railLifts,
  resolveApiSettings
} from "./chunk-FYHEQC3A.js";
import {
  APPLY_OPTIONS
} from "./chunk-UUE3DFEN.js";
import "./chunk-KRNN6JX7.js";
import "./chunk-WX2GK3PI.js";
import "./chunk-GVG4TUQB.js";
import {
  GitopsError,
  UsageError
} from "./chunk-N4ITD6G4.js";
import "./chunk-HANBNIMK.js";

// src/cli/commands/apply.ts
import { resolve } from "node:path";
import { createInterface } from "node:readline/promises";
async function confirm(ctx, count) {
  const rl = createInterface({
    input: ctx.stdin,
    output: ctx.stderr,
    terminal: false
  });
  const ended = new Promise((done) => rl.once("close", () => done(void 0)));
  try {
    const answer = await Promise.race([
      rl.question(`
Apply these ${count} change${count === 1 ? "" : "s"}? Only 'yes' is accepted. (yes/no) `).catch(() => void 0),
      ended
    ]);
    return answer === void 0 ? void 0 : answer.trim().toLowerCase() === "yes";
  } finally {
    rl.close();
  }
}
var applyCommand = async (ctx) => {
  const { values, positionals } = parseCommandArgs(ctx.argv, APPLY_OPTIONS);
  const selection = checkUsage(values, positionals);
  const settings = resolveApiSettings(values, ctx.env);
  const color = useColor(ctx.stdout, values["no-color"], ctx.env);
  const lift = railLifts(values);
  const secretsDir = values["secrets-dir"] === void 0 ? void 0 : resolve(ctx.cwd, String(values["secrets-dir"]));
  const savedPlan = values.plan ? await readSavedPlan(ctx.cwd, String(values.plan)) : void 0;
  const config = savedPlan ? void 0 : await loadDesired(configPaths(positionals), ctx.cwd, clockOf(ctx));
  return withSnyk(ctx, settings, values.quiet, async (session) => {
    const { client, progress } = session;
    let plan;
    let live;
    let scope;
    const repositories = repositorySourceFrom(ctx.env);
    if (savedPlan) {
      ({ live, scope } = await checkFresh(savedPlan, client, clockOf(ctx), void 0, repositories));
      plan = savedPlan;
    } else {
      ({ plan, live, scope } = await planLive(ctx, session, config, selection, lift));
    }
    if (!values.quiet || plan.changes.length > 0) ctx.io.out(renderPlanText(plan, { color }));
    if (plan.changes.length === 0) return 0;
    checkSecretsDir(plan.changes, secretsDir);
    if (!savedPlan && !values["auto-approve"]) {
      if (ctx.stdin.isTTY !== true) {
        throw new GitopsError(
          "refusing to apply without confirmation: not a terminal. Review the plan and pass --auto-approve, or apply a saved plan with --plan.",
          { code: "NOT_CONFIRMED" }
        );
      }
      const answer = await confirm(ctx, plan.changes.length);
      if (answer !== true) {
        ctx.io.err(
          answer === void 0 ? "\nno answer: nothing was written.\n" : "Apply cancelled; nothing was written.\n"
        );
        return 1;
      }
      ({ live, scope } = await checkFresh(
        plan,
        client,
        clockOf(ctx),
        "the plan was shown (while the confirmation prompt waited)",
        repositories
      ));
    }
    const onEvent = printEvents(progress, color, session.tty);
    const stop = new AbortController();
    const unlisten = ctx.interrupts?.listen((signal) => {
      stop.abort();
      progress.line(
        `${signal} received: finishing the writes in flight, starting no more. ${signal === "SIGINT" ? "Ctrl+C" : "SIGTERM"} again exits at once.`
      );
    });
    const outcome = await applyPlan(
      plan,
      live,
      client,
      {
        allowMassDelete: lift.allowMassDelete === true,
        allowLockout: lift.allowLockout === true,
        concurrency: settings.concurrency,
        onEvent,
        env: ctx.env,
        now: clockOf(ctx),
        journal: journalFor(ctx.env, settings.apiUrl),
        secretsDir,
        stop: stop.signal,
        ...repositories ? { repositories } : {},
        onProgress: (message) => progress.line(message)
      },
      scope
    ).finally(() => unlisten?.());
    progress.finish();
    const { result } = outcome;
    ctx.io.out(`
${renderApplySummaryText(outcome, { color })}
`);
    return result.failed + result.skipped + result.notStarted > 0 ? 1 : 0;
  });
};
function checkUsage(values, positionals) {
  if (values.plan && values.target !== void 0) {
    throw new UsageError("apply --plan takes no --target: a saved partial plan carries its targets");
  }
  if (values.plan && positionals.length > 0) {
    throw new UsageError(
      "apply --plan takes no config paths: a saved plan carries the desired state it was made from"
    );
  }
  const selection = planSelection(values);
  if (values.plan && selection.replace.length > 0) {
    throw new UsageError(
      "apply --plan takes no --replace: a saved plan already says what it replaces (plan --replace)"
    );
  }
  if (values.plan && selection.rotate.length > 0) {
    throw new UsageError(
      "apply --plan takes no --rotate: a saved plan already says what it rotates (plan --rotate)"
    );
  }
  return selection;
}
function printEvents(progress, color, tty) {
  return (event) => {
    if (event.result?.status === "not-started") return;
    if (event.type === "start") {
      progress.update(event.done, event.total, `${event.change.action} ${event.change.address}`);
      return;
    }
    const r = event.result;
    const mark = r.status === "failed" ? red(color, "failed ") : r.status === "skipped" ? yellow(color, "skipped") : green(color, "done   ");
    const detail = r.status === "confirmed" ? " (already in place)" : r.error ? `: ${r.error}` : "";
    if (!tty || r.status === "failed")
      progress.line(`${mark} ${r.change.action} ${r.change.address.text}${detail}`);
    else progress.update(event.done, event.total, r.change.address.text);
  };
}
export {
  applyCommand
};
