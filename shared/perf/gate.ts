// The decision the step's outcome rests on: pure, so the action, the CLI and the tests share it.
import { EXIT, type ExitCode } from '../runtime/errors.js';
import type { PerfReport } from './report.js';

/** A regression or an exceeded hard limit fails; an A/A calibration and trend-only figures never do. */
export function gateFails(report: Pick<PerfReport, 'mode' | 'verdict'>): boolean {
  return report.mode !== 'aa' && (report.verdict === 'regression' || report.verdict === 'failed');
}

export function perfExitCode(report: Pick<PerfReport, 'mode' | 'verdict'>): ExitCode {
  return gateFails(report) ? EXIT.gateFailed : EXIT.ok;
}

/** The step's failure message, or undefined when the gate passed. */
export function failureMessage(
  report: Pick<PerfReport, 'mode' | 'verdict' | 'name' | 'reason'>,
): string | undefined {
  if (!gateFails(report)) return undefined;
  return `perf-regression${report.name ? ` (${report.name})` : ''}: ${report.verdict}: ${report.reason}`;
}
