// Whose comments and issues are this workflow's own. The default GITHUB_TOKEN writes as
// github-actions[bot]; a personal access token writes as its user; a GitHub App installation token
// (actions/create-github-app-token) as `<app-slug>[bot]`. Sticky comments and incident issues are
// recognised by their author as well as their marker, so with any token but the default one they
// would never be found again: a new comment on every push, an incident issue never closed.
// GraphQL's `viewer` names the account for all three kinds (an installation token may not call
// GET /user); GET /user is the fallback where GraphQL is not served.
import type { GitHubClient } from './client.js';

/** The login of the default GITHUB_TOKEN. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

async function viewerLogin(octokit: GitHubClient): Promise<string | undefined> {
  try {
    const data = await octokit.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }', {
      request: { retries: 0 },
    });
    return typeof data?.viewer?.login === 'string' ? data.viewer.login : undefined;
  } catch {
    return undefined;
  }
}

async function userLogin(octokit: GitHubClient): Promise<string | undefined> {
  try {
    const { data } = await octokit.request('GET /user', { request: { retries: 0 } });
    return typeof data?.login === 'string' ? data.login : undefined;
  } catch {
    return undefined;
  }
}

const asked = new WeakMap<GitHubClient, Promise<readonly string[]>>();

/**
 * The lower-cased logins whose comments and issues count as this workflow's: github-actions[bot]
 * and the token's own account when GitHub names it. Asked once per client; never throws.
 */
export function ownLogins(octokit: GitHubClient): Promise<readonly string[]> {
  let logins = asked.get(octokit);
  if (!logins) {
    logins = (async () => {
      const own = (await viewerLogin(octokit)) ?? (await userLogin(octokit));
      return [...new Set([ACTIONS_BOT_LOGIN, ...(own ? [own] : [])].map((l) => l.toLowerCase()))];
    })();
    asked.set(octokit, logins);
  }
  return logins;
}
