import { createHash, createHmac, randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';

// The slice of Azure Blob Storage that @azure/storage-blob's BlockBlobClient speaks when @actions/artifact
// and @actions/cache upload (Put Block + Put Block List, or a single Put Blob) and what a plain HTTP GET of
// a SAS URL returns. URLs carry a SAS-like query (sp, se, sig) signed with the fake's secret, so a URL
// only works for the permission and lifetime it was issued with, as on Azure.

export const AZURE_API_VERSION = '2025-11-05';

export interface BlobContent {
  content: Buffer;
  contentType: string;
  etag: string;
  lastModified: Date;
}

interface StoredBlob {
  committed: BlobContent | undefined;
  uncommitted: Map<string, Buffer>;
}

export interface BlobResponse {
  status: number;
  headers: Record<string, string>;
  body?: Buffer | string;
}

export class BlobStorage {
  private readonly blobs = new Map<string, StoredBlob>();

  constructor(
    private readonly secret: Buffer,
    private readonly baseUrl: () => string,
  ) {}

  /** A SAS-style URL for `path` (which must start with /blob/) granting `permission` until `expiresAt`. */
  signedUrl(path: string, permission: 'r' | 'cw', expiresAt: Date): string {
    const url = new URL(path, this.baseUrl());
    const se = expiresAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
    url.searchParams.set('sv', AZURE_API_VERSION);
    url.searchParams.set('sr', 'b');
    url.searchParams.set('sp', permission);
    url.searchParams.set('se', se);
    url.searchParams.set('sig', this.signature(decodeURIComponent(url.pathname), permission, se));
    return url.toString();
  }

  /**
   * Why the request's SAS does not grant `needed` on `path` (percent-decoded, as the SDK may re-escape
   * it), or undefined when it does.
   */
  checkSignature(
    path: string,
    query: URLSearchParams,
    needed: 'r' | 'w',
    now = new Date(),
  ): string | undefined {
    const sp = query.get('sp') ?? '';
    const se = query.get('se') ?? '';
    const sig = query.get('sig') ?? '';
    if (sig !== this.signature(path, sp, se)) return 'Signature did not match.';
    if (!sp.includes(needed)) return `The SAS grants "${sp}", not "${needed}".`;
    if (Number.isNaN(Date.parse(se)) || Date.parse(se) < now.getTime())
      return 'Signed expiry time has passed.';
    return undefined;
  }

  private signature(path: string, permission: string, expiry: string): string {
    return createHmac('sha256', this.secret).update(`${path}\n${permission}\n${expiry}`).digest('base64');
  }

  committed(path: string): BlobContent | undefined {
    return this.blobs.get(path)?.committed;
  }

  delete(path: string): void {
    this.blobs.delete(path);
  }

  /** Put Block, Put Block List and Put Blob. */
  put(path: string, query: URLSearchParams, headers: IncomingHttpHeaders, body: Buffer): BlobResponse {
    const blob = this.blobs.get(path) ?? { committed: undefined, uncommitted: new Map<string, Buffer>() };
    this.blobs.set(path, blob);
    const comp = query.get('comp');
    if (comp === 'block') {
      const blockId = query.get('blockid');
      if (!blockId) return storageError(400, 'InvalidQueryParameterValue', 'blockid is required.');
      blob.uncommitted.set(blockId, body);
      return { status: 201, headers: { ...commonHeaders(headers), 'content-md5': md5(body) } };
    }
    if (comp === 'blocklist') {
      const parts: Buffer[] = [];
      for (const [, list, id] of body
        .toString('utf8')
        .matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)) {
        const block = list === 'Committed' ? undefined : blob.uncommitted.get(id ?? '');
        if (!block) return storageError(400, 'InvalidBlockList', `The block ${id} is not staged.`);
        parts.push(block);
      }
      blob.committed = content(Buffer.concat(parts), contentTypeOf(headers));
      blob.uncommitted.clear();
      return { status: 201, headers: { ...commonHeaders(headers), ...writeHeaders(blob.committed) } };
    }
    if (comp !== null) return storageError(400, 'UnsupportedQueryParameter', `comp=${comp} is not emulated.`);
    if (headers['x-ms-blob-type'] !== 'BlockBlob') {
      return storageError(400, 'MissingRequiredHeader', 'x-ms-blob-type must be BlockBlob.');
    }
    blob.committed = content(body, contentTypeOf(headers));
    blob.uncommitted.clear();
    return {
      status: 201,
      headers: { ...commonHeaders(headers), ...writeHeaders(blob.committed), 'content-md5': md5(body) },
    };
  }
}

/** Get Blob / Get Blob Properties for `blob`, honouring `Range` / `x-ms-range` as Azure does. */
export function readBlob(
  blob: BlobContent,
  method: 'GET' | 'HEAD',
  headers: IncomingHttpHeaders,
  extra: Record<string, string> = {},
): BlobResponse {
  const base = {
    ...commonHeaders(headers),
    'content-type': blob.contentType,
    etag: blob.etag,
    'last-modified': blob.lastModified.toUTCString(),
    'x-ms-creation-time': blob.lastModified.toUTCString(),
    'x-ms-blob-type': 'BlockBlob',
    'x-ms-lease-state': 'available',
    'x-ms-lease-status': 'unlocked',
    'x-ms-server-encrypted': 'true',
    'accept-ranges': 'bytes',
    ...extra,
  };
  const total = blob.content.length;
  const rangeHeader = headerValue(headers, 'x-ms-range') ?? headerValue(headers, 'range');
  const range = rangeHeader === undefined ? undefined : parseRange(rangeHeader, total);
  if (range === 'unsatisfiable') {
    return storageError(
      416,
      'InvalidRange',
      'The range specified is invalid for the current size of the resource.',
      {
        'content-range': `bytes */${total}`,
      },
    );
  }
  if (range) {
    const slice = blob.content.subarray(range.start, range.end + 1);
    return {
      status: 206,
      headers: {
        ...base,
        'content-length': String(slice.length),
        'content-range': `bytes ${range.start}-${range.end}/${total}`,
        'x-ms-blob-content-md5': md5(blob.content),
      },
      body: method === 'GET' ? slice : undefined,
    };
  }
  return {
    status: 200,
    headers: { ...base, 'content-length': String(total), 'content-md5': md5(blob.content) },
    body: method === 'GET' ? blob.content : undefined,
  };
}

export function storageError(
  status: number,
  code: string,
  message: string,
  extra: Record<string, string> = {},
): BlobResponse {
  const requestId = randomUUID();
  const body = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}\nRequestId:${requestId}\nTime:${new Date().toISOString()}</Message></Error>`;
  return {
    status,
    headers: {
      'content-type': 'application/xml',
      'x-ms-request-id': requestId,
      'x-ms-version': AZURE_API_VERSION,
      'x-ms-error-code': code,
      ...extra,
    },
    body,
  };
}

export function sendBlobResponse(res: ServerResponse, response: BlobResponse): void {
  const headers = { ...response.headers };
  if (typeof response.body === 'string') headers['content-length'] = String(Buffer.byteLength(response.body));
  headers['content-length'] ??= '0';
  res.writeHead(response.status, headers);
  res.end(response.body);
}

function parseRange(
  header: string,
  total: number,
): { start: number; end: number } | 'unsatisfiable' | undefined {
  const found = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!found || (found[1] === '' && found[2] === '')) return undefined;
  let start: number;
  let end: number;
  if (found[1] === '') {
    start = Math.max(0, total - Number(found[2]));
    end = total - 1;
  } else {
    start = Number(found[1]);
    end = found[2] === '' ? total - 1 : Math.min(Number(found[2]), total - 1);
  }
  if (start >= total || start > end) return 'unsatisfiable';
  return { start, end };
}

function content(body: Buffer, contentType: string): BlobContent {
  return {
    content: body,
    contentType,
    etag: `"0x${createHash('sha1').update(body).update(randomUUID()).digest('hex').slice(0, 15).toUpperCase()}"`,
    lastModified: new Date(),
  };
}

function contentTypeOf(headers: IncomingHttpHeaders): string {
  return headerValue(headers, 'x-ms-blob-content-type') ?? 'application/octet-stream';
}

function commonHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const clientRequestId = headerValue(headers, 'x-ms-client-request-id');
  return {
    'x-ms-request-id': randomUUID(),
    'x-ms-version': AZURE_API_VERSION,
    date: new Date().toUTCString(),
    ...(clientRequestId ? { 'x-ms-client-request-id': clientRequestId } : {}),
  };
}

function writeHeaders(blob: BlobContent): Record<string, string> {
  return {
    etag: blob.etag,
    'last-modified': blob.lastModified.toUTCString(),
    'x-ms-request-server-encrypted': 'true',
  };
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function md5(body: Buffer): string {
  return createHash('md5').update(body).digest('base64');
}
