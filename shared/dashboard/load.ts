// Reads every history record under the given folders (any depth, as `actions/download-artifact`
// lays artifacts out) or files. Damaged lines are skipped with a warning naming file and line, as
// everywhere else history is read; a path that does not exist is an input error.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type HistoryRecord, parseRecords, type WarningLog } from '../history/record.js';
import { mergeRecords } from '../history/store.js';
import { InputError } from '../runtime/errors.js';

const MAX_DEPTH = 6;

async function jsonlFiles(dir: string, depth: number): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    // Dot files are the folder backend's half-written temporaries.
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory() && depth < MAX_DEPTH) out.push(...(await jsonlFiles(path, depth + 1)));
    else if (e.isFile() && e.name.endsWith('.jsonl')) out.push(path);
  }
  return out;
}

export interface LoadedHistory {
  records: HistoryRecord[];
  files: string[];
  skipped: number;
}

export async function loadHistory(paths: readonly string[], log: WarningLog): Promise<LoadedHistory> {
  const files: string[] = [];
  for (const path of paths) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError('history', `${path}: ${code === 'ENOENT' ? 'no such file or folder' : code}`);
    }
    files.push(...(info.isDirectory() ? await jsonlFiles(path, 0) : [path]));
  }
  const lists: HistoryRecord[][] = [];
  let skipped = 0;
  for (const file of files) {
    const parsed = parseRecords(await readFile(file, 'utf8'), file, log);
    lists.push(parsed.records);
    skipped += parsed.skipped;
  }
  return { records: mergeRecords(lists), files, skipped };
}
