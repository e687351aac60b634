// The exit code of a lighthouse-vitals run, decided from its report alone.
import { EXIT, type ExitCode } from '../runtime/errors.js';
import type { VitalsReport } from './report.js';

export interface VitalsVerdict {
  exitCode: ExitCode;
  /** Why the step failed, one line per page and reason; undefined when it passed. */
  failure?: string;
}

/**
 * A page that could not be measured is an input or environment problem (exit 2) and wins over a
 * missed budget, which is a gate failure (exit 1): the run's evidence is incomplete.
 */
export function vitalsVerdict(report: VitalsReport): VitalsVerdict {
  const failed = report.urls.filter((u) => !u.passed);
  if (failed.length === 0 && report.passed) return { exitCode: EXIT.ok };
  const reasons = failed.flatMap((u) =>
    (u.reasons.length > 0 ? u.reasons : [u.error ?? 'failed']).map((r) => `${u.url} (${u.preset}): ${r}`),
  );
  const failure = `${failed.length} of ${report.urls.length} page(s) failed:\n${reasons.join('\n')}`;
  if (report.urls.some((u) => u.status === 'failed')) return { exitCode: EXIT.badInput, failure };
  return { exitCode: EXIT.gateFailed, failure };
}
