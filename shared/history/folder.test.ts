import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeRecord } from '../../test/support/history-records.js';
import { FolderHistory } from './folder.js';
import { HISTORY_SCHEMA, serializeRecords } from './record.js';

const REPO = resolve(import.meta.dirname, '../..');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'history-folder-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('FolderHistory', () => {
  it('reads nothing, and no warning, from a folder that does not exist yet', async () => {
    expect(await new FolderHistory(join(dir, 'missing')).read({ kind: 'coverage', name: 'unit' })).toEqual({
      records: [],
      warnings: [],
    });
  });

  it('returns appended records of the queried kind and name only, in one file per kind and name', async () => {
    const h = new FolderHistory(join(dir, 'h'));
    const [a, b, perf] = [makeRecord(), makeRecord(), makeRecord({ kind: 'perf', name: 'api/login' })];
    await h.append([a], { keep: 500 });
    await h.append([b, perf], { keep: 500 });
    expect((await h.read({ kind: 'coverage', name: 'unit' })).records).toEqual([a, b]);
    expect((await h.read({ kind: 'perf', name: 'api/login' })).records).toEqual([perf]);
    const files = await readdir(join(dir, 'h'));
    expect(files.filter((f) => f.startsWith('coverage-unit.'))).toHaveLength(1);
    expect(files.filter((f) => f.startsWith('perf-'))).toHaveLength(1);
    expect(files.every((f) => /^[A-Za-z0-9_.-]+$/.test(f))).toBe(true);
  });

  it('keeps only the newest `keep` records', async () => {
    const h = new FolderHistory(dir);
    const records = Array.from({ length: 12 }, () => makeRecord());
    for (const r of records) await h.append([r], { keep: 5 });
    expect((await h.read({ kind: 'coverage', name: 'unit' })).records).toEqual(records.slice(-5));
  });

  it('warns about a damaged file, keeps its good records, and leaves it in place on append', async () => {
    const good = makeRecord();
    const damaged = join(dir, 'coverage-unit.jsonl');
    const damagedText = `${serializeRecords([good])}{"schema":"${HISTORY_SCHEMA}",\n`;
    await writeFile(damaged, damagedText);
    const h = new FolderHistory(dir);
    const first = await h.read({ kind: 'coverage', name: 'unit' });
    expect(first.records).toEqual([good]);
    expect(first.warnings).toEqual([expect.stringContaining(`${damaged}:2:`)]);
    const added = makeRecord();
    await h.append([added], { keep: 500 });
    expect((await h.read({ kind: 'coverage', name: 'unit' })).records).toEqual([good, added]);
    expect(await readFile(damaged, 'utf8')).toBe(damagedText);
  });

  it('loses nothing when several processes append at the same time', async () => {
    const workers = 6;
    const perWorker = 15;
    const scratch = join(REPO, '.tmp');
    await mkdir(scratch, { recursive: true });
    const scripts = await mkdtemp(join(scratch, 'history-folder-'));
    try {
      // Node strips the types itself; this hook maps the project's './x.js' imports to './x.ts'.
      await writeFile(
        join(scripts, 'hooks.mjs'),
        `export async function resolve(specifier, context, next) {
  try { return await next(specifier, context); }
  catch (error) {
    if (specifier.startsWith('.') && specifier.endsWith('.js')) return next(specifier.slice(0, -3) + '.ts', context);
    throw error;
  }
}\n`,
      );
      await writeFile(
        join(scripts, 'register.mjs'),
        `import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n`,
      );
      await writeFile(
        join(scripts, 'worker.mjs'),
        `const { FolderHistory } = await import(${JSON.stringify(pathToFileURL(join(import.meta.dirname, 'folder.ts')).href)});
const [dir, worker, count] = process.argv.slice(2);
const h = new FolderHistory(dir);
await Promise.all(Array.from({ length: Number(count) }, (_, i) => h.append([{
  schema: 'shipshape.history/v1', kind: 'perf', name: 'race', repo: 'o/r', branch: 'main',
  sha: 'f'.repeat(40), runId: Number(worker) * 1000 + i, runAttempt: 1,
  time: new Date(Date.UTC(2025, 0, 1, 0, 0, i)).toISOString(),
  runner: { os: 'linux/x64', cpu: 'x', cores: 1 }, metrics: { worker: Number(worker), i },
}], { keep: 100000 })));
`,
      );
      const runs = Array.from(
        { length: workers },
        (_, w) =>
          new Promise<void>((done, fail) => {
            const child = spawn(
              process.execPath,
              [
                '--no-warnings',
                '--import',
                join(scripts, 'register.mjs'),
                join(scripts, 'worker.mjs'),
                dir,
                String(w),
                String(perWorker),
              ],
              { stdio: ['ignore', 'ignore', 'pipe'] },
            );
            let stderr = '';
            child.stderr.on('data', (d) => {
              stderr += d;
            });
            child.on('exit', (code) =>
              code === 0 ? done() : fail(new Error(`worker ${w} exited ${code}: ${stderr}`)),
            );
          }),
      );
      await Promise.all(runs);
      const read = await new FolderHistory(dir).read({ kind: 'perf', name: 'race' });
      expect(read.warnings).toEqual([]);
      const ids = read.records.map((r) => r.runId).sort((a, b) => a - b);
      const expected = Array.from({ length: workers }, (_, w) =>
        Array.from({ length: perWorker }, (_, i) => w * 1000 + i),
      ).flat();
      expect(ids).toEqual(expected.sort((a, b) => a - b));
      expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    } finally {
      await rm(scripts, { recursive: true, force: true });
    }
  });
});
