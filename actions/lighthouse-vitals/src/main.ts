import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cache from '@actions/cache';
import * as core from '@actions/core';
import { createGitHubClient } from '../../../shared/github/client.js';
import { readEventContext } from '../../../shared/github/context.js';
import type { FolderCache } from '../../../shared/lighthouse/install.js';
import { runVitals } from '../../../shared/lighthouse/pipeline.js';
import { actionInputs, actionLogger, runActionMain } from '../../../shared/runtime/action.js';
import { readVitalsOptions, secretValues } from '../../../shared/vitals/options.js';
import { withHistory } from './history.js';
import { publishVitals } from './publish.js';

/** The Actions cache keeps the installed Lighthouse between runs; without the service it is skipped. */
function actionsCache(): FolderCache | undefined {
  if (!cache.isFeatureAvailable()) return undefined;
  return {
    restore: async (dir, key) => (await cache.restoreCache([dir], key)) !== undefined,
    save: async (dir, key) => {
      await cache.saveCache([dir], key);
    },
  };
}

async function main(): Promise<number> {
  const token = core.getInput('token');
  if (token) core.setSecret(token);
  const options = readVitalsOptions(actionInputs);
  for (const secret of secretValues(options.headers)) core.setSecret(secret);
  const context = readEventContext(process.env, (p) => readFileSync(p, 'utf8'));
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const runnerTemp = process.env.RUNNER_TEMP || workspace;
  const outDir = join(
    runnerTemp,
    'shipshape',
    `lighthouse-vitals-${(options.name || 'default').replace(/[^A-Za-z0-9._-]+/g, '-')}`,
  );
  mkdirSync(outDir, { recursive: true });
  const octokit = token ? createGitHubClient({ token, log: actionLogger }) : undefined;

  const run = await runVitals(options, {
    installRoot: process.env.RUNNER_TOOL_CACHE || join(runnerTemp, 'tool-cache'),
    // Self-hosted runners with Lighthouse preinstalled can point here and skip the install.
    installDir: process.env.SHIPSHAPE_LIGHTHOUSE_DIR || undefined,
    cache: actionsCache(),
    outDir,
    workspace,
    env: process.env,
    log: actionLogger,
  });
  const history = options.history
    ? await withHistory(run.report, { options, context, octokit, token, workspace })
    : { report: run.report, trends: {}, notes: [], store: async () => [] };
  return publishVitals(history.report, {
    options,
    context,
    octokit,
    outDir,
    runnerTemp,
    notes: [
      ...run.notes,
      ...history.notes,
      `Lighthouse ${run.installed.lighthouse} (${run.installed.source}), chrome-launcher ${run.installed.chromeLauncher}.`,
    ],
    trends: history.trends,
    storeHistory: history.store,
  });
}

void runActionMain(main);
