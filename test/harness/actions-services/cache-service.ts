import { blobUrlPath, type TwirpMethod } from './artifact-service.js';
import type { BlobStorage } from './blob-storage.js';
import { optionalInt64, requiredString, TwirpError } from './twirp.js';

// github.actions.results.api.v1.CacheService (cache service v2), as @actions/cache v4+ uses it. Entries are
// keyed by (key, version, scope); the scope is the ref the runtime token may write to, and lookups walk the
// token's readable scopes in order (the run's ref first, then e.g. the default branch).

export interface StoredCache {
  id: number;
  key: string;
  /** The hash @actions/cache derives from the paths, compression method and cross-OS flag. */
  version: string;
  scope: string;
  /** The byte count FinalizeCacheEntryUpload reported. */
  size: number;
  createdAt: Date;
  lastAccessedAt: Date;
  finalized: boolean;
  /** The archive as uploaded (a tar, zstd- or gzip-compressed). Empty until finalized. */
  content: Buffer;
  blobPath: string;
}

export interface CacheLookup {
  key: string;
  restoreKeys: readonly string[];
  version: string;
  /** Readable scopes, most specific first. */
  scopes: readonly string[];
}

/**
 * GitHub's documented lookup order: in each scope, an exact key match, then a prefix match of the key,
 * then each restore key as a prefix in the order given; among several prefix matches the newest wins.
 * Only finalized entries of the same version are candidates.
 */
export function findCacheEntry(
  entries: readonly StoredCache[],
  lookup: CacheLookup,
): StoredCache | undefined {
  for (const scope of lookup.scopes) {
    const candidates = entries
      .filter((e) => e.finalized && e.scope === scope && e.version === lookup.version)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id);
    const exact = candidates.find((e) => e.key === lookup.key);
    if (exact) return exact;
    for (const prefix of [lookup.key, ...lookup.restoreKeys]) {
      const partial = candidates.find((e) => e.key.startsWith(prefix));
      if (partial) return partial;
    }
  }
  return undefined;
}

export interface CacheServiceContext {
  caches: StoredCache[];
  blobs: BlobStorage;
  nextId: () => number;
}

const UPLOAD_URL_LIFETIME_MS = 3600_000;
const DOWNLOAD_URL_LIFETIME_MS = 600_000;

export function cacheService(ctx: CacheServiceContext): Record<string, TwirpMethod> {
  return {
    CreateCacheEntry(body, claims) {
      const key = requiredString(body, 'key');
      const version = requiredString(body, 'version');
      const scope = writeScope(claims.cacheScopes);
      if (ctx.caches.some((c) => c.key === key && c.version === version && c.scope === scope)) {
        throw new TwirpError(
          'already_exists',
          'cache entry with the same key, version, and scope already exists',
        );
      }
      const now = new Date();
      const id = ctx.nextId();
      const entry: StoredCache = {
        id,
        key,
        version,
        scope,
        size: 0,
        createdAt: now,
        lastAccessedAt: now,
        finalized: false,
        content: Buffer.alloc(0),
        blobPath: `/blob/actions-cache/${id}/cache`,
      };
      ctx.caches.push(entry);
      const url = ctx.blobs.signedUrl(
        blobUrlPath(entry.blobPath),
        'cw',
        new Date(now.getTime() + UPLOAD_URL_LIFETIME_MS),
      );
      return { ok: true, signed_upload_url: url };
    },

    FinalizeCacheEntryUpload(body, claims) {
      const key = requiredString(body, 'key');
      const version = requiredString(body, 'version');
      const scope = writeScope(claims.cacheScopes);
      const entry = ctx.caches.find(
        (c) => c.key === key && c.version === version && c.scope === scope && !c.finalized,
      );
      if (!entry)
        throw new TwirpError('not_found', `no cache entry ${key} is being uploaded in scope ${scope}`);
      const blob = ctx.blobs.committed(entry.blobPath);
      if (!blob) throw new TwirpError('failed_precondition', `nothing was uploaded for cache entry ${key}`);
      entry.size = optionalInt64(body, 'size_bytes') ?? blob.content.length;
      entry.content = blob.content;
      entry.finalized = true;
      ctx.blobs.delete(entry.blobPath);
      return { ok: true, entry_id: String(entry.id) };
    },

    GetCacheEntryDownloadURL(body, claims) {
      const key = requiredString(body, 'key');
      const version = requiredString(body, 'version');
      const restoreKeys = body.restore_keys ?? [];
      if (!Array.isArray(restoreKeys) || !restoreKeys.every((k) => typeof k === 'string')) {
        throw new TwirpError('invalid_argument', 'restore_keys must be a list of strings');
      }
      const entry = findCacheEntry(ctx.caches, { key, restoreKeys, version, scopes: claims.cacheScopes });
      if (!entry) return { ok: false };
      entry.lastAccessedAt = new Date();
      const url = ctx.blobs.signedUrl(
        blobUrlPath(entry.blobPath),
        'r',
        new Date(Date.now() + DOWNLOAD_URL_LIFETIME_MS),
      );
      return { ok: true, signed_download_url: url, matched_key: entry.key };
    },
  };
}

function writeScope(scopes: readonly string[]): string {
  const scope = scopes[0];
  if (scope === undefined)
    throw new TwirpError('permission_denied', 'the runtime token grants no cache scope');
  return scope;
}
