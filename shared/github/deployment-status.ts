// Deployment statuses: the post-deploy verdict on the deployment itself, where GitHub shows an
// environment's state. Like commit statuses, a failure to post is a value for the caller to report,
// never a thrown error: the checks' own verdict is already decided.
import type { GitHubClient } from './client.js';
import { describeGitHubError } from './errors.js';
import { truncateDescription } from './status.js';

export interface DeploymentStatusInput {
  owner: string;
  repo: string;
  deploymentId: number;
  passed: boolean;
  /** The run's page. */
  logUrl?: string;
  environmentUrl?: string;
  environment?: string;
}

export async function postDeploymentStatus(
  octokit: GitHubClient,
  input: DeploymentStatusInput,
): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    await octokit.rest.repos.createDeploymentStatus({
      owner: input.owner,
      repo: input.repo,
      deployment_id: input.deploymentId,
      state: input.passed ? 'success' : 'failure',
      description: truncateDescription(input.passed ? 'smoke checks passed' : 'smoke checks failed'),
      ...(input.logUrl ? { log_url: input.logUrl } : {}),
      ...(input.environmentUrl ? { environment_url: input.environmentUrl } : {}),
      ...(input.environment ? { environment: input.environment } : {}),
      // An earlier deployment to the environment stays as it was: only this one is judged here.
      auto_inactive: false,
    });
    return { ok: true };
  } catch (error) {
    return { ok: false, message: describeGitHubError(error) };
  }
}
