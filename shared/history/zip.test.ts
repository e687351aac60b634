import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { makeZip, overlappingZipBomb } from '../../test/support/zip.js';
import { isZip, readZip, readZipEntry } from './zip.js';

// Archives made by an independent implementation (Python's zipfile), stored and deflated.
function pythonZip(entries: Record<string, string>, method: 'ZIP_STORED' | 'ZIP_DEFLATED'): Buffer {
  const script = `
import io, json, sys, zipfile
entries = json.loads(sys.stdin.read())
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.${method}) as z:
    z.writestr('dir/', '')
    for name, text in entries.items():
        z.writestr(name, text)
sys.stdout.buffer.write(buf.getvalue())
`;
  return execFileSync('python3', ['-c', script], { input: JSON.stringify(entries) });
}

describe('readZip', () => {
  const entries = { 'coverage-unit.jsonl': `${'{"a":1}\n'.repeat(200)}`, 'ünï.txt': 'x' };

  it.each(['ZIP_STORED', 'ZIP_DEFLATED'] as const)('reads every file of a %s archive', async (method) => {
    const zip = pythonZip(entries, method);
    expect(isZip(zip)).toBe(true);
    const got = Object.fromEntries((await readZip(zip)).map((e) => [e.name, e.data.toString('utf8')]));
    expect(got).toEqual(entries);
  });

  it('rejects truncated and damaged archives with a reason instead of garbage', async () => {
    const zip = pythonZip(entries, 'ZIP_DEFLATED');
    await expect(readZip(zip.subarray(0, zip.length - 10))).rejects.toThrow(
      /end-of-central-directory|truncated/,
    );
    await expect(readZip(zip.subarray(0, 60))).rejects.toThrow(/zip/);
    const flipped = Buffer.from(zip);
    const dataAt = zip.indexOf('coverage-unit.jsonl') + 'coverage-unit.jsonl'.length + 5;
    flipped[dataAt] = (flipped[dataAt] ?? 0) ^ 0xff;
    await expect(readZip(flipped)).rejects.toThrow(/zip entry coverage-unit\.jsonl/);
    expect(isZip(Buffer.from('{"schema":1}'))).toBe(false);
  });

  it('bounds what a hostile archive can make it hold', async () => {
    const limits = { maxEntries: 8, maxBytes: 1024 * 1024 };
    const bomb = overlappingZipBomb('data.json', 4 * 1024 * 1024, 20);
    await expect(readZip(bomb, limits)).rejects.toThrow(/20 entries, more than the 8 expected/);
    await expect(readZip(overlappingZipBomb('data.json', 4 * 1024 * 1024, 2), limits)).rejects.toThrow(
      /more than the 1048576 allowed/,
    );
    // Headers that understate the size: inflating stops at the limit instead of trusting them.
    const liar = makeZip([{ name: 'data.json', data: Buffer.alloc(8 * 1024 * 1024), claimedSize: 100 }]);
    await expect(readZipEntry(liar, 'data.json', limits)).rejects.toThrow(/inflates past the 1048576 bytes/);
  });
});

describe('readZipEntry', () => {
  it('inflates only the entry asked for and refuses two of that name', async () => {
    const zip = makeZip([
      { name: 'other.bin', data: Buffer.from('x'), method: 'store' },
      { name: 'data.json', data: Buffer.from('{"a":1}') },
    ]);
    expect((await readZipEntry(zip, 'data.json', { maxEntries: 4, maxBytes: 100 }))?.toString()).toBe(
      '{"a":1}',
    );
    expect(await readZipEntry(zip, 'missing.json', { maxEntries: 4, maxBytes: 100 })).toBeUndefined();
    const twice = makeZip([
      { name: 'data.json', data: Buffer.from('{"a":1}') },
      { name: 'data.json', data: Buffer.from('{"a":2}') },
    ]);
    await expect(readZipEntry(twice, 'data.json', { maxEntries: 4, maxBytes: 100 })).rejects.toThrow(
      /2 entries named/,
    );
  });
});
