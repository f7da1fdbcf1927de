import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  Octokit,
  proxiedFetch
} from "./chunk-RVUD76NG.js";
import {
  GitopsError
} from "./chunk-N4ITD6G4.js";
import "./chunk-HANBNIMK.js";

// src/action/github-repositories.ts
var toLive = (r) => ({
  fullName: r.full_name,
  defaultBranch: r.default_branch ?? "",
  archived: r.archived === true
});
function statusOf(error) {
  const status = error.status;
  return typeof status === "number" ? status : void 0;
}
function createGitHubRepositorySource(options) {
  const octokit = new Octokit({
    baseUrl: options.baseUrl.replace(/\/+$/, ""),
    userAgent: "snyk-gitops",
    auth: options.token,
    ...options.throttle === false ? { throttle: { enabled: false } } : {},
    ...options.proxy === void 0 ? {} : { request: { fetch: proxiedFetch(options.proxy) } }
  });
  return {
    async listOwnerRepositories(owner) {
      try {
        try {
          const repos = await octokit.paginate(octokit.rest.repos.listForOrg, {
            org: owner,
            type: "all",
            per_page: 100
          });
          return repos.map(toLive);
        } catch (error) {
          if (statusOf(error) !== 404) throw error;
          const repos = await octokit.paginate(octokit.rest.repos.listForUser, {
            username: owner,
            per_page: 100
          });
          return repos.map(toLive);
        }
      } catch (error) {
        const status = statusOf(error);
        const said = error instanceof Error ? error.message.split("\n")[0].slice(0, 200) : String(error);
        throw new GitopsError(
          `reading the repositories of '${owner}' from GitHub (${options.baseUrl}) failed${status === void 0 ? "" : ` with ${status}`}: ${said}. The imports that need them (globs, names without a branch) cannot be planned; check GITHUB_TOKEN`,
          { code: "GITHUB_FAILED", cause: error }
        );
      }
    }
  };
}
export {
  createGitHubRepositorySource
};
