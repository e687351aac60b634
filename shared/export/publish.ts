// The export step of the shell: after an action has published, its samples go to the team's own
// metrics backends. Loaded only when a target is configured, so other runs never load the clients.
import type { MetricSample, ShellEnv } from '../runtime/shell.js';
import { deliverSamples } from './deliver.js';
import { completeSamples } from './samples.js';
import type { ExportSettings } from './settings.js';

/** The branch a run speaks for: the PR's head branch, else the pushed or scheduled ref. */
export function runBranch(env: Pick<ShellEnv, 'env' | 'context'>): string {
  return (
    env.env.GITHUB_HEAD_REF ||
    (env.context?.ref ?? env.env.GITHUB_REF ?? '').replace(/^refs\/(heads|tags)\//, '') ||
    'unknown'
  );
}

/** Sends the samples; returns lines for the job summary (failures are warnings, never errors). */
export async function exportMetrics(
  samples: readonly MetricSample[],
  env: Pick<ShellEnv, 'action' | 'env' | 'context' | 'log'>,
  settings: ExportSettings,
): Promise<string[]> {
  const repo = env.context
    ? `${env.context.repo.owner}/${env.context.repo.repo}`
    : env.env.GITHUB_REPOSITORY || 'local';
  const complete = completeSamples(samples, { repo, branch: runBranch(env) }, Date.now());
  const names = [...new Set(complete.map((s) => s.labels.name).filter((n): n is string => Boolean(n)))];
  const group = { repo, action: env.action, ...(names.length === 1 ? { name: names[0] as string } : {}) };
  const results = await env.log.group(`Exporting ${complete.length} metrics`, () =>
    deliverSamples(complete, settings, { action: env.action, group, log: env.log }),
  );
  return results
    .filter((r) => !r.ok)
    .map(
      (r) =>
        `Metrics were not exported by ${r.target}: ${r.message}. The gate's verdict does not depend on it.`,
    );
}
