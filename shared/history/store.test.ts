import { describe, expect, it } from 'vitest';
import { makeRecord } from '../../test/support/history-records.js';
import { recordKey } from './record.js';
import { carryForward, DETAIL_KEEP, mergeRecords } from './store.js';

describe('mergeRecords', () => {
  it('takes the union by record key, oldest first by instant, not by string', () => {
    const early = makeRecord({ time: '2025-03-01T12:00:00+02:00' }); // 10:00Z
    const late = makeRecord({ time: '2025-03-01T11:00:00Z' });
    const dup = { ...early, metrics: { lines: 1 } };
    const merged = mergeRecords([
      [late, early],
      [dup, late],
    ]);
    expect(merged.map(recordKey)).toEqual([recordKey(early), recordKey(late)]);
  });
});

describe('carryForward', () => {
  it('keeps the newest `keep` records of each kind and name', () => {
    const old = Array.from({ length: 600 }, () => makeRecord());
    const other = Array.from({ length: 5 }, () => makeRecord({ name: 'e2e' }));
    const fresh = makeRecord();
    const kept = carryForward([...old, ...other], [fresh], 500);
    const unit = kept.filter((r) => r.name === 'unit');
    expect(unit).toHaveLength(500);
    expect(unit.at(-1)).toEqual(fresh);
    // the 101 oldest (600 + 1 new - 500) are the ones dropped
    expect(unit[0]).toEqual(old[101]);
    expect(kept.filter((r) => r.name === 'e2e')).toEqual(other);
  });

  it('keeps bulky detail only on the newest DETAIL_KEEP records, and their metrics on all', () => {
    const records = Array.from({ length: DETAIL_KEEP + 5 }, () =>
      makeRecord({ detail: { files: { 'a.ts': [1, 2] } } }),
    );
    const kept = carryForward(records.slice(0, -1), records.slice(-1), 500);
    expect(kept).toHaveLength(DETAIL_KEEP + 5);
    expect(kept.filter((r) => r.detail !== undefined)).toHaveLength(DETAIL_KEEP);
    expect(kept.slice(-DETAIL_KEEP).every((r) => r.detail !== undefined)).toBe(true);
    expect(kept.every((r) => Object.keys(r.metrics).length > 0)).toBe(true);
  });

  it('rejects a keep that is not a positive whole number', () => {
    expect(() => carryForward([], [makeRecord()], 0)).toThrow(/keep/);
  });
});
