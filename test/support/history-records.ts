// Builders for tests of the history store.
import { HISTORY_SCHEMA, type HistoryRecord } from '../../shared/history/record.js';

let counter = 0;

export function makeRecord(over: Partial<HistoryRecord> = {}): HistoryRecord {
  counter++;
  return {
    schema: HISTORY_SCHEMA,
    kind: 'coverage',
    name: 'unit',
    repo: 'octo/shop',
    branch: 'main',
    sha: counter.toString(16).padStart(40, 'a'),
    runId: 1000 + counter,
    runAttempt: 1,
    time: new Date(Date.UTC(2025, 0, 1) + counter * 60_000).toISOString(),
    runner: { os: 'linux/x64', cpu: 'Test CPU', cores: 4 },
    metrics: { lines: 80 + (counter % 20) },
    ...over,
  };
}

export function collectingLog(): {
  warnings: string[];
  infos: string[];
  warning(m: string): void;
  info(m: string): void;
} {
  const warnings: string[] = [];
  const infos: string[] = [];
  return { warnings, infos, warning: (m) => warnings.push(m), info: (m) => infos.push(m) };
}
