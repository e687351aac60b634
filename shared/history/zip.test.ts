import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { isZip, readZip } from './zip.js';

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

  it.each(['ZIP_STORED', 'ZIP_DEFLATED'] as const)('reads every file of a %s archive', (method) => {
    const zip = pythonZip(entries, method);
    expect(isZip(zip)).toBe(true);
    const got = Object.fromEntries(readZip(zip).map((e) => [e.name, e.data.toString('utf8')]));
    expect(got).toEqual(entries);
  });

  it('rejects truncated and damaged archives with a reason instead of garbage', () => {
    const zip = pythonZip(entries, 'ZIP_DEFLATED');
    expect(() => readZip(zip.subarray(0, zip.length - 10))).toThrow(/end-of-central-directory|truncated/);
    expect(() => readZip(zip.subarray(0, 60))).toThrow(/zip/);
    const flipped = Buffer.from(zip);
    const dataAt = zip.indexOf('coverage-unit.jsonl') + 'coverage-unit.jsonl'.length + 5;
    flipped[dataAt] = (flipped[dataAt] ?? 0) ^ 0xff;
    expect(() => readZip(flipped)).toThrow(/zip entry coverage-unit\.jsonl/);
    expect(isZip(Buffer.from('{"schema":1}'))).toBe(false);
  });
});
