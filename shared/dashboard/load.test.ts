import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE_HISTORY_DIR, sampleFiles } from '../../test/fixtures/dashboard/generate.js';
import { collectingLog, makeRecord } from '../../test/support/history-records.js';
import { serializeRecords } from '../history/record.js';
import { InputError } from '../runtime/errors.js';
import { loadHistory } from './load.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});
async function tempDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'shipshape-dashboard-'));
  dirs.push(d);
  return d;
}

describe('the sample history fixture', () => {
  it('is what the generator makes, so it can be regenerated', async () => {
    const committed = (await readdir(SAMPLE_HISTORY_DIR)).sort();
    const files = sampleFiles();
    expect(committed).toEqual([...files.keys()].sort());
    for (const [name, text] of files)
      expect(await readFile(join(SAMPLE_HISTORY_DIR, name), 'utf8')).toBe(text);
  });

  it('reads back as valid records of every kind on two branches', async () => {
    const log = collectingLog();
    const loaded = await loadHistory([SAMPLE_HISTORY_DIR], log);
    expect(log.warnings).toEqual([]);
    expect(loaded.skipped).toBe(0);
    const lines = [...sampleFiles().values()].join('').trim().split('\n').length;
    expect(loaded.records).toHaveLength(lines);
    expect(new Set(loaded.records.map((r) => r.kind))).toEqual(
      new Set(['coverage', 'perf', 'vitals', 'uptime']),
    );
    expect(new Set(loaded.records.map((r) => r.branch)).size).toBe(2);
  });
});

describe('loadHistory', () => {
  it('reads .jsonl files at any depth and single files, skipping dot files and damaged lines', async () => {
    const dir = await tempDir();
    const a = makeRecord({ name: 'a' });
    const b = makeRecord({ name: 'b' });
    const c = makeRecord({ name: 'c' });
    await mkdir(join(dir, 'artifact-1', 'inner'), { recursive: true });
    await writeFile(join(dir, 'artifact-1', 'inner', 'x.jsonl'), `${serializeRecords([a])}{oops\n`);
    await writeFile(join(dir, '.half-written.jsonl'), serializeRecords([b]));
    await writeFile(join(dir, 'notes.txt'), serializeRecords([b]));
    const single = join(await tempDir(), 'one.jsonl');
    await writeFile(single, serializeRecords([c, a]));
    const log = collectingLog();
    const loaded = await loadHistory([dir, single], log);
    expect(loaded.records.map((r) => r.name).sort()).toEqual(['a', 'c']);
    expect(loaded.skipped).toBe(1);
    expect(log.warnings).toEqual([
      `${join(dir, 'artifact-1', 'inner', 'x.jsonl')}:2: not valid JSON; record skipped`,
    ]);
  });

  it('names a path that does not exist', async () => {
    const missing = join(await tempDir(), 'nope');
    const error = await loadHistory([missing], collectingLog()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(`input 'history': ${missing}: no such file or folder`);
  });
});
