import type { BlobStorage } from './blob-storage.js';
import type { RuntimeClaims } from './runtime-token.js';
import {
  optionalInt64,
  optionalString,
  optionalTimestamp,
  requiredString,
  type TwirpBody,
  TwirpError,
  timestamp,
} from './twirp.js';

// github.actions.results.api.v1.ArtifactService: the artifact half of the results service that
// @actions/artifact v2+ talks to. Artifacts belong to a workflow run (by backend id); names are unique
// within a run; only finalized, unexpired artifacts are listed or downloadable.

export interface StoredArtifact {
  id: number;
  name: string;
  /** The byte count FinalizeArtifact reported (the client's count of uploaded bytes). */
  size: number;
  runBackendId: string;
  jobBackendId: string;
  /** The GitHub run id the REST API shows for the run backend id. */
  workflowRunId: number;
  createdAt: Date;
  updatedAt: Date;
  expiresAt: Date;
  finalized: boolean;
  /** `sha256:<hex>` as FinalizeArtifact reported it. */
  digest: string | undefined;
  mimeType: string;
  /** The blob as uploaded: the zip the client built, or the raw file with skipArchive. Empty until finalized. */
  content: Buffer;
  /** Where the blob lives on the fake's blob endpoint (percent-decoded path). */
  blobPath: string;
}

export interface ArtifactServiceContext {
  artifacts: StoredArtifact[];
  blobs: BlobStorage;
  nextId: () => number;
  workflowRunIdOf: (runBackendId: string) => number;
}

const DEFAULT_RETENTION_DAYS = 90;
const UPLOAD_URL_LIFETIME_MS = 6 * 3600_000;
const DOWNLOAD_URL_LIFETIME_MS = 3600_000;
const DAY_MS = 86_400_000;

export type TwirpMethod = (body: TwirpBody, claims: RuntimeClaims) => TwirpBody;

export function artifactService(ctx: ArtifactServiceContext): Record<string, TwirpMethod> {
  const live = (a: StoredArtifact, now: Date) => a.finalized && a.expiresAt.getTime() > now.getTime();

  return {
    CreateArtifact(body, claims) {
      const { runBackendId, jobBackendId } = ownIds(body, claims);
      const name = requiredString(body, 'name');
      const version = optionalInt64(body, 'version');
      if (version === undefined) throw new TwirpError('invalid_argument', 'version is required');
      if (ctx.artifacts.some((a) => a.runBackendId === runBackendId && a.name === name)) {
        throw new TwirpError(
          'already_exists',
          'an artifact with this name already exists on the workflow run',
        );
      }
      const now = new Date();
      const mimeType = optionalString(body, 'mime_type') ?? 'application/zip';
      const id = ctx.nextId();
      const fileName = mimeType === 'application/zip' ? `${name}.zip` : name;
      const artifact: StoredArtifact = {
        id,
        name,
        size: 0,
        runBackendId,
        jobBackendId,
        workflowRunId: ctx.workflowRunIdOf(runBackendId),
        createdAt: now,
        updatedAt: now,
        expiresAt:
          optionalTimestamp(body, 'expires_at') ?? new Date(now.getTime() + DEFAULT_RETENTION_DAYS * DAY_MS),
        finalized: false,
        digest: undefined,
        mimeType,
        content: Buffer.alloc(0),
        blobPath: `/blob/actions-results/${id}/${fileName}`,
      };
      ctx.artifacts.push(artifact);
      const url = ctx.blobs.signedUrl(
        blobUrlPath(artifact.blobPath),
        'cw',
        new Date(now.getTime() + UPLOAD_URL_LIFETIME_MS),
      );
      return { ok: true, signed_upload_url: url };
    },

    FinalizeArtifact(body, claims) {
      const { runBackendId } = ownIds(body, claims);
      const name = requiredString(body, 'name');
      const artifact = ctx.artifacts.find(
        (a) => a.runBackendId === runBackendId && a.name === name && !a.finalized,
      );
      if (!artifact)
        throw new TwirpError('not_found', `no artifact named ${name} is being uploaded in this run`);
      const blob = ctx.blobs.committed(artifact.blobPath);
      if (!blob) throw new TwirpError('failed_precondition', `nothing was uploaded for artifact ${name}`);
      artifact.size = optionalInt64(body, 'size') ?? 0;
      artifact.digest = optionalString(body, 'hash');
      artifact.content = blob.content;
      artifact.mimeType =
        blob.contentType === 'application/octet-stream' ? artifact.mimeType : blob.contentType;
      artifact.finalized = true;
      artifact.updatedAt = new Date();
      ctx.blobs.delete(artifact.blobPath);
      return { ok: true, artifact_id: String(artifact.id) };
    },

    ListArtifacts(body, claims) {
      const { runBackendId } = ownIds(body, claims);
      const nameFilter = optionalString(body, 'name_filter');
      const idFilter = optionalInt64(body, 'id_filter');
      const now = new Date();
      const artifacts = ctx.artifacts
        .filter((a) => a.runBackendId === runBackendId && live(a, now))
        .filter((a) => nameFilter === undefined || a.name === nameFilter)
        .filter((a) => idFilter === undefined || a.id === idFilter)
        .map((a) => ({
          workflow_run_backend_id: a.runBackendId,
          workflow_job_run_backend_id: a.jobBackendId,
          database_id: String(a.id),
          name: a.name,
          size: String(a.size),
          created_at: timestamp(a.createdAt),
          ...(a.digest ? { digest: a.digest } : {}),
        }));
      return { artifacts };
    },

    GetSignedArtifactURL(body, claims) {
      const { runBackendId } = ownIds(body, claims);
      const name = requiredString(body, 'name');
      const now = new Date();
      const artifact = ctx.artifacts.find(
        (a) => a.runBackendId === runBackendId && a.name === name && live(a, now),
      );
      if (!artifact) throw new TwirpError('not_found', `artifact ${name} not found`);
      return { signed_url: signedDownloadUrl(ctx.blobs, artifact, DOWNLOAD_URL_LIFETIME_MS) };
    },

    DeleteArtifact(body, claims) {
      const { runBackendId } = ownIds(body, claims);
      const name = requiredString(body, 'name');
      const index = ctx.artifacts.findIndex(
        (a) => a.runBackendId === runBackendId && a.name === name && a.finalized,
      );
      const artifact = ctx.artifacts[index];
      if (!artifact) throw new TwirpError('not_found', `artifact ${name} not found`);
      ctx.artifacts.splice(index, 1);
      return { ok: true, artifact_id: String(artifact.id) };
    },
  };
}

export function signedDownloadUrl(blobs: BlobStorage, artifact: StoredArtifact, lifetimeMs: number): string {
  return blobs.signedUrl(blobUrlPath(artifact.blobPath), 'r', new Date(Date.now() + lifetimeMs));
}

/** The percent-encoded form of a decoded blob path. */
export function blobUrlPath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** The run a request names must be the one the runtime token is scoped to, as on GitHub. */
function ownIds(body: TwirpBody, claims: RuntimeClaims): { runBackendId: string; jobBackendId: string } {
  const runBackendId = requiredString(body, 'workflow_run_backend_id');
  const jobBackendId = requiredString(body, 'workflow_job_run_backend_id');
  if (runBackendId !== claims.runBackendId || jobBackendId !== claims.jobBackendId) {
    throw new TwirpError('permission_denied', 'the runtime token is not scoped to this workflow run and job');
  }
  return { runBackendId, jobBackendId };
}
