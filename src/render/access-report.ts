// The access report of one person (docs/access.md) as text (grouped by scope like the plan), as
// markdown (for an issue or a ticket) and as JSON. Names and roles come from Snyk: they are
// data, made inert before they reach a terminal or a markdown renderer.
import type {
  AccessMembership,
  AccessPending,
  AccessReport,
  AccessUnapplied,
} from '../core/access/report.ts';
import { type Address, scopeSortKey, scopeText } from '../core/addresses.ts';
import { inertText } from '../util/inert-text.ts';
import { bold, dim, yellow } from './ansi.ts';
import { mdCode, mdText } from './inert-markdown.ts';

const inertMarkdown = (text: string) => mdCode(text, { inTable: true });
const inertInline = mdText;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function expiryWords(e: { expires?: string; expired?: boolean }): string | undefined {
  if (e.expires === undefined) return undefined;
  return e.expired ? `expired ${e.expires}` : `expires ${e.expires}`;
}

function membershipStatus(m: AccessMembership): string {
  const words = [m.managed ? 'managed' : 'not in the config', expiryWords(m)];
  if (m.removedByApply) words.push('the next apply removes it');
  return words.filter((w) => w !== undefined).join(', ');
}

function pendingStatus(p: AccessPending): string {
  const what = p.via === 'invite' ? 'invitation' : 'provision';
  const words = [
    p.active === false ? `${what} no longer active` : `${what} pending`,
    p.managed ? 'managed' : 'not in the config',
    expiryWords(p),
  ];
  return words.filter((w) => w !== undefined).join(', ');
}

function unappliedStatus(u: AccessUnapplied): string {
  return ['in the config, not in Snyk', expiryWords(u)].filter((w) => w !== undefined).join(', ');
}

/** `alice@acme.com (username alice, id …)`. */
function who(report: AccessReport): string {
  const { id, email, username } = report.user;
  const main = email ?? username ?? id ?? '?';
  const extra = [
    username !== null && username !== main ? `username ${username}` : undefined,
    id !== null ? `id ${id}` : 'not a Snyk user yet',
  ].filter((w) => w !== undefined);
  return `${main} (${extra.join(', ')})`;
}

export function summarySentence(report: AccessReport): string {
  const { memberships, pending } = report;
  const unmanaged = memberships.filter((m) => !m.managed).length;
  const removed = memberships.filter((m) => m.removedByApply).length;
  const head =
    memberships.length === 0
      ? `No memberships in group ${report.groupId}`
      : `${plural(memberships.length, 'membership')}: ${memberships.length - unmanaged} managed, ${unmanaged} not in the config${removed > 0 ? ` (${removed} removed by the next apply)` : ''}`;
  const tail =
    pending.length > 0
      ? `; ${plural(pending.length, 'pending invitation or provision', 'pending invitations or provisions')}`
      : '';
  return `${head}${tail}${report.ignored ? '; the person matches users.ignore, so the config never changes their access' : ''}.`;
}

interface Line {
  scope: string;
  title: string;
  address: string;
  role: string;
  status: string;
}

function scopeOf({ scope }: Address, orgName?: string): { key: string; title: string } {
  const title = scopeText(scope);
  return {
    key: scopeSortKey(scope),
    title: scope.kind === 'org' && orgName !== undefined ? `${title} (${orgName})` : title,
  };
}

function linesOf(report: AccessReport): Line[] {
  const line = (address: Address, role: string, status: string, orgName?: string): Line => {
    const { key, title } = scopeOf(address, orgName);
    return { scope: key, title, address: address.text, role, status };
  };
  return [
    ...report.memberships.map((m) => line(m.address, m.role, membershipStatus(m), m.orgName)),
    ...report.pending.map((p) => line(p.address, p.role, pendingStatus(p))),
    ...report.unapplied.map((u) => line(u.address, u.role, unappliedStatus(u))),
  ];
}

/** Lines by scope (group, tenant, then orgs by address); an org's title keeps its display name when known. */
function byScope(lines: Line[]): { title: string; lines: Line[] }[] {
  const scopes = new Map<string, { title: string; lines: Line[] }>();
  for (const l of lines) {
    const scope = scopes.get(l.scope) ?? { title: l.title, lines: [] };
    if (l.title.length > scope.title.length) scope.title = l.title;
    scope.lines.push(l);
    scopes.set(l.scope, scope);
  }
  return [...scopes.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, s]) => s);
}

export function renderAccessText(report: AccessReport, options: { color: boolean }): string {
  const out = [bold(options.color, `Access of ${inertText(who(report))} in group ${report.groupId}`), ''];
  if (report.notes.length > 0) out.push(...report.notes.map((note) => yellow(options.color, note)), '');
  for (const scope of byScope(linesOf(report))) {
    out.push(bold(options.color, inertText(scope.title)));
    for (const l of scope.lines) {
      const status = l.status.startsWith('managed')
        ? dim(options.color, l.status)
        : yellow(options.color, l.status);
      out.push(`  ${inertText(l.address)}  ${inertText(l.role)}  (${status})`);
    }
    out.push('');
  }
  out.push(bold(options.color, summarySentence(report)));
  return `${out.join('\n')}\n`;
}

export function renderAccessMarkdown(report: AccessReport): string {
  const out = [
    `### Access of ${inertMarkdown(who(report))}`,
    '',
    `Group ${inertMarkdown(report.groupId)}.`,
    '',
    ...report.notes.flatMap((note) => [`> ${inertInline(note)}`, '']),
  ];
  const lines = linesOf(report);
  if (lines.length > 0) {
    out.push('| Scope | Address | Role | Status |', '|---|---|---|---|');
    for (const scope of byScope(lines)) {
      for (const l of scope.lines) {
        out.push(
          `| ${inertMarkdown(scope.title)} | ${inertMarkdown(l.address)} | ${inertMarkdown(l.role)} | ${inertInline(l.status)} |`,
        );
      }
    }
    out.push('');
  }
  out.push(`**${inertInline(summarySentence(report))}**`);
  return `${out.join('\n')}\n`;
}

export function renderAccessJson(report: AccessReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
