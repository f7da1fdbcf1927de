// `--target` addresses that match nothing (docs/partial-plans.md#partial-plans---target): a typo
// such as `org[org-02]` must not read as "No changes. Snyk matches the configuration". A target
// matches when a change of the plan is inside it, or when what it names exists in the file or in
// Snyk: its org (or, for a glob, one org), and the member it names. Parts other than members
// (settings, webhooks, …) are judged by their org. Otherwise the message names the closest existing
// addresses. `--replace` addresses outside every target are refused too: the partial plan would
// drop their replacement silently.
import { closestMatches } from '../util/suggest.ts';
import { Address, GROUP, labelUser, labelUserRef, orgAddress, TENANT } from './addresses.ts';
import type { Target } from './target-address.ts';
import type { DesiredState, LiveMembership, LiveState, MemberSpec } from './types.ts';

export interface TargetScene {
  /** The whole file. */
  desired: DesiredState;
  /** What was read for the targets. */
  live: LiveState;
  /** The addresses of the plan's changes. */
  changes: readonly Address[];
}

/** The members of one scope, as addresses: the file's entries and Snyk's memberships. */
function memberAddresses(
  scope: Address,
  specs: readonly MemberSpec[] | undefined,
  live: readonly LiveMembership[] | undefined,
  state: LiveState,
): Address[] {
  const listed = (specs ?? []).map((s) => labelUserRef(s.user));
  const held = (live ?? []).map((m) => {
    const user = state.users[m.userId];
    return user === undefined ? m.userId : labelUser(user);
  });
  return [...new Set([...listed, ...held])].map((label) => scope.at('member', label));
}

/** The org and member addresses that exist in the file or in what was read. */
function knownAddresses(scene: TargetScene): {
  slugs: string[];
  orgs: string[];
  members: Address[];
  tenant: boolean;
} {
  const { desired, live } = scene;
  const slugs = new Set([...desired.orgs.map((o) => o.slug), ...live.orgs.map((o) => o.slug)]);
  const members = [
    ...memberAddresses(GROUP, desired.group.members, live.group.members, live),
    ...memberAddresses(TENANT, desired.tenant?.members, live.tenant?.members, live),
  ];
  for (const org of desired.orgs) {
    const read = live.orgs.find((o) => o.slug === org.slug || (org.id !== undefined && o.id === org.id));
    members.push(...memberAddresses(orgAddress(org.slug), org.members, read?.members, live));
  }
  const known = [...slugs];
  return {
    slugs: known,
    orgs: known.map((slug) => orgAddress(slug).text),
    members,
    tenant: desired.tenant !== undefined,
  };
}

/** `'a'`, `'a' or 'b'`, `'a', 'b' or 'c'`. */
function either(values: readonly string[]): string {
  const quoted = values.map((v) => `'${v}'`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

function unmatched(target: Target, candidates: readonly string[], shown: (t: string) => string): string {
  const near = closestMatches(target.text, candidates, 3);
  const hint = near.length > 0 ? ` Did you mean ${either(near.map(shown))}?` : '';
  return `--target '${shown(target.text)}' matches nothing in the file or in Snyk, so it would plan nothing.${hint} Run a full plan to see every address.`;
}

/**
 * The messages for targets that match nothing and replacements outside every target (none:
 * the selection is sound). `shown` makes user input inert where it is echoed.
 */
export function checkTargets(
  targets: readonly Target[],
  replace: readonly string[],
  scene: TargetScene,
  shown: (text: string) => string,
): string[] {
  const messages: string[] = [];
  let known: ReturnType<typeof knownAddresses> | undefined;
  for (const target of targets) {
    if (target.kind === 'user' || scene.changes.some((a) => target.matches(a))) continue;
    known ??= knownAddresses(scene);
    if (target.kind === 'tenant' && !known.tenant) {
      messages.push(
        `--target '${shown(target.text)}': the file has no tenant section, so it would plan nothing.`,
      );
      continue;
    }
    const { scope, steps } = Address.of(target.text);
    if (scope.kind === 'org' && !known.slugs.some((slug) => target.selectsOrg(slug))) {
      // The org is the typo: suggest the address with the closest org in its place.
      const org = orgAddress(scope.slug).text;
      const rest = target.text.slice(org.length);
      const near = closestMatches(org, known.orgs, 3).map((a) => `${a}${rest}`);
      messages.push(unmatched(target, near, shown));
      continue;
    }
    if (steps[0]?.name === 'member' && !known.members.some((a) => target.matches(a))) {
      const inScope = known.members.filter(({ scope: at }) =>
        at.kind === 'org' ? target.selectsOrg(at.slug) : at.kind === target.kind,
      );
      messages.push(
        unmatched(
          target,
          inScope.map((a) => a.text),
          shown,
        ),
      );
    }
  }
  for (const address of replace) {
    if (targets.some((t) => t.matches(Address.of(address)))) continue;
    messages.push(
      `--replace '${shown(address)}' is outside every --target, so the partial plan would not replace it. Add it as a --target, or plan without targets.`,
    );
  }
  return messages;
}
