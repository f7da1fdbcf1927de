// REST service accounts of groups and orgs (2023-09-07): list, get, create, rename, delete and
// secret rotation, as the 2025-11-05 spec describes them. A secret is in the answer of the
// create or rotation that made it, and in no other. Each account is also a user (type
// `service_account`, the account's id) holding a membership of its group or org with its role,
// and an API key is a token the emulator accepts: what it creates can call it.
import { randomBytes } from 'node:crypto';
import type { EmuResponse, Handler, HandlerContext } from '../request.ts';
import type { EmulatorState, EmuMembership, EmuRole, EmuServiceAccount } from '../state-types.ts';
import { expectType, JSONAPI, requireData, requireGroup, requireOrg, restFail, single } from './jsonapi.ts';
import { paginate } from './pagination.ts';

const AUTH_TYPES = new Set(['api_key', 'oauth_client_secret', 'oauth_private_key_jwt', 'access_token']);

interface AccountHolder {
  level: 'Group' | 'Org';
  accounts: EmuServiceAccount[];
  members: EmuMembership[];
  roles: readonly EmuRole[];
}

function holderOf(ctx: HandlerContext, level: 'group' | 'org'): AccountHolder {
  if (level === 'group') {
    const group = requireGroup(ctx, ctx.params.group_id ?? '');
    group.serviceAccounts ??= [];
    return {
      level: 'Group',
      accounts: group.serviceAccounts,
      members: group.members,
      roles: group.groupRoles,
    };
  }
  const { group, org } = requireOrg(ctx, ctx.params.org_id ?? '');
  org.serviceAccounts ??= [];
  return { level: 'Org', accounts: org.serviceAccounts, members: org.members, roles: group.orgRoles };
}

function resource(account: EmuServiceAccount, level: AccountHolder['level'], secret?: string) {
  const attributes: Record<string, unknown> = {
    name: account.name,
    auth_type: account.authType,
    role_id: account.roleId,
    level,
    created_at: account.createdAt,
  };
  if (account.clientId !== undefined) attributes.client_id = account.clientId;
  if (account.jwksUrl !== undefined) attributes.jwks_url = account.jwksUrl;
  if (account.accessTokenTtlSeconds !== undefined)
    attributes.access_token_ttl_seconds = account.accessTokenTtlSeconds;
  if (secret !== undefined) attributes[account.authType === 'api_key' ? 'api_key' : 'client_secret'] = secret;
  return { id: account.id, type: 'service_account', attributes };
}

function requireAccount(ctx: HandlerContext, holder: AccountHolder): EmuServiceAccount {
  const id = ctx.params.serviceaccount_id ?? '';
  const account = holder.accounts.find((a) => a.id === id);
  if (account === undefined)
    throw restFail(404, `Service account ${id} not found`, { code: 'entity-not-found' });
  return account;
}

function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(24).toString('hex')}`;
}

function text(attrs: Record<string, unknown>, key: string, required: boolean): string | undefined {
  const value = attrs[key];
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string' || value === '')
    throw restFail(400, `data.attributes.${key} must be a non-empty string`, {
      source: { pointer: `/data/attributes/${key}` },
    });
  return value;
}

function readCreate(ctx: HandlerContext, holder: AccountHolder) {
  const data = requireData(ctx);
  expectType(data, 'service_account');
  const attrs = (data.attributes ?? {}) as Record<string, unknown>;
  const name = text(attrs, 'name', true)!;
  const roleId = text(attrs, 'role_id', true)!;
  const authType = text(attrs, 'auth_type', true)!;
  if (!AUTH_TYPES.has(authType)) throw restFail(400, `auth_type '${authType}' is not one Snyk takes`);
  if (!holder.roles.some((r) => r.id === roleId)) throw restFail(404, `Role ${roleId} not found`);
  const jwksUrl = text(attrs, 'jwks_url', authType === 'oauth_private_key_jwt');
  if (jwksUrl !== undefined && !jwksUrl.startsWith('https://')) throw restFail(400, 'jwks_url must be https');
  const ttl = attrs.access_token_ttl_seconds;
  if (ttl !== undefined && (typeof ttl !== 'number' || ttl < 3600 || ttl > 86400))
    throw restFail(400, 'access_token_ttl_seconds must be between 3600 and 86400');
  return { name, roleId, authType: authType as EmuServiceAccount['authType'], jwksUrl, ttl };
}

function create(level: 'group' | 'org'): Handler {
  return (ctx) => {
    const holder = holderOf(ctx, level);
    const input = readCreate(ctx, holder);
    if (holder.accounts.some((a) => a.name === input.name)) {
      // REALITY §24: Snyk answers a duplicate name with a 500.
      if (ctx.reality.serviceAccountDuplicate500) throw restFail(500, 'an account already existing');
      throw restFail(409, `A service account named '${input.name}' already exists`);
    }
    const oauth = input.authType.startsWith('oauth_');
    const account: EmuServiceAccount = {
      id: ctx.newId(),
      name: input.name,
      roleId: input.roleId,
      authType: input.authType,
      ...(input.jwksUrl === undefined ? {} : { jwksUrl: input.jwksUrl }),
      ...(oauth
        ? { accessTokenTtlSeconds: (input.ttl as number | undefined) ?? 3600, clientId: ctx.newId() }
        : {}),
      secrets: [],
      createdAt: ctx.now.toISOString(),
    };
    const secret = issueSecret(ctx.state, account);
    holder.accounts.push(account);
    ctx.state.users.push({
      id: account.id,
      name: account.name,
      email: '',
      username: account.name,
      type: 'service_account',
    });
    holder.members.push({
      id: ctx.newId(),
      userId: account.id,
      roleId: account.roleId,
      createdAt: account.createdAt,
    });
    return single(ctx, resource(account, holder.level, secret), 201);
  };
}

/** A new secret for the account, replacing the old ones (an API key is a token the emulator accepts). */
function issueSecret(state: EmulatorState, account: EmuServiceAccount): string | undefined {
  if (account.authType === 'oauth_private_key_jwt') return undefined;
  const secret = newSecret(account.authType === 'api_key' ? '' : 'snyk_cs_');
  for (const old of account.secrets) dropToken(state, old);
  account.secrets = [secret];
  if (account.authType === 'api_key')
    state.tokens.push({ token: secret, userId: account.id, kind: 'service_account' });
  else registerOAuthClient(state, account, secret);
  return secret;
}

/**
 * An `oauth_client_secret` account signs in at the token endpoint with its client id and its
 * newest secret, as on Snyk (docs/emulator.md). A JWT account's keys live at its `jwksUrl`, which
 * the emulator does not fetch: such an account is served only when the state lists it.
 */
function registerOAuthClient(state: EmulatorState, account: EmuServiceAccount, secret: string): void {
  if (account.clientId === undefined) return;
  const others = (state.oauthClients ?? []).filter((c) => c.userId !== account.id);
  state.oauthClients = [
    ...others,
    {
      clientId: account.clientId,
      userId: account.id,
      clientSecret: secret,
      ...(account.accessTokenTtlSeconds === undefined
        ? {}
        : { accessTokenTtlSeconds: account.accessTokenTtlSeconds }),
    },
  ];
}

function dropToken(state: EmulatorState, token: string): void {
  state.tokens = state.tokens.filter((t) => t.token !== token);
}

function list(level: 'group' | 'org'): Handler {
  return (ctx) => {
    const holder = holderOf(ctx, level);
    const page = paginate(
      ctx,
      holder.accounts,
      (a) => `${String(holder.accounts.indexOf(a)).padStart(8, '0')}`,
    );
    const data = page.items.map((a) => resource(a, holder.level));
    return { status: 200, body: { jsonapi: JSONAPI, data, links: page.links } };
  };
}

function get(level: 'group' | 'org'): Handler {
  return (ctx) => {
    const holder = holderOf(ctx, level);
    return single(ctx, resource(requireAccount(ctx, holder), holder.level));
  };
}

/** The account in the path of a write, and the attributes of its `service_account` body. */
function accountBody(ctx: HandlerContext, level: 'group' | 'org') {
  const holder = holderOf(ctx, level);
  const account = requireAccount(ctx, holder);
  const data = requireData(ctx);
  expectType(data, 'service_account');
  return { holder, account, data, attributes: (data.attributes ?? {}) as Record<string, unknown> };
}

function rename(level: 'group' | 'org'): Handler {
  return (ctx) => {
    const { holder, account, data, attributes } = accountBody(ctx, level);
    if (data.id !== account.id) throw restFail(400, 'data.id must match the id in the path');
    const name = text(attributes, 'name', true)!;
    if (holder.accounts.some((a) => a.name === name && a.id !== account.id))
      throw restFail(409, `A service account named '${name}' already exists`);
    account.name = name;
    return single(ctx, resource(account, holder.level));
  };
}

function remove(level: 'group' | 'org'): Handler {
  return (ctx): EmuResponse => {
    const holder = holderOf(ctx, level);
    const account = requireAccount(ctx, holder);
    holder.accounts.splice(holder.accounts.indexOf(account), 1);
    const member = holder.members.findIndex((m) => m.userId === account.id);
    if (member >= 0) holder.members.splice(member, 1);
    for (const secret of account.secrets) dropToken(ctx.state, secret);
    ctx.state.tokens = ctx.state.tokens.filter((t) => t.userId !== account.id);
    if (ctx.state.oauthClients !== undefined)
      ctx.state.oauthClients = ctx.state.oauthClients.filter((c) => c.userId !== account.id);
    return { status: 204, body: undefined };
  };
}

function rotate(level: 'group' | 'org'): Handler {
  return (ctx) => {
    const { holder, account, attributes } = accountBody(ctx, level);
    const mode = attributes.mode;
    if (mode !== 'replace') throw restFail(400, "only mode 'replace' is served by the emulator");
    if (account.authType !== 'oauth_client_secret')
      throw restFail(400, `a service account of auth_type ${account.authType} has no client secret`);
    return single(ctx, resource(account, holder.level, issueSecret(ctx.state, account)));
  };
}

/** The handlers of one level's endpoints. */
export function serviceAccountHandlers(level: 'group' | 'org') {
  return {
    list: list(level),
    get: get(level),
    create: create(level),
    rename: rename(level),
    remove: remove(level),
    rotate: rotate(level),
  };
}
