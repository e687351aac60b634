import type { GateReport } from './report.js';

function pct(value: number | null): string {
  return value === null ? 'n/a' : `${value.toFixed(2)}%`;
}

/** Plain-text result for terminals and pre-commit hooks. */
export function renderGateText(report: GateReport, quiet: boolean): string {
  const lines: string[] = [];
  if (!quiet) {
    const t = report.totals;
    const figures = [`lines ${pct(t.lines.pct)} (${t.lines.covered}/${t.lines.total})`];
    if (t.statements.total > 0) figures.push(`statements ${pct(t.statements.pct)}`);
    if (t.branches.total > 0) figures.push(`branches ${pct(t.branches.pct)}`);
    if (t.functions.total > 0) figures.push(`functions ${pct(t.functions.pct)}`);
    if (report.patch)
      figures.push(`patch ${pct(report.patch.pct)} (${report.patch.covered}/${report.patch.total})`);
    lines.push(`${report.name ? `${report.name}: ` : ''}${figures.join(', ')}`);
  }
  for (const gate of report.gates) {
    if (quiet && gate.passed) continue;
    const mark = gate.skipped ? 'skip' : gate.passed ? 'pass' : 'FAIL';
    lines.push(`  ${mark}  ${gate.title}: ${gate.reason}`);
  }
  if (!quiet || !report.passed) lines.push(report.passed ? 'coverage gate passed' : 'coverage gate FAILED');
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
