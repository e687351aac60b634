// A record's verdict, as the action that wrote it judged the run: `meta.verdict` (free text such as
// 'regression' or 'no change') or `meta.passed` (a boolean). The dashboard only colours it.
import type { HistoryRecord } from '../history/record.js';

export type VerdictStatus = 'pass' | 'fail' | 'warn' | 'info';

export interface Verdict {
  text: string;
  status: VerdictStatus;
}

const FAIL =
  /\b(fail|failed|failure|failing|regression|regressed|down|error|errors|breach|breached|critical)\b/;
const WARN = /\b(warn|warning|inconclusive|degraded|flaky|unknown|skipped)\b/;
const PASS =
  /\b(pass|passed|ok|success|succeeded|improvement|improved|no change|unchanged|up|healthy|within budget)\b/;

export function classifyVerdict(text: string): VerdictStatus {
  const words = text.toLowerCase().replace(/[_-]+/g, ' ');
  if (/\bno (regression|failures?|errors?)\b/.test(words)) return 'pass';
  if (FAIL.test(words)) return 'fail';
  if (WARN.test(words)) return 'warn';
  if (PASS.test(words)) return 'pass';
  return 'info';
}

function fromBoolean(passed: boolean): Verdict {
  return passed ? { text: 'passed', status: 'pass' } : { text: 'failed', status: 'fail' };
}

export function verdictOf(record: Pick<HistoryRecord, 'meta'>): Verdict | undefined {
  const { verdict, passed } = record.meta ?? {};
  if (typeof verdict === 'string' && verdict.trim() !== '') {
    const text = verdict.trim().slice(0, 80);
    return { text, status: classifyVerdict(text) };
  }
  if (typeof verdict === 'boolean') return fromBoolean(verdict);
  if (typeof passed === 'boolean') return fromBoolean(passed);
  if (passed === 'true' || passed === 'false') return fromBoolean(passed === 'true');
  return undefined;
}
