// What the action posts quotes Snyk's data and errors: the markdown rule holds in every body,
// and the log lines it writes cannot be taken for workflow commands.
import { describe, expect, it } from 'vitest';
import { HOSTILE, mentionsIn, parseMarkdown, rawControls, shape } from '../render/hostile.test-helpers.ts';
import {
  renderApplyComment,
  renderPlanErrorComment,
  renderRefusalComment,
  renderValidationComment,
} from './comments.ts';
import { applyOutcome, buildPlan, membershipChange, useActionWorkspace } from './run.test-helpers.ts';

const run_ = { sha: 'abcdef0123' };

function bodies(data: string): string[] {
  const result = { ok: false, applied: 0, failed: 1, skipped: 0, text: `failed ${data}`, markdown: data };
  return [
    renderApplyComment({ config: data, result, run: run_ }),
    renderPlanErrorComment({ config: data, error: data, run: run_ }),
    renderRefusalComment({
      config: data,
      why: [data, `new since review: create ${data}`],
      run: run_,
      reviewed: [7],
    }),
    renderValidationComment({
      config: data,
      result: { ok: false, issues: [{ message: data, file: data, line: 3 }], text: data },
      reason: data,
      run: run_,
    }),
  ];
}

describe('the comments with hostile data', () => {
  const benign = bodies('benign').map((body) => shape(parseMarkdown(body)));

  it.each(HOSTILE)('render %j as text, never as markup', (data) => {
    for (const [i, body] of bodies(data).entries()) {
      const tree = parseMarkdown(body);
      expect(shape(tree), body).toBe(benign[i]);
      expect(mentionsIn(tree)).toEqual([]);
      expect(rawControls(body)).toEqual([]);
      expect(body).not.toContain('<!--');
    }
  });
});

describe('the log of an apply', () => {
  const ws = useActionWorkspace();

  it('writes the result text inert: no workflow command, no escape sequence', async () => {
    ws.engine.planResult = { ok: true, plan: buildPlan([membershipChange('bob@acme.com')]) };
    ws.engine.applyResult = applyOutcome({
      ok: false,
      failed: 1,
      text: 'Applied 0, failed 1.\n- failed `x\n::add-mask::\n::stop-commands::t`: \u001b]0;t\u0007 ##[error]e\r',
    });
    expect(await ws.run(await ws.pushEnv())).toBe(1);
    const commands = ws.stdout.split('\n').filter((line) => /^\s*::/.test(line));
    expect(commands.map((line) => line.split('::')[1]?.split(' ')[0])).toEqual([
      'add-mask',
      'add-mask',
      'error',
    ]);
    expect(ws.stdout).not.toContain('##[');
    expect(rawControls(ws.stdout)).toEqual([]);
  });
});
