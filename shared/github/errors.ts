// What a failed GitHub API call means, in one line: endpoint, status, GitHub's words and what to do.
// Kept apart from client.ts so that code which only describes errors does not load Octokit.

export interface ErrorLike {
  message?: unknown;
  status?: unknown;
  request?: { method?: string; url?: string; request?: { retryCount?: number } };
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

/** Which permission an endpoint needs, for the hint on 'Resource not accessible by integration'. */
function permissionFor(method: string, path: string): string {
  const write = method !== 'GET' && method !== 'HEAD';
  if (/\/statuses\//.test(path)) return 'statuses: write';
  if (/\/check-runs/.test(path)) return write ? 'checks: write' : 'checks: read';
  if (/\/(issues|pulls)\/\d+\/comments/.test(path))
    return write ? 'pull-requests: write' : 'pull-requests: read';
  if (/\/pulls\b/.test(path)) return write ? 'pull-requests: write' : 'pull-requests: read';
  if (/\/deployments/.test(path)) return write ? 'deployments: write' : 'deployments: read';
  return write ? 'contents: write' : 'contents: read';
}

export function pathOf(url: string | undefined): string {
  if (!url) return '?';
  try {
    return new URL(url, 'https://api.github.com').pathname; // the query may carry secrets
  } catch {
    return url.split('?')[0] ?? url;
  }
}

function githubMessage(e: ErrorLike): string {
  const data = e.response?.data;
  let message = typeof e.message === 'string' ? e.message : String(e.message);
  if (data && typeof data === 'object' && 'message' in data && typeof data.message === 'string') {
    message = data.message;
    const errors = 'errors' in data && Array.isArray(data.errors) ? data.errors : [];
    const details = errors
      .map((x: unknown) =>
        x && typeof x === 'object' && 'message' in x ? String(x.message) : JSON.stringify(x),
      )
      .filter(Boolean);
    if (details.length > 0) message += ` (${details.join('; ')})`;
  }
  const oneLine = message.replace(/\s+/g, ' ').trim();
  return oneLine.length > 300 ? `${oneLine.slice(0, 297)}...` : oneLine;
}

/** One line for a failed GitHub API call: endpoint, status, GitHub's words and what to do about it. */
export function describeGitHubError(err: unknown): string {
  if (!err || typeof err !== 'object') return String(err);
  const e = err as ErrorLike;
  const status = typeof e.status === 'number' ? e.status : undefined;
  if (status === undefined || !e.request) return err instanceof Error ? err.message : String(err);

  const method = (e.request.method ?? 'GET').toUpperCase();
  const path = pathOf(e.request.url);
  const message = githubMessage(e);
  const retries = e.request.request?.retryCount;
  const after = retries ? ` (after ${retries} ${retries === 1 ? 'retry' : 'retries'})` : '';
  if (!e.response) return `GitHub API ${method} ${path} failed: ${message}${after}`;

  const headers = e.response.headers ?? {};
  let hint = '';
  if (status === 401) {
    hint = 'the token is missing, invalid or expired';
  } else if (
    (status === 403 || status === 429) &&
    (/rate limit/i.test(message) || headers['x-ratelimit-remaining'] === '0')
  ) {
    const retryAfter = headers['retry-after'];
    const reset = Number(headers['x-ratelimit-reset']);
    hint = retryAfter
      ? `rate limited; GitHub asked to wait ${retryAfter} s`
      : Number.isFinite(reset) && reset > 0
        ? `rate limit exhausted until ${new Date(reset * 1000).toISOString()}`
        : 'rate limited';
  } else if (status === 403 && /not accessible by integration/i.test(message)) {
    hint =
      `the token lacks a permission: grant '${permissionFor(method, path)}' in the workflow's permissions: block ` +
      '(pull requests from forks only get a read-only token)';
  } else if (status === 404) {
    hint = 'check the repository, number or sha, and that the token can see the repository';
  }
  return `GitHub API ${method} ${path} failed with ${status}: ${message}${hint ? ` — ${hint}` : ''}${after}`;
}
