// Plays the faults the injector decided for a request: scripted rules (respond, raw, redirect,
// slow body, drop, delay, another answer after handling), then latency, random drops and
// injected server errors.
import type { ServerResponse } from 'node:http';
import type { FaultDecision } from './faults.ts';
import { dribble, send } from './http-io.ts';
import type { EmuResponse } from './request.ts';

/** What the faults left to do: nothing (answered or dropped), or handle the request. */
export type FaultOutcome =
  | { done: true }
  | { done: false; dropAfter: boolean; fault?: string | undefined; answer?: EmuResponse };

export interface FaultIo {
  res: ServerResponse;
  api: 'rest' | 'v1';
  record: (status: number, fault?: string) => void;
  drop: (fault: string) => void;
  sleep: (ms: number) => Promise<void>;
  errorFor: (api: 'rest' | 'v1', status: number, message: string) => EmuResponse;
}

/** Plays the injected faults; `record(status, fault)` logs what was answered. */
export async function playFaults(decision: FaultDecision, io: FaultIo): Promise<FaultOutcome> {
  const { res, api, record, drop, sleep, errorFor } = io;
  const rule = decision.rule;
  let dropAfter = decision.dropAfter;
  let fault: string | undefined = decision.dropAfter ? 'drop-after' : undefined;
  if (rule !== undefined) {
    const name = `rule#${decision.ruleIndex}`;
    if ('delayMs' in rule) {
      await sleep(rule.delayMs);
      fault ??= `${name}:delay`;
    } else if ('drop' in rule) {
      if (rule.drop === 'before') {
        drop(`${name}:drop-before`);
        return { done: true };
      }
      dropAfter = true;
      fault = `${name}:drop-after`;
    } else if ('afterHandling' in rule) {
      await sleep(decision.latencyMs);
      return { done: false, dropAfter: false, fault: `${name}:after-handling`, answer: rule.afterHandling };
    } else {
      await sleep(decision.latencyMs);
      if ('redirect' in rule) {
        send(res, api, { status: rule.status ?? 302, headers: { location: rule.redirect } });
        record(rule.status ?? 302, `${name}:redirect`);
      } else if ('slowBytesPerSecond' in rule) {
        const slow = {
          status: rule.status ?? 200,
          body: rule.body,
          bytesPerSecond: rule.slowBytesPerSecond,
        };
        await dribble(res, slow, sleep, () => record(slow.status, `${name}:slow`));
      } else {
        const { status } = rule;
        if ('raw' in rule) send(res, api, { status, raw: rule.raw, contentType: rule.contentType });
        else send(res, api, { status, body: rule.body, ...(rule.headers && { headers: rule.headers }) });
        record(status, `${name}:respond`);
      }
      return { done: true };
    }
  }
  if (decision.latencyMs > 0) await sleep(decision.latencyMs);
  if (rule === undefined || 'delayMs' in rule) {
    if (decision.dropBefore) {
      drop('drop-before');
      return { done: true };
    }
    if (decision.serverError !== undefined) {
      send(res, api, errorFor(api, decision.serverError, 'Injected server error (emulator fault injection)'));
      record(decision.serverError, 'server-error');
      return { done: true };
    }
  }
  return { done: false, dropAfter, fault };
}
