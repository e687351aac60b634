// One way to record history for every action. A run that does not record says why; a series that
// cannot be stored costs that series only; a storage failure, like what could not be read, is a
// warning in the log and a line in the summary, worded alike everywhere, and never fails a run.
import type { Logger } from '../runtime/logger.js';
import type { HistoryRecord } from './record.js';
import type { RecordDecision } from './settings.js';
import type { HistoryBackend } from './store.js';

export interface RecordOutcome {
  /** The records stored, in the order given. */
  stored: HistoryRecord[];
  /** One line per series that was not stored, with why; already logged as warnings. */
  problems: string[];
}

export interface RecordHistoryOptions {
  decision: RecordDecision;
  /** The newest records kept per series. */
  keep: number;
  log: Pick<Logger, 'info' | 'warning'>;
  /** Removes what must not be printed (webhook URLs, tokens) from a backend's error message. */
  scrub?: (text: string) => string;
}

/** The line a run that reads but does not record history shows. */
export function notRecordedLine(decision: RecordDecision): string | undefined {
  return decision.record ? undefined : `History read, not recorded: ${decision.why}.`;
}

/** How messages name a series: `vitals '/checkout'`, or the kind alone when it has no name. */
export function seriesLabel(r: Pick<HistoryRecord, 'kind' | 'name'>): string {
  return r.name ? `${r.kind} '${r.name}'` : r.kind;
}

/** Appends `records` series by series (one kind and name each) when the decision allows it. */
export async function recordHistory(
  backend: HistoryBackend | undefined,
  records: readonly HistoryRecord[],
  o: RecordHistoryOptions,
): Promise<RecordOutcome> {
  const outcome: RecordOutcome = { stored: [], problems: [] };
  const notRecorded = notRecordedLine(o.decision);
  if (notRecorded) {
    o.log.info(notRecorded);
    return outcome;
  }
  if (!backend) return outcome;
  const series = new Map<string, HistoryRecord[]>();
  for (const r of records) {
    const key = JSON.stringify([r.kind, r.name]);
    series.set(key, [...(series.get(key) ?? []), r]);
  }
  for (const group of series.values()) {
    try {
      await backend.append(group, { keep: o.keep });
      outcome.stored.push(...group);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const line = `History not stored for ${seriesLabel(group[0] as HistoryRecord)}: ${(o.scrub ?? String)(reason)}`;
      o.log.warning(line);
      outcome.problems.push(line);
    }
  }
  return outcome;
}

/**
 * What a history read could not do (HistoryRead.warnings), as every action shows it: each a warning
 * in the log and the same line for the summary.
 */
export function historyReadNotes(
  warnings: readonly string[],
  log: Pick<Logger, 'warning'>,
  scrub: (text: string) => string = String,
): string[] {
  return warnings.map((w) => {
    const line = `History: ${scrub(w)}`;
    log.warning(line);
    return line;
  });
}
