// snyk-gitops access USER [paths] [--format text|json|markdown]
// One person's access across the group (docs/access.md), from person-scoped reads only.
import { readAccess } from '../../engine/access.ts';
import { loadDesired } from '../../engine/plan.ts';
import { UsageError } from '../../errors.ts';
import { renderAccessJson, renderAccessMarkdown, renderAccessText } from '../../render/access-report.ts';
import { inertText } from '../../util/inert-text.ts';
import { ACCESS_OPTIONS } from '../command-options.ts';
import type { Command } from '../context.ts';
import { configPaths, parseCommandArgs, resolveApiSettings } from '../options.ts';
import { withSnyk } from '../session.ts';
import { useColor } from '../style.ts';

const FORMATS = ['text', 'json', 'markdown'] as const;
const MAX_USER_LENGTH = 320;

export const accessCommand: Command = async (ctx) => {
  const { values, positionals } = parseCommandArgs(ctx.argv, ACCESS_OPTIONS);
  const format = String(values.format);
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format '${format}' is not one of ${FORMATS.join(', ')}`);
  }
  const [user, ...paths] = positionals;
  if (user === undefined || user.trim() === '') {
    throw new UsageError('access needs USER: an email, a Snyk username or a user id');
  }
  // An email has at most 254 characters; anything much longer is not a person, and would
  // cost a long query string and a long did-you-mean search.
  if (user.length > MAX_USER_LENGTH) {
    throw new UsageError(
      `USER '${inertText(user.slice(0, 40))}…' is ${user.length.toLocaleString('en-US')} characters long; an email, username or id has at most ${MAX_USER_LENGTH}`,
    );
  }
  const settings = resolveApiSettings(values, ctx.env);
  const config = await loadDesired(configPaths(paths), ctx.cwd);
  return withSnyk(ctx, settings, values.quiet, async ({ client }) => {
    const report = await readAccess(config.desired, client, user.trim());
    if (format === 'json') ctx.io.out(renderAccessJson(report));
    else if (format === 'markdown') ctx.io.out(renderAccessMarkdown(report));
    else ctx.io.out(renderAccessText(report, { color: useColor(ctx.stdout, values['no-color'], ctx.env) }));
    if (values.verbose) ctx.io.err(`${client.stats().requests} requests\n`);
    return 0;
  });
};
