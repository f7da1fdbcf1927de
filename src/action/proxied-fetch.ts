// The Action's GitHub API calls through the runner's proxy. octokit uses Node's global fetch,
// which does not read HTTPS_PROXY; undici's fetch over a ProxyAgent does the same requests
// through it. Loaded only when a proxy applies, so runs without one never parse it.
import type { ProxyAgent } from 'undici';

export function proxiedFetch(proxy: string): typeof fetch {
  let loaded: Promise<{ fetch: typeof import('undici').fetch; agent: ProxyAgent }> | undefined;
  return async (input, init) => {
    loaded ??= import('undici').then((module) => {
      // undici is CommonJS: bundled, its exports are only the default one.
      const undici = ((module as { default?: unknown }).default ?? module) as typeof module;
      return { fetch: undici.fetch, agent: new undici.ProxyAgent(proxy) };
    });
    const { fetch: send, agent } = await loaded;
    const request = input instanceof Request ? input.url : input;
    const response = await send(request as Parameters<typeof send>[0], {
      ...(init as Parameters<typeof send>[1]),
      dispatcher: agent,
    });
    return response as unknown as Response;
  };
}
