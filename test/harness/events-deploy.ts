// deployment_status and schedule payloads for deploy-smoke-health's runner tests, trimmed to the
// fields GitHub sends that actions read.

import type { WorkflowEvent } from './events.js';
import { DEFAULT_REPOSITORY } from './events.js';
import { fakeSha } from './fake-repo.js';

export interface DeploymentStatusOptions {
  state?: 'success' | 'failure' | 'error' | 'pending' | 'in_progress';
  environment?: string;
  environmentUrl?: string;
  sha?: string;
  deploymentId?: number;
  repo?: string;
}

function repository(fullName: string) {
  const [owner = 'octo-org', name = 'shop'] = fullName.split('/');
  return {
    id: 1296269,
    name,
    full_name: fullName,
    private: false,
    owner: { login: owner, id: 1, type: 'Organization' },
    default_branch: 'main',
  };
}

export function deploymentStatusEvent(o: DeploymentStatusOptions = {}): WorkflowEvent {
  const fullName = o.repo ?? DEFAULT_REPOSITORY;
  const sha = o.sha ?? fakeSha(`deploy:${fullName}`);
  const id = o.deploymentId ?? 42;
  const environment = o.environment ?? 'production';
  return {
    name: 'deployment_status',
    payload: {
      action: 'created',
      deployment_status: {
        id: 9001,
        state: o.state ?? 'success',
        environment,
        ...(o.environmentUrl ? { environment_url: o.environmentUrl, target_url: o.environmentUrl } : {}),
        creator: { login: 'railway-app[bot]', id: 2, type: 'Bot' },
      },
      deployment: {
        id,
        sha,
        ref: 'main',
        task: 'deploy',
        environment,
        creator: { login: 'railway-app[bot]', id: 2, type: 'Bot' },
      },
      repository: repository(fullName),
      sender: { login: 'railway-app[bot]', id: 2, type: 'Bot' },
      // Consumed by the harness to set GITHUB_SHA the way the runner does for deployment events.
      after: sha,
    },
  };
}

export function scheduleEvent(cron = '*/5 * * * *', repo = DEFAULT_REPOSITORY): WorkflowEvent {
  return { name: 'schedule', payload: { schedule: cron, repository: repository(repo) } };
}
