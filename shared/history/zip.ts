// Reads the small zip archives artifacts are stored as. The artifact client can unpack them itself,
// but it retries a damaged archive for half a minute and then reports only that it failed; here a
// damaged archive is one clear warning, and nothing is written outside memory.
import { crc32, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: Buffer;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** History files hold a few hundred records; anything near this is not one of ours. */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

export function isZip(data: Buffer): boolean {
  return data.length >= 4 && data.readUInt32LE(0) === LOCAL;
}

function findEndOfCentralDirectory(buf: Buffer): number {
  const last = buf.length - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) {
    if (buf.readUInt32LE(at) === EOCD) return at;
  }
  throw new Error('not a complete zip archive (no end-of-central-directory record; truncated?)');
}

/** Every file in the archive; throws with a one-line reason when the archive is damaged. */
export function readZip(buf: Buffer): ZipEntry[] {
  if (buf.length < 22) throw new Error(`not a zip archive (${buf.length} bytes)`);
  const eocd = findEndOfCentralDirectory(buf);
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  let at = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || at === 0xffffffff)
    throw new Error('zip64 archives are not supported');
  if (at + size > eocd) throw new Error('zip central directory lies outside the archive (truncated?)');
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL)
      throw new Error(`zip entry ${i + 1}: bad header`);
    const flags = buf.readUInt16LE(at + 8);
    const method = buf.readUInt16LE(at + 10);
    const crc = buf.readUInt32LE(at + 16);
    const compressed = buf.readUInt32LE(at + 20);
    const uncompressed = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    const localAt = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    at = next;
    if (name.endsWith('/')) continue;
    if (flags & 1) throw new Error(`zip entry ${name}: encrypted`);
    if (uncompressed > MAX_ENTRY_BYTES)
      throw new Error(`zip entry ${name}: ${uncompressed} bytes is too large`);
    if (localAt + 30 > buf.length || buf.readUInt32LE(localAt) !== LOCAL) {
      throw new Error(`zip entry ${name}: bad local header`);
    }
    const start = localAt + 30 + buf.readUInt16LE(localAt + 26) + buf.readUInt16LE(localAt + 28);
    if (start + compressed > buf.length)
      throw new Error(`zip entry ${name}: data runs past the end (truncated?)`);
    const raw = buf.subarray(start, start + compressed);
    let data: Buffer;
    if (method === 0) {
      data = raw;
    } else if (method === 8) {
      try {
        data = inflateRawSync(raw, { maxOutputLength: MAX_ENTRY_BYTES });
      } catch (error) {
        throw new Error(`zip entry ${name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    } else {
      throw new Error(`zip entry ${name}: compression method ${method} is not supported`);
    }
    if (data.length !== uncompressed || crc32(data) !== crc)
      throw new Error(`zip entry ${name}: checksum mismatch`);
    entries.push({ name, data });
  }
  return entries;
}
