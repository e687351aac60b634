// Zip archives made by hand for tests: honest ones, and hostile ones (entries that overlap on one
// compressed blob, sizes that lie) that no zip tool would write.
import { crc32, deflateRawSync } from 'node:zlib';

export interface HandEntry {
  name: string;
  data: Buffer;
  /** Defaults to deflate. */
  method?: 'store' | 'deflate';
  /** What the headers claim the inflated size is (default: the truth). */
  claimedSize?: number;
}

function localHeader(name: Buffer, method: number, crc: number, compressed: number, size: number): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(0x0800, 6); // UTF-8 names
  h.writeUInt16LE(method, 8);
  h.writeUInt32LE(crc, 14);
  h.writeUInt32LE(compressed, 18);
  h.writeUInt32LE(size, 22);
  h.writeUInt16LE(name.length, 26);
  return Buffer.concat([h, name]);
}

function centralHeader(
  name: Buffer,
  method: number,
  crc: number,
  compressed: number,
  size: number,
  localAt: number,
): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(0x0800, 8);
  h.writeUInt16LE(method, 10);
  h.writeUInt32LE(crc, 16);
  h.writeUInt32LE(compressed, 20);
  h.writeUInt32LE(size, 24);
  h.writeUInt16LE(name.length, 28);
  h.writeUInt32LE(localAt, 42);
  return Buffer.concat([h, name]);
}

function endOfCentralDirectory(count: number, size: number, at: number): Buffer {
  const e = Buffer.alloc(22);
  e.writeUInt32LE(0x06054b50, 0);
  e.writeUInt16LE(count, 8);
  e.writeUInt16LE(count, 10);
  e.writeUInt32LE(size, 12);
  e.writeUInt32LE(at, 16);
  return e;
}

export function makeZip(entries: readonly HandEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const method = entry.method === 'store' ? 0 : 8;
    const body = method === 0 ? entry.data : deflateRawSync(entry.data, { level: 9 });
    const crc = crc32(entry.data);
    const size = entry.claimedSize ?? entry.data.length;
    const local = Buffer.concat([localHeader(name, method, crc, body.length, size), body]);
    centrals.push(centralHeader(name, method, crc, body.length, size, offset));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  return Buffer.concat([...locals, central, endOfCentralDirectory(entries.length, central.length, offset)]);
}

/**
 * `copies` central-directory entries (named name, name-2, ...) all pointing at one deflated blob of
 * `inflatedBytes` zeros: a reader that inflates every entry holds copies × inflatedBytes.
 */
export function overlappingZipBomb(name: string, inflatedBytes: number, copies: number): Buffer {
  const zeros = Buffer.alloc(inflatedBytes);
  const body = deflateRawSync(zeros, { level: 9 });
  const crc = crc32(zeros);
  const nameBytes = Buffer.from(name, 'utf8');
  const local = Buffer.concat([localHeader(nameBytes, 8, crc, body.length, inflatedBytes), body]);
  const central = Buffer.concat(
    Array.from({ length: copies }, (_, i) =>
      centralHeader(
        Buffer.from(i === 0 ? name : `${name}-${i + 1}`, 'utf8'),
        8,
        crc,
        body.length,
        inflatedBytes,
        0,
      ),
    ),
  );
  return Buffer.concat([local, central, endOfCentralDirectory(copies, central.length, local.length)]);
}
