// Decides, per request, which fault (if any) to inject. Scripted rules come first; then the
// seeded random faults. Every request consumes the same number of random draws, so a given seed
// and request order always give the same faults.
import { createRandom, type Random } from '../util/prng.ts';
import type { FaultConfig, FaultResponse } from './types.ts';

export interface FaultDecision {
  rule?: FaultResponse;
  ruleIndex?: number;
  latencyMs: number;
  dropBefore: boolean;
  serverError?: 500 | 502 | 503;
  dropAfter: boolean;
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const STATUSES = [500, 502, 503] as const;

export class FaultInjector {
  private readonly random: Random;
  private readonly ruleHits: number[];
  private readonly patterns: RegExp[];

  constructor(private readonly config: FaultConfig = {}) {
    this.random = createRandom(config.seed ?? 1);
    this.ruleHits = (config.rules ?? []).map(() => 0);
    this.patterns = (config.rules ?? []).map((r) => new RegExp(r.path));
  }

  decide(method: string, path: string): FaultDecision {
    const c = this.config;
    const draws = [this.random(), this.random(), this.random(), this.random(), this.random()] as const;
    const eligible = !c.writesOnly || WRITES.has(method);
    const decision: FaultDecision = {
      latencyMs: (c.latencyMs ?? 0) + draws[0] * (c.jitterMs ?? 0),
      dropBefore: eligible && draws[1] < (c.dropBeforeRate ?? 0),
      dropAfter: eligible && draws[4] < (c.dropAfterRate ?? 0),
    };
    if (eligible && !decision.dropBefore && draws[2] < (c.serverErrorRate ?? 0)) {
      decision.serverError = STATUSES[Math.floor(draws[3] * STATUSES.length)] ?? 500;
    }
    const rules = c.rules ?? [];
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i];
      if (rule === undefined) continue;
      if (rule.method !== undefined && rule.method.toUpperCase() !== method) continue;
      if (!this.patterns[i]?.test(path)) continue;
      const hit = ++this.ruleHits[i]!;
      const skip = rule.skip ?? 0;
      if (hit <= skip) continue;
      if (rule.times !== undefined && hit > skip + rule.times) continue;
      decision.rule = rule.respond;
      decision.ruleIndex = i;
      break;
    }
    return decision;
  }
}
