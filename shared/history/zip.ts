// Reads the small zip archives artifacts are stored as. The artifact client can unpack them itself,
// but it retries a damaged archive for half a minute and then reports only that it failed; here a
// damaged archive is one clear error, and nothing is written outside memory. Archives may come
// from untrusted runs (a fork's pull request), so entry counts and inflated sizes are bounded
// before and while inflating: a few kilobytes can claim gigabytes.
import { crc32, createInflateRaw } from 'node:zlib';
import { UsageError } from '../runtime/errors.js';

export interface ZipEntry {
  name: string;
  data: Buffer;
}

/** A damaged, hostile or unsupported archive; exit 2, since the data is unusable, not shipshape. */
export class ZipError extends UsageError {
  override name = 'ZipError';
}

export interface ZipLimits {
  /** Entries in the central directory, folders included. */
  maxEntries: number;
  /** Inflated bytes of one entry, and of all the entries read together. */
  maxBytes: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** History files hold a few thousand records; anything near this is not one of ours. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 1_000, maxBytes: 64 * 1024 * 1024 };

export function isZip(data: Buffer): boolean {
  return data.length >= 4 && data.readUInt32LE(0) === LOCAL;
}

interface CentralEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressed: number;
  uncompressed: number;
  localAt: number;
}

function findEndOfCentralDirectory(buf: Buffer): number {
  const last = buf.length - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) {
    if (buf.readUInt32LE(at) === EOCD) return at;
  }
  throw new ZipError('not a complete zip archive (no end-of-central-directory record; truncated?)');
}

/** The central directory, checked against the limits before anything is inflated. */
function centralDirectory(buf: Buffer, limits: ZipLimits): CentralEntry[] {
  if (buf.length < 22) throw new ZipError(`not a zip archive (${buf.length} bytes)`);
  const eocd = findEndOfCentralDirectory(buf);
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  let at = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || at === 0xffffffff)
    throw new ZipError('zip64 archives are not supported');
  if (count > limits.maxEntries)
    throw new ZipError(`the archive holds ${count} entries, more than the ${limits.maxEntries} expected`);
  if (at + size > eocd) throw new ZipError('zip central directory lies outside the archive (truncated?)');
  const entries: CentralEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL)
      throw new ZipError(`zip entry ${i + 1}: bad header`);
    const nameLength = buf.readUInt16LE(at + 28);
    entries.push({
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
      flags: buf.readUInt16LE(at + 8),
      method: buf.readUInt16LE(at + 10),
      crc: buf.readUInt32LE(at + 16),
      compressed: buf.readUInt32LE(at + 20),
      uncompressed: buf.readUInt32LE(at + 24),
      localAt: buf.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return entries;
}

/** Inflates one entry chunk by chunk, stopping as soon as it outgrows `maxBytes`. */
async function inflateEntry(buf: Buffer, entry: CentralEntry, maxBytes: number): Promise<Buffer> {
  const { name } = entry;
  if (entry.flags & 1) throw new ZipError(`zip entry ${name}: encrypted`);
  if (entry.uncompressed > maxBytes)
    throw new ZipError(`zip entry ${name}: ${entry.uncompressed} bytes is more than the ${maxBytes} allowed`);
  const at = entry.localAt;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL)
    throw new ZipError(`zip entry ${name}: bad local header`);
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  if (start + entry.compressed > buf.length)
    throw new ZipError(`zip entry ${name}: data runs past the end (truncated?)`);
  const raw = buf.subarray(start, start + entry.compressed);
  let data: Buffer;
  if (entry.method === 0) {
    data = raw;
  } else if (entry.method === 8) {
    data = await new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const inflate = createInflateRaw({ chunkSize: 64 * 1024 });
      inflate.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          inflate.destroy();
          reject(
            new ZipError(`zip entry ${name}: inflates past the ${maxBytes} bytes allowed (a zip bomb?)`),
          );
          return;
        }
        chunks.push(chunk);
      });
      inflate.on('error', (error) => reject(new ZipError(`zip entry ${name}: ${error.message}`)));
      inflate.on('end', () => resolve(Buffer.concat(chunks, size)));
      inflate.end(raw);
    });
  } else {
    throw new ZipError(`zip entry ${name}: compression method ${entry.method} is not supported`);
  }
  if (data.length !== entry.uncompressed || crc32(data) !== entry.crc)
    throw new ZipError(`zip entry ${name}: checksum mismatch`);
  return data;
}

/** Every file in the archive; throws a ZipError with a one-line reason when it is damaged or too big. */
export async function readZip(buf: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipEntry[]> {
  const entries: ZipEntry[] = [];
  let total = 0;
  for (const entry of centralDirectory(buf, limits)) {
    if (entry.name.endsWith('/')) continue;
    const data = await inflateEntry(buf, entry, limits.maxBytes - total);
    total += data.length;
    entries.push({ name: entry.name, data });
  }
  return entries;
}

/**
 * The one entry called `name`, inflating nothing else; undefined when the archive has none. Two
 * entries of that name are refused (which one would a reader believe?).
 */
export async function readZipEntry(
  buf: Buffer,
  name: string,
  limits: ZipLimits,
): Promise<Buffer | undefined> {
  const matches = centralDirectory(buf, limits).filter((e) => e.name === name);
  if (matches.length > 1) throw new ZipError(`the archive holds ${matches.length} entries named ${name}`);
  const [entry] = matches;
  return entry ? inflateEntry(buf, entry, limits.maxBytes) : undefined;
}
