// What every history backend offers, and the pure merging rules they share.
import { type HistoryRecord, recordKey } from './record.js';

export interface HistoryQuery {
  kind: string;
  name: string;
}

export interface HistoryRead {
  /** Records of the queried kind and name, oldest first, without duplicates. */
  records: HistoryRecord[];
  /** What could not be read; a read never throws, so a gate is never failed by its history. */
  warnings: string[];
}

export interface HistoryBackend {
  read(q: HistoryQuery): Promise<HistoryRead>;
  /**
   * Stores `records` together with what is already stored, keeping the newest `keep` per kind and
   * name. Throws with a one-line message when nothing could be stored; callers decide whether that
   * is worth more than a warning.
   */
  append(records: HistoryRecord[], o: { keep: number }): Promise<void>;
}

function timeOf(r: HistoryRecord): number {
  return Date.parse(r.time);
}

function byTime(a: HistoryRecord, b: HistoryRecord): number {
  const d = timeOf(a) - timeOf(b);
  if (d !== 0) return d;
  const ka = recordKey(a);
  const kb = recordKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** The union of several reads by recordKey, oldest first. Of two duplicates the later-timed wins. */
export function mergeRecords(lists: readonly (readonly HistoryRecord[])[]): HistoryRecord[] {
  const seen = new Map<string, HistoryRecord>();
  for (const list of lists) {
    for (const r of list) {
      const key = recordKey(r);
      const previous = seen.get(key);
      if (!previous || timeOf(r) >= timeOf(previous)) seen.set(key, r);
    }
  }
  return [...seen.values()].sort(byTime);
}

/** The newest `keep` records of each kind and name among `existing` plus `newRecords`, oldest first. */
export function carryForward(
  existing: readonly HistoryRecord[],
  newRecords: readonly HistoryRecord[],
  keep: number,
): HistoryRecord[] {
  if (!Number.isSafeInteger(keep) || keep < 1)
    throw new Error(`keep must be a whole number ≥ 1, got ${keep}`);
  const merged = mergeRecords([existing, newRecords]);
  const groups = new Map<string, HistoryRecord[]>();
  for (const r of merged) {
    const group = JSON.stringify([r.kind, r.name]);
    const list = groups.get(group) ?? [];
    list.push(r);
    groups.set(group, list);
  }
  return [...groups.values()].flatMap((list) => withoutOldDetail(list.slice(-keep))).sort(byTime);
}

/** How many of the newest records of a kind and name keep their `detail` when carried forward. */
export const DETAIL_KEEP = 20;

function withoutOldDetail(list: HistoryRecord[]): HistoryRecord[] {
  return list.map((r, i) => {
    if (r.detail === undefined || i >= list.length - DETAIL_KEEP) return r;
    const { detail: _dropped, ...rest } = r;
    return rest;
  });
}

export function matching(records: readonly HistoryRecord[], q: HistoryQuery): HistoryRecord[] {
  return records.filter((r) => r.kind === q.kind && r.name === q.name);
}
