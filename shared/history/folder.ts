// History in a local directory, for the CLI, the demo and tests. Several processes may append at
// once (a matrix of local runs, parallel test workers), so no file is ever rewritten in place:
// every append writes a new file holding the merged history, renamed into place once complete,
// and only then deletes the files it merged. A record is therefore always in at least one
// complete file, and two appends racing each other leave two files whose union a read merges.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { historyId } from './names.js';
import { type HistoryRecord, parseRecords, serializeRecords } from './record.js';
import {
  carryForward,
  type HistoryBackend,
  type HistoryQuery,
  type HistoryRead,
  matching,
  mergeRecords,
} from './store.js';

/** Files can vanish between listing and reading when another process compacts; list again. */
const MAX_RELISTS = 20;

interface Snapshot extends HistoryRead {
  /** Files that read back completely, so their content may be replaced by a merged file. */
  mergeable: string[];
}

function errorCode(error: unknown): string | undefined {
  return error && typeof error === 'object' && 'code' in error ? String(error.code) : undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class FolderHistory implements HistoryBackend {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  async read(q: HistoryQuery): Promise<HistoryRead> {
    const { records, warnings } = await this.snapshot(q);
    return { records, warnings };
  }

  async append(records: HistoryRecord[], o: { keep: number }): Promise<void> {
    const groups = new Map<string, { q: HistoryQuery; records: HistoryRecord[] }>();
    for (const r of records) {
      const id = historyId(r);
      const group = groups.get(id) ?? { q: { kind: r.kind, name: r.name }, records: [] };
      group.records.push(r);
      groups.set(id, group);
    }
    await mkdir(this.dir, { recursive: true });
    for (const [id, group] of groups) {
      const before = await this.snapshot(group.q);
      const kept = carryForward(before.records, group.records, o.keep);
      await this.writeAtomically(id, serializeRecords(kept));
      for (const file of before.mergeable) {
        await unlink(join(this.dir, file)).catch((error: unknown) => {
          if (errorCode(error) !== 'ENOENT') throw error;
        });
      }
    }
  }

  private filesOf(id: string, names: string[]): string[] {
    return names.filter(
      (n) =>
        n === `${id}.jsonl` ||
        (n.startsWith(`${id}.`) && /^\.\d+-\d+-[0-9a-f]+\.jsonl$/.test(n.slice(id.length))),
    );
  }

  private async snapshot(q: HistoryQuery): Promise<Snapshot> {
    const id = historyId(q);
    for (let attempt = 0; attempt < MAX_RELISTS; attempt++) {
      let names: string[];
      try {
        names = await readdir(this.dir);
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return { records: [], warnings: [], mergeable: [] };
        return { records: [], warnings: [`history folder ${this.dir}: ${describe(error)}`], mergeable: [] };
      }
      const warnings: string[] = [];
      const log = { warning: (m: string) => warnings.push(m) };
      const lists: HistoryRecord[][] = [];
      const mergeable: string[] = [];
      let vanished = false;
      for (const file of this.filesOf(id, names.sort())) {
        const path = join(this.dir, file);
        let text: string;
        try {
          text = await readFile(path, 'utf8');
        } catch (error) {
          if (errorCode(error) === 'ENOENT') {
            vanished = true;
            break;
          }
          warnings.push(`${path}: ${describe(error)}`);
          continue;
        }
        const parsed = parseRecords(text, path, log);
        lists.push(parsed.records);
        // A file with lines this version cannot read (a newer schema, damage) is left in place.
        if (parsed.skipped === 0) mergeable.push(file);
      }
      if (vanished) continue;
      return { records: matching(mergeRecords(lists), q), warnings, mergeable };
    }
    return {
      records: [],
      warnings: [`history folder ${this.dir}: files kept changing while being read; gave up`],
      mergeable: [],
    };
  }

  private async writeAtomically(id: string, text: string): Promise<void> {
    const stamp = `${Date.now()}-${process.pid}-${randomBytes(6).toString('hex')}`;
    const temp = join(this.dir, `.${id}.${stamp}.tmp`);
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } catch (error) {
      await handle.close();
      await unlink(temp).catch(() => {});
      throw error;
    }
    await handle.close();
    await rename(temp, join(this.dir, `${id}.${stamp}.jsonl`));
  }
}
