// snyk-gitops export --group ID [--tenant ID] [--output file|dir] [--split]
// Writes the live group as config YAML that plans to zero changes (stdout without --output).
import { resolve } from 'node:path';
import { UsageError } from '../../errors.ts';
import { exportConfig } from '../../export/export-config.ts';
import { readAllLive } from '../../export/read-all.ts';
import { checkTarget, writeSingle, writeSplit } from '../../export/write-export.ts';
import { inertText } from '../../util/inert-text.ts';
import { EXPORT_OPTIONS } from '../command-options.ts';
import type { Command } from '../context.ts';
import { parseCommandArgs, resolveApiSettings } from '../options.ts';
import { withSnyk } from '../session.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const exportCommand: Command = async (ctx) => {
  const { values, positionals } = parseCommandArgs(ctx.argv, EXPORT_OPTIONS);
  if (positionals.length > 0)
    throw new UsageError(`export takes no paths (got '${positionals[0]}'); use --output`);
  const groupId = values.group;
  if (groupId === undefined)
    throw new UsageError('export needs --group ID (the id of the Snyk group to export)');
  for (const [flag, id] of [
    ['--group', groupId],
    ['--tenant', values.tenant],
  ] as const) {
    if (id !== undefined && !UUID.test(String(id)))
      throw new UsageError(`${flag} '${id}' is not an id (expected a uuid)`);
  }
  if (values.split && values.output === undefined) {
    throw new UsageError('--split writes one file per org: it needs --output DIR');
  }
  const target = values.output === undefined ? undefined : resolve(ctx.cwd, String(values.output));
  const split = values.split === true;
  if (target !== undefined) await checkTarget(target, { split, force: values.force === true });
  const settings = resolveApiSettings(values, ctx.env);
  const { files, orgCount } = await withSnyk(ctx, settings, values.quiet, async (session) => {
    const { live, tenantSkipped } = await readAllLive(session.client, String(groupId), {
      ...(values.tenant !== undefined ? { tenantId: String(values.tenant) } : {}),
      onProgress: session.reading,
    });
    session.progress.finish();
    if (tenantSkipped !== undefined) {
      ctx.io.err(`note: the group's tenant is left out: the token cannot read it (${tenantSkipped})\n`);
    }
    return { orgCount: live.orgs.length, files: exportConfig(live, { split: values.split === true }) };
  });

  if (target === undefined) {
    ctx.io.out(files[0]?.text ?? '');
    return 0;
  }
  const { written, foreign } = split
    ? await writeSplit(target, files, ctx.secrets)
    : await writeSingle(target, files, ctx.secrets);
  if (foreign.length > 0) {
    // Names in a directory are the user's data: shown inert.
    ctx.io.err(
      `warning: left alone in ${target}, not written by export: ${foreign.map((name) => inertText(name)).join(', ')} (plan reads every .yaml and .yml file below it)\n`,
    );
  }
  if (!values.quiet) {
    ctx.io.err(`Exported group ${groupId} (${orgCount} orgs) to ${written.join(', ')}\n`);
  }
  return 0;
};
