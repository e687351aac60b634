import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { registerArtifactRoutes } from './actions-services/artifact-rest.js';
import {
  artifactService,
  type StoredArtifact,
  type TwirpMethod,
} from './actions-services/artifact-service.js';
import {
  type BlobContent,
  type BlobResponse,
  BlobStorage,
  readBlob,
  sendBlobResponse,
  storageError,
} from './actions-services/blob-storage.js';
import { cacheService, type StoredCache } from './actions-services/cache-service.js';
import { mintRuntimeToken, verifyRuntimeToken } from './actions-services/runtime-token.js';
import { ARTIFACT_SERVICE, CACHE_SERVICE, type TwirpBody, TwirpError } from './actions-services/twirp.js';
import type { FakeGitHub, Fault } from './fake-github.js';

// A loopback stand-in for the two services behind ACTIONS_RESULTS_URL: the Twirp artifact and cache
// (v2) services, and the Azure blob storage their signed URLs point at. The real @actions/artifact and
// @actions/cache clients run against it unmodified; attachRest() adds the REST artifact endpoints to a
// FakeGitHub so cross-run downloads (`findBy`) work too.

export type { StoredArtifact } from './actions-services/artifact-service.js';
export { findCacheEntry, type StoredCache } from './actions-services/cache-service.js';
export { ARTIFACT_SERVICE, CACHE_SERVICE } from './actions-services/twirp.js';

/** GITHUB_RUN_ID as runAction sets it, so artifacts of the default token belong to the runner's run. */
export const DEFAULT_WORKFLOW_RUN_ID = 9876543210;
/**
 * isGhes() in both clients treats any host but github.com, *.ghe.com and *.localhost as GHES and refuses
 * to work; a .localhost host keeps them on the github.com code path without pointing at the real site.
 */
export const FAKE_SERVER_URL = 'https://github.localhost';

export interface TokenOptions {
  runBackendId?: string;
  jobBackendId?: string;
  /** The REST run id of `runBackendId` (default: the one already registered, else a new one). */
  workflowRunId?: number;
  /** Cache scopes, the writable one first (default ['refs/heads/main']). */
  cacheScopes?: string[];
}

export interface ActionsServiceRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** The JSON body of Twirp calls; blob bodies are not kept here. */
  body?: unknown;
  /** Bytes received (for blob uploads). */
  bodyLength: number;
}

/** A request the fake refused on its own account (not an injected fault): bad token, route, field... */
export interface ActionsServiceRejection {
  method: string;
  path: string;
  status: number;
  message: string;
}

export interface ActionsFaultMatch {
  method?: string;
  /** An exact path, a Twirp method name such as 'CreateArtifact', or a RegExp tested on the path. */
  path?: string | RegExp;
}

interface PendingFault {
  match: ActionsFaultMatch;
  fault: Fault;
  remaining: number;
}

export class FakeActionsServices {
  readonly artifacts: StoredArtifact[] = [];
  readonly caches: StoredCache[] = [];
  readonly requests: ActionsServiceRequest[] = [];
  readonly rejections: ActionsServiceRejection[] = [];
  private readonly secret = randomBytes(32);
  private readonly blobs = new BlobStorage(this.secret, () => this.baseUrl);
  private readonly faults: PendingFault[] = [];
  private readonly runIds = new Map<string, number>();
  private readonly defaultRunBackendId = randomUUID();
  private readonly defaultJobBackendId = randomUUID();
  private readonly twirp: Record<string, Record<string, TwirpMethod>>;
  private baseUrl = '';
  private lastArtifactId = 0;
  private lastCacheId = 0;

  private constructor(private readonly server: Server) {
    this.runIds.set(this.defaultRunBackendId, DEFAULT_WORKFLOW_RUN_ID);
    this.twirp = {
      [ARTIFACT_SERVICE]: artifactService({
        artifacts: this.artifacts,
        blobs: this.blobs,
        nextId: () => ++this.lastArtifactId,
        workflowRunIdOf: (id) => this.workflowRunIdOf(id),
      }),
      [CACHE_SERVICE]: cacheService({
        caches: this.caches,
        blobs: this.blobs,
        nextId: () => ++this.lastCacheId,
      }),
    };
  }

  static async start(): Promise<FakeActionsServices> {
    let fake: FakeActionsServices | undefined;
    const server = createServer((req, res) => {
      fake!.handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ code: 'internal', msg: `fake-actions-services crashed: ${String(error)}` }));
      });
    });
    fake = new FakeActionsServices(server);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    fake.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return fake;
  }

  /** ACTIONS_RESULTS_URL: the Twirp services and, for cache service v2, the cache too. */
  get resultsUrl(): string {
    return `${this.baseUrl}/`;
  }

  /** ACTIONS_CACHE_URL. Only cache service v2 is emulated; v1 calls land here and are rejected with 404. */
  get cacheUrl(): string {
    return `${this.baseUrl}/`;
  }

  runtimeToken(o: TokenOptions = {}): string {
    const runBackendId = o.runBackendId ?? this.defaultRunBackendId;
    if (o.workflowRunId !== undefined) this.runIds.set(runBackendId, o.workflowRunId);
    return mintRuntimeToken(this.secret, {
      runBackendId,
      jobBackendId: o.jobBackendId ?? (o.runBackendId ? randomUUID() : this.defaultJobBackendId),
      cacheScopes: o.cacheScopes ?? ['refs/heads/main'],
    });
  }

  /** What an action needs in its environment to use this fake through the real clients. */
  env(o: TokenOptions = {}): Record<string, string> {
    const token = this.runtimeToken(o);
    return {
      ACTIONS_RUNTIME_TOKEN: token,
      ACTIONS_RESULTS_URL: this.resultsUrl,
      ACTIONS_CACHE_URL: this.cacheUrl,
      ACTIONS_CACHE_SERVICE_V2: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_SERVER_URL: FAKE_SERVER_URL,
      GITHUB_RUN_ID: String(this.workflowRunIdOf(o.runBackendId ?? this.defaultRunBackendId)),
    };
  }

  /** Applies `fault` to the next `fault.times` (default 1; Infinity allowed) matching requests. */
  fault(match: ActionsFaultMatch, fault: Fault): void {
    this.faults.push({ match, fault, remaining: fault.times ?? 1 });
  }

  /** Drops every fault still pending (one injected for `Infinity` requests, say). */
  clearFaults(): void {
    this.faults.length = 0;
  }

  /** Serves this fake's artifacts through `fake`'s REST API for the repository `owner/repo`. */
  attachRest(fake: FakeGitHub, o: { owner: string; repo: string; repositoryId?: number }): void {
    registerArtifactRoutes(fake, () => this.artifacts, this.blobs, o);
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private workflowRunIdOf(runBackendId: string): number {
    let id = this.runIds.get(runBackendId);
    if (id === undefined) {
      id = DEFAULT_WORKFLOW_RUN_ID + this.runIds.size;
      this.runIds.set(runBackendId, id);
    }
    return id;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', this.baseUrl);
    const method = (req.method ?? 'GET').toUpperCase();
    const isTwirp = url.pathname.startsWith('/twirp/');
    const recorded: ActionsServiceRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: isTwirp ? parseJson(body) : undefined,
      bodyLength: body.length,
    };
    this.requests.push(recorded);

    const fault = this.takeFault(recorded);
    if (fault?.kind === 'drop') {
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'slow') await delay(fault.delayMs);
    if (fault?.kind === 'status' || fault?.kind === 'rate-limit') {
      this.sendFault(res, fault, isTwirp);
      return;
    }

    if (isTwirp) {
      this.handleTwirp(req, res, recorded, body);
      return;
    }
    if (url.pathname.startsWith('/blob/')) {
      this.handleBlob(req, res, recorded, url, body);
      return;
    }
    this.reject(recorded, 404, 'no such endpoint (only Twirp results services v2 and /blob/ are emulated)');
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end(`fake-actions-services: ${method} ${url.pathname} is not emulated`);
  }

  private handleTwirp(
    req: IncomingMessage,
    res: ServerResponse,
    recorded: ActionsServiceRequest,
    raw: Buffer,
  ): void {
    try {
      const [, , service = '', name = ''] = recorded.path.split('/');
      const handler = this.twirp[service]?.[name];
      if (recorded.method !== 'POST' || !handler) {
        throw new TwirpError('bad_route', `no handler for ${recorded.method} ${recorded.path}`);
      }
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        throw new TwirpError(
          'bad_route',
          `unsupported Content-Type ${req.headers['content-type'] ?? '(none)'}`,
        );
      }
      const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
      if (!bearer) throw new TwirpError('unauthenticated', 'missing bearer token');
      const claims = verifyRuntimeToken(this.secret, bearer);
      if ('problem' in claims) throw new TwirpError('unauthenticated', claims.problem);
      const body = parseJson(raw);
      if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        throw new TwirpError('malformed', `the body of ${name} is not a JSON object`);
      }
      sendJson(res, 200, handler(body as TwirpBody, claims));
    } catch (error) {
      const twirpError =
        error instanceof TwirpError
          ? error
          : new TwirpError('internal', `fake handler threw: ${String(error)}`);
      this.reject(recorded, twirpError.status, twirpError.message);
      sendJson(res, twirpError.status, { code: twirpError.code, msg: twirpError.msg });
    }
  }

  private handleBlob(
    req: IncomingMessage,
    res: ServerResponse,
    recorded: ActionsServiceRequest,
    url: URL,
    body: Buffer,
  ): void {
    const path = decodeURIComponent(url.pathname);
    const method = recorded.method;
    let response: BlobResponse;
    const reading = method === 'GET' || method === 'HEAD';
    const sasProblem = this.blobs.checkSignature(path, url.searchParams, reading ? 'r' : 'w');
    if (sasProblem) {
      response = storageError(
        403,
        'AuthenticationFailed',
        `Server failed to authenticate the request. ${sasProblem}`,
      );
    } else if (method === 'PUT') {
      response = this.blobs.put(path, url.searchParams, req.headers, body);
    } else if (reading) {
      const found = this.findBlob(path);
      response = found
        ? readBlob(found.blob, method, req.headers, found.headers)
        : storageError(404, 'BlobNotFound', 'The specified blob does not exist.');
    } else {
      response = storageError(405, 'UnsupportedHttpVerb', `${method} is not emulated.`);
    }
    if (response.status >= 400)
      this.reject(recorded, response.status, response.headers['x-ms-error-code'] ?? '');
    sendBlobResponse(res, response);
  }

  /** What a GET of `path` serves: the finalized artifact or cache entry (as stored now), else an upload. */
  private findBlob(path: string): { blob: BlobContent; headers: Record<string, string> } | undefined {
    const artifact = this.artifacts.find((a) => a.blobPath === path && a.finalized);
    if (artifact) {
      if (artifact.expiresAt.getTime() <= Date.now()) return undefined;
      const fileName = path.slice(path.lastIndexOf('/') + 1);
      return {
        blob: stored(artifact.content, artifact.mimeType, artifact.updatedAt),
        headers: {
          'content-disposition': `attachment; filename="${fileName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        },
      };
    }
    const cache = this.caches.find((c) => c.blobPath === path && c.finalized);
    if (cache)
      return { blob: stored(cache.content, 'application/octet-stream', cache.createdAt), headers: {} };
    const upload = this.blobs.committed(path);
    return upload ? { blob: upload, headers: {} } : undefined;
  }

  private takeFault(recorded: ActionsServiceRequest): Fault | undefined {
    const pending = this.faults.find((f) => f.remaining > 0 && faultMatches(f.match, recorded));
    if (!pending) return undefined;
    pending.remaining--;
    return pending.fault;
  }

  private sendFault(
    res: ServerResponse,
    fault: Extract<Fault, { kind: 'status' | 'rate-limit' }>,
    isTwirp: boolean,
  ) {
    const headers: Record<string, string> =
      fault.kind === 'rate-limit' ? { 'retry-after': String(fault.retryAfter) } : {};
    if (isTwirp) {
      const code =
        fault.kind === 'rate-limit'
          ? 'resource_exhausted'
          : fault.status === 503
            ? 'unavailable'
            : 'internal';
      sendJson(res, fault.status, { code, msg: `injected fault (${fault.status})` }, headers);
      return;
    }
    const code =
      fault.kind === 'rate-limit' ? 'ServerBusy' : fault.status === 503 ? 'ServerBusy' : 'InternalError';
    sendBlobResponse(res, storageError(fault.status, code, `Injected fault (${fault.status}).`, headers));
  }

  private reject(recorded: ActionsServiceRequest, status: number, message: string): void {
    this.rejections.push({ method: recorded.method, path: recorded.path, status, message });
  }
}

function faultMatches(match: ActionsFaultMatch, recorded: ActionsServiceRequest): boolean {
  if (match.method && match.method.toUpperCase() !== recorded.method) return false;
  if (match.path === undefined) return true;
  if (match.path instanceof RegExp) return match.path.test(recorded.path);
  return (
    match.path === recorded.path ||
    (recorded.path.startsWith('/twirp/') && recorded.path.endsWith(`/${match.path}`))
  );
}

function stored(content: Buffer, contentType: string, lastModified: Date): BlobContent {
  return {
    content,
    contentType,
    lastModified,
    etag: `"0x${lastModified.getTime().toString(16).toUpperCase()}"`,
  };
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(payload)),
    ...headers,
  });
  res.end(payload);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseJson(raw: Buffer): unknown {
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return undefined;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
