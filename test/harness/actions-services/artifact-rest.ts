import type { FakeGitHub } from '../fake-github.js';
import type { RouteRequest, RouteResponse } from '../fake-repo.js';
import { paginate } from '../pagination.js';
import { type StoredArtifact, signedDownloadUrl } from './artifact-service.js';

// The REST face of the same artifacts (actions/list-artifacts-for-repo, list-workflow-run-artifacts,
// get-artifact, download-artifact, delete-artifact), registered on a FakeGitHub. @actions/artifact uses
// these when it is given `findBy` (another run, or another repository).

export interface ArtifactRestOptions {
  owner: string;
  repo: string;
  repositoryId?: number;
  headBranch?: string;
  headSha?: string;
}

const DOCS = 'https://docs.github.com/rest/actions/artifacts';
/** GitHub documents that the Location of a download expires after one minute. */
const REDIRECT_LIFETIME_MS = 60_000;

export function registerArtifactRoutes(
  fake: FakeGitHub,
  artifacts: () => StoredArtifact[],
  blobs: Parameters<typeof signedDownloadUrl>[0],
  o: ArtifactRestOptions,
): void {
  const repositoryId = o.repositoryId ?? 1296269;
  const sameRepo = (params: Record<string, string>) =>
    params.owner?.toLowerCase() === o.owner.toLowerCase() &&
    params.repo?.toLowerCase() === o.repo.toLowerCase();
  const visible = () => artifacts().filter((a) => a.finalized);
  const toJson = (a: StoredArtifact) => {
    const url = `${fake.url}/repos/${o.owner}/${o.repo}/actions/artifacts/${a.id}`;
    return {
      id: a.id,
      node_id: Buffer.from(`09:Artifact${a.id}`).toString('base64'),
      name: a.name,
      size_in_bytes: a.size,
      url,
      archive_download_url: `${url}/zip`,
      expired: isExpired(a),
      created_at: iso(a.createdAt),
      updated_at: iso(a.updatedAt),
      expires_at: iso(a.expiresAt),
      digest: a.digest ?? null,
      workflow_run: {
        id: a.workflowRunId,
        repository_id: repositoryId,
        head_repository_id: repositoryId,
        head_branch: o.headBranch ?? 'main',
        head_sha: o.headSha ?? '0000000000000000000000000000000000000000',
      },
    };
  };
  const list = (req: RouteRequest, selected: StoredArtifact[]): RouteResponse => {
    const name = req.query.name;
    const ascending = req.query.direction === 'asc';
    const all = selected
      .filter((a) => name === undefined || a.name === name)
      .sort((a, b) => (ascending ? a.id - b.id : b.id - a.id));
    const requestUrl = new URL(req.path, fake.url);
    for (const [k, v] of Object.entries(req.query)) requestUrl.searchParams.set(k, v);
    const page = paginate(all, requestUrl);
    return {
      status: 200,
      body: { total_count: all.length, artifacts: page.items.map(toJson) },
      headers: page.link ? { link: page.link } : {},
    };
  };
  const find = (params: Record<string, string>) =>
    sameRepo(params) ? visible().find((a) => String(a.id) === params.artifact_id) : undefined;

  fake.route('GET', '/repos/{owner}/{repo}/actions/artifacts', (req, params) =>
    sameRepo(params) ? list(req, visible()) : notFound(),
  );
  fake.route('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', (req, params) =>
    sameRepo(params)
      ? list(
          req,
          visible().filter((a) => String(a.workflowRunId) === params.run_id),
        )
      : notFound(),
  );
  fake.route('GET', '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}', (_req, params) => {
    const artifact = find(params);
    return artifact ? { status: 200, body: toJson(artifact) } : notFound();
  });
  fake.route('DELETE', '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}', (_req, params) => {
    const artifact = find(params);
    if (!artifact) return notFound();
    const all = artifacts();
    all.splice(all.indexOf(artifact), 1);
    return { status: 204 };
  });
  fake.route(
    'GET',
    '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
    (_req, params) => {
      const artifact = find(params);
      if (!artifact || params.archive_format !== 'zip') return notFound();
      if (isExpired(artifact)) {
        return {
          status: 410,
          body: { message: 'Artifact has expired', documentation_url: DOCS, status: '410' },
        };
      }
      return { status: 302, headers: { location: signedDownloadUrl(blobs, artifact, REDIRECT_LIFETIME_MS) } };
    },
  );
}

function isExpired(a: StoredArtifact): boolean {
  return a.expiresAt.getTime() <= Date.now();
}

function iso(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function notFound(): RouteResponse {
  return { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } };
}
