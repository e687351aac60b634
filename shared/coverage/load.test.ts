import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCoverage } from './load.js';
import { parseLcov } from './parsers/lcov.js';
import { computeTotals } from './totals.js';

const dir = mkdtempSync(join(tmpdir(), 'load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An lcov report of `files` sections, well over the reader's 256 KiB buffers. */
function bigLcov(files: number): string {
  const out: string[] = [];
  for (let f = 0; f < files; f++) {
    out.push(`SF:src/module_${f}.ts`);
    for (let fn = 0; fn < 20; fn++)
      out.push(`FN:${fn * 5 + 1},handler_${fn}`, `FNDA:${(f + fn) % 3},handler_${fn}`);
    for (let line = 1; line <= 100; line++) out.push(`DA:${line},${(line * 7 + f) % 4}`);
    for (let line = 1; line <= 30; line++)
      out.push(`BRDA:${line},0,${line % 2},${line % 3 === 0 ? '-' : line % 5}`);
    out.push('end_of_record');
  }
  return `${out.join('\n')}\n`;
}

describe('loadCoverage reading an lcov report in chunks', () => {
  it('counts what a parse of the whole file counts, across every chunk boundary', async () => {
    const text = bigLcov(900);
    expect(text.length).toBeGreaterThan(4 * 256 * 1024);
    const file = join(dir, 'lcov.info');
    writeFileSync(file, text);
    const loaded = await loadCoverage({ files: [file], format: 'auto', paths: { workspace: dir } });
    const whole = parseLcov(Buffer.from(text), 'lcov.info');
    expect(loaded.files).toHaveLength(900);
    expect(loaded.totals).toEqual(computeTotals(whole.files));
    const last = (files: typeof whole.files) => files.find((f) => f.path === 'src/module_899.ts');
    expect(last(loaded.files)).toEqual(last(whole.files));
    expect(last(loaded.files)?.functions).toHaveLength(20);
  });

  it('names the file when it cannot be read', async () => {
    await expect(
      loadCoverage({ files: [join(dir, 'absent.info')], format: 'auto', paths: { workspace: dir } }),
    ).rejects.toThrow(/absent\.info: cannot read the file \(ENOENT\)/);
  });
});
