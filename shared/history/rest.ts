// The slice of Octokit the history code calls, so that any Octokit (shared/github/client.ts's
// createGitHubClient, @actions/github's getOctokit) or a test double can be passed in.
export interface RestClient {
  request(route: string, params?: Record<string, unknown>): Promise<{ data: unknown }>;
}

/** One line for a failed REST call, without importing shared/github into every caller's bundle. */
export function describeRestError(error: unknown): string {
  if (!error || typeof error !== 'object') return String(error);
  const e = error as { status?: unknown; message?: unknown; response?: { data?: unknown } };
  const data = e.response?.data;
  const message =
    data && typeof data === 'object' && 'message' in data && typeof data.message === 'string'
      ? data.message
      : typeof e.message === 'string'
        ? e.message
        : String(error);
  const oneLine = message.replace(/\s+/g, ' ').trim();
  return typeof e.status === 'number' ? `${e.status} ${oneLine}` : oneLine;
}
