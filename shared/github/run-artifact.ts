// Hands a file from one workflow run to another through a workflow artifact: the fork-safe
// compute -> publish flow uses it so that no pull request code ever runs with a write token.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isZip, readZipEntry, ZipError } from '../history/zip.js';
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

/** An artifact handed between runs holds one small file; anything bigger is refused unread. */
export const RUN_ARTIFACT_LIMITS = { maxEntries: 16, maxBytes: 32 * 1024 * 1024 };

/**
 * Downloads the file `fileName` from the artifact `name` of another run (needs `actions: read`).
 * Only that one file is inflated, within RUN_ARTIFACT_LIMITS: the artifact may come from a fork.
 * Throws a UsageError that says what was missing or wrong.
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
  if (artifact.size_in_bytes > RUN_ARTIFACT_LIMITS.maxBytes) {
    throw new UsageError(
      `artifact '${o.name}' of run ${o.runId} is ${artifact.size_in_bytes} bytes, more than a comment's data can be; refusing to download it`,
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
      let wanted: Buffer | undefined;
      try {
        wanted = isZip(bytes)
          ? await readZipEntry(bytes, o.fileName, RUN_ARTIFACT_LIMITS)
          : file === o.fileName && bytes.length <= RUN_ARTIFACT_LIMITS.maxBytes
            ? bytes
            : undefined;
      } catch (error) {
        if (!(error instanceof ZipError)) throw error;
        throw new UsageError(
          `artifact '${o.name}' of run ${o.runId} is not usable (${error.message}); refusing to publish it. Re-run the compute job to upload it again`,
        );
      }
      if (wanted) return wanted.toString('utf8');
    }
    throw new UsageError(`artifact '${o.name}' of run ${o.runId} holds no ${o.fileName}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
