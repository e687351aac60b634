import { describe, expect, it } from 'vitest';
import { collectingLog, makeRecord } from '../../test/support/history-records.js';
import type { HistoryRecord } from './record.js';
import { historyReadNotes, notRecordedLine, recordHistory } from './record-history.js';
import type { HistoryBackend } from './store.js';

/** A backend that keeps what it is given and fails for the names it is told to. */
function backend(failFor: string[] = [], message = 'artifact service answered 503') {
  const appended: { records: HistoryRecord[]; keep: number }[] = [];
  const b: HistoryBackend = {
    read: async () => ({ records: [], warnings: [] }),
    async append(records, o) {
      if (records.some((r) => failFor.includes(r.name))) throw new Error(message);
      appended.push({ records, keep: o.keep });
    },
  };
  return { b, appended };
}

describe('recordHistory', () => {
  it('appends each series on its own, so one that fails costs only itself', async () => {
    const { b, appended } = backend(['/cart']);
    const log = collectingLog();
    const home = makeRecord({ kind: 'vitals', name: '/' });
    const cart = makeRecord({ kind: 'vitals', name: '/cart' });
    const home2 = makeRecord({ kind: 'vitals', name: '/' });
    const outcome = await recordHistory(b, [home, cart, home2], { decision: { record: true }, keep: 7, log });
    expect(appended).toEqual([{ records: [home, home2], keep: 7 }]);
    expect(outcome.stored).toEqual([home, home2]);
    expect(outcome.problems).toEqual([
      "History not stored for vitals '/cart': artifact service answered 503",
    ]);
    expect(log.warnings).toEqual(outcome.problems);
  });

  it('writes nothing when the run does not record, and says why once', async () => {
    const { b, appended } = backend();
    const log = collectingLog();
    const decision = { record: false as const, why: 'pull requests read history but never write it' };
    const outcome = await recordHistory(b, [makeRecord()], { decision, keep: 7, log });
    expect(appended).toEqual([]);
    expect(outcome).toEqual({ stored: [], problems: [] });
    expect(log.infos).toEqual([notRecordedLine(decision)]);
    expect(log.infos[0]).toBe('History read, not recorded: pull requests read history but never write it.');
  });

  it('scrubs what a failing backend said before it is logged or shown', async () => {
    const hook = 'https://hooks.slack.com/services/T0/B0/secret';
    const { b } = backend(['unit'], `POST ${hook} failed`);
    const log = collectingLog();
    const outcome = await recordHistory(b, [makeRecord()], {
      decision: { record: true },
      keep: 1,
      log,
      scrub: (t) => t.replaceAll(hook, '***'),
    });
    expect(outcome.problems).toEqual(["History not stored for coverage 'unit': POST *** failed"]);
    expect(JSON.stringify(log)).not.toContain('secret');
  });
});

describe('historyReadNotes', () => {
  it('logs what a read could not do and returns the same lines for the summary, scrubbed', () => {
    const log = collectingLog();
    const notes = historyReadNotes(
      ["history cache 'k' could not be read and was skipped: bad zip", 'token ghs_abc refused'],
      log,
      (t) => t.replace('ghs_abc', '***'),
    );
    expect(notes).toEqual([
      "History: history cache 'k' could not be read and was skipped: bad zip",
      'History: token *** refused',
    ]);
    expect(log.warnings).toEqual(notes);
  });
});
