import { displayPercent } from '../coverage/headline.js';
import type { GateReport } from './report.js';

/** The commit status context, one per gate instance so several gates never overwrite each other. */
export function statusContext(name: string): string {
  return name ? `shipshape/coverage-gate (${name})` : 'shipshape/coverage-gate';
}

/** A short status line: the headline figure, then the first failing gate or the patch figure. */
export function statusDescription(report: GateReport): string {
  const c = report.coverage;
  const head = c.pct === null ? `no ${c.metric} measured` : `${c.metric} ${displayPercent(c.pct)}`;
  const failed = report.gates.filter((g) => !g.passed);
  if (failed.length > 0) {
    const more = failed.length > 1 ? ` (+${failed.length - 1} more)` : '';
    return `${head}; failed ${failed[0]!.title}: ${failed[0]!.reason}${more}`;
  }
  return report.patch?.pct != null ? `${head}; patch ${displayPercent(report.patch.pct)}` : head;
}

export function formatOutput(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : displayPercent(value).replace('%', '');
}
