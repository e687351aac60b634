// Hands a file from one workflow run to another through a workflow artifact: the fork-safe
// compute -> publish flow uses it so that no pull request code ever runs with a write token.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isZip, readZip } from '../history/zip.js';
import { UsageError } from '../runtime/errors.js';
import type { GitHubClient } from './client.js';

function stagingRoot(): string {
  return process.env.RUNNER_TEMP || tmpdir();
}

/** @actions/artifact (with the Azure SDK) is loaded only by a run that moves an artifact: most runs never do. */
async function artifactClient() {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  return new DefaultArtifactClient();
}

/** Uploads one text file as an artifact of this run. */
export async function uploadTextArtifact(
  name: string,
  fileName: string,
  text: string,
  retentionDays: number,
): Promise<void> {
  const dir = await mkdtemp(join(stagingRoot(), 'shipshape-upload-'));
  try {
    await writeFile(join(dir, fileName), text, 'utf8');
    await (await artifactClient()).uploadArtifact(name, [join(dir, fileName)], dir, { retentionDays });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Downloads the file `fileName` from the artifact `name` of another run (needs `actions: read`).
 * Throws a UsageError that says what was missing.
 */
export async function downloadRunArtifactFile(
  octokit: GitHubClient,
  o: { token: string; owner: string; repo: string; runId: number; name: string; fileName: string },
): Promise<string> {
  const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({
    owner: o.owner,
    repo: o.repo,
    run_id: o.runId,
    name: o.name,
    per_page: 100,
  });
  const artifact = data.artifacts.find((a) => a.name === o.name && !a.expired);
  if (!artifact) {
    throw new UsageError(
      `run ${o.runId} has no artifact '${o.name}': did the compute job (mode: compute) of that run succeed, with the same name input?`,
    );
  }
  const dir = await mkdtemp(join(stagingRoot(), 'shipshape-download-'));
  try {
    await (await artifactClient()).downloadArtifact(artifact.id, {
      path: dir,
      skipDecompress: true,
      findBy: { token: o.token, workflowRunId: o.runId, repositoryOwner: o.owner, repositoryName: o.repo },
    });
    for (const file of await readdir(dir)) {
      const bytes = await readFile(join(dir, file));
      const entries = isZip(bytes) ? readZip(bytes) : [{ name: file, data: bytes }];
      const wanted = entries.find((e) => e.name === o.fileName);
      if (wanted) return wanted.data.toString('utf8');
    }
    throw new UsageError(`artifact '${o.name}' of run ${o.runId} holds no ${o.fileName}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
