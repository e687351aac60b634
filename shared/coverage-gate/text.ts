import { displayPercent } from '../coverage/headline.js';
import type { GateReport } from './report.js';

const pct = (value: number | null) => displayPercent(value);

/** Plain-text result for terminals and pre-commit hooks. */
export function renderGateText(report: GateReport, quiet: boolean): string {
  const lines: string[] = [];
  if (!quiet) {
    const t = report.totals;
    const c = report.coverage;
    const figures = [`coverage ${pct(c.pct)} (${c.metric} ${c.covered}/${c.total})`];
    if (c.metric !== 'lines') figures.push(`lines ${pct(t.lines.pct)}`);
    if (t.statements.total > 0 && c.metric !== 'statements')
      figures.push(`statements ${pct(t.statements.pct)}`);
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
  if (!quiet) {
    for (const note of report.basis) lines.push(`  note  ${note}`);
    if (report.unmatched.length > 0) {
      lines.push(
        `  ${report.unmatched.length} file(s) in the reports match no tracked file (check working-directory):`,
      );
      for (const path of report.unmatched.slice(0, 20)) lines.push(`    ${path}`);
      if (report.unmatched.length > 20) lines.push(`    … ${report.unmatched.length - 20} more`);
    }
  }
  const skipped = report.gates.filter((g) => g.skipped);
  if (skipped.length > 0 && !quiet)
    lines.push(
      `  ${skipped.length} gate(s) skipped for lack of data: ${skipped.map((g) => g.title).join(', ')}`,
    );
  if (!quiet || !report.passed) lines.push(report.passed ? 'coverage gate passed' : 'coverage gate FAILED');
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
