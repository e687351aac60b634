import { arch, platform } from 'node:os';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectingLog, makeRecord } from '../../test/support/history-records.js';
import { parseRecords, recordKey, runnerFingerprint, serializeRecords } from './record.js';

describe('parseRecords', () => {
  it('reads back what serializeRecords wrote', () => {
    const records = [makeRecord(), makeRecord({ meta: { pr: 12, draft: false, tool: 'vitest' } })];
    const log = collectingLog();
    const parsed = parseRecords(serializeRecords(records), 'h.jsonl', log);
    expect(parsed).toEqual({ records, skipped: 0 });
    expect(log.warnings).toEqual([]);
  });

  it('skips a record from a newer schema version, naming source and line, and keeps the others', () => {
    const [a, b] = [makeRecord(), makeRecord()];
    const future = JSON.stringify({ ...makeRecord(), schema: 'shipshape.history/v2', extra: [1] });
    const text = `${JSON.stringify(a)}\n${future}\n${JSON.stringify(b)}\n`;
    const log = collectingLog();
    const parsed = parseRecords(text, 'history/coverage-unit.jsonl', log);
    expect(parsed.records).toEqual([a, b]);
    expect(parsed.skipped).toBe(1);
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]).toMatch(/^history\/coverage-unit\.jsonl:2: .*shipshape\.history\/v2.*newer/);
  });

  it('skips corrupt JSON and non-history lines without losing neighbours', () => {
    const [a, b] = [makeRecord(), makeRecord()];
    const text = [
      JSON.stringify(a),
      '{"schema": "shipshape.history/v1", kind',
      '[1,2]',
      '{"schema":"other/v1"}',
      JSON.stringify(b),
    ].join('\r\n');
    const log = collectingLog();
    const parsed = parseRecords(text, 'src', log);
    expect(parsed.records).toEqual([a, b]);
    expect(parsed.skipped).toBe(3);
    expect(log.warnings.map((w) => w.split(':').slice(0, 2).join(':'))).toEqual(['src:2', 'src:3', 'src:4']);
  });

  it('reports a file cut off mid-record as truncated and keeps the complete lines', () => {
    const records = [makeRecord(), makeRecord(), makeRecord()];
    const text = serializeRecords(records);
    const cut = text.slice(0, text.length - 30);
    const log = collectingLog();
    const parsed = parseRecords(cut, 'cut.jsonl', log);
    expect(parsed.records).toEqual(records.slice(0, 2));
    expect(log.warnings[0]).toMatch(/^cut\.jsonl:3: .*truncated/);
  });

  it.each([
    ['sha', { sha: '' }, /'sha'/],
    ['runId', { runId: 1.5 }, /'runId'/],
    ['time', { time: 'yesterday' }, /'time'/],
    ['metric', { metrics: { lines: 'high' } }, /metric 'lines'/],
    ['metric null', { metrics: { lines: null } }, /metric 'lines'/],
    ['runner', { runner: { os: 'linux' } }, /'runner'/],
    ['meta', { meta: { nested: { a: 1 } } }, /meta 'nested'/],
  ])('skips a shape error (%s) and says which field', (_label, patch, message) => {
    const log = collectingLog();
    const parsed = parseRecords(JSON.stringify({ ...makeRecord(), ...patch }), 'x', log);
    expect(parsed).toEqual({ records: [], skipped: 1 });
    expect(log.warnings[0]).toMatch(message);
  });

  it('caps warnings per source and says how many were skipped', () => {
    const log = collectingLog();
    const parsed = parseRecords('garbage\n'.repeat(50), 'junk', log);
    expect(parsed.skipped).toBe(50);
    expect(log.warnings).toHaveLength(11);
    expect(log.warnings[10]).toMatch(/junk: 50 records skipped/);
  });

  it('never throws and keeps every valid record whatever garbage lines surround it', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constant('valid'),
            fc.string().map((s) => s.replace(/[\r\n]/g, ' ')),
          ),
          { maxLength: 30 },
        ),
        (lines) => {
          const valid = lines.filter((l) => l === 'valid').map(() => makeRecord());
          let i = 0;
          const text = lines.map((l) => (l === 'valid' ? JSON.stringify(valid[i++]) : l)).join('\n');
          const parsed = parseRecords(text, 'prop', collectingLog());
          expect(parsed.records).toEqual(valid);
        },
      ),
    );
  });
});

describe('serializeRecords', () => {
  it('refuses a metric that JSON cannot hold', () => {
    expect(() => serializeRecords([makeRecord({ metrics: { p95: Number.NaN } })])).toThrow(/metric 'p95'/);
  });
});

describe('recordKey', () => {
  it('tells run attempts apart and treats identical runs as one', () => {
    const r = makeRecord();
    expect(recordKey({ ...r, metrics: { other: 1 } })).toBe(recordKey(r));
    expect(recordKey({ ...r, runAttempt: 2 })).not.toBe(recordKey(r));
    expect(recordKey({ ...r, name: 'a-b', kind: 'c' })).not.toBe(recordKey({ ...r, name: 'b', kind: 'c-a' }));
  });
});

describe('runnerFingerprint', () => {
  it('describes this machine with a tidy cpu model', () => {
    const f = runnerFingerprint();
    expect(f.os).toBe(`${platform()}/${arch()}`);
    expect(f.cpu).toBe(f.cpu.trim());
    expect(f.cpu).not.toMatch(/\s{2}/);
    expect(f.cpu.length).toBeGreaterThan(0);
    expect(f.cores).toBeGreaterThanOrEqual(1);
  });
});
