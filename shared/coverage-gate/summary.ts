import type { GateResult } from '../coverage/gates.js';
import type { Metric } from '../coverage/model.js';
import { lineRanges } from '../coverage/patch.js';
import { percent } from '../coverage/totals.js';
import { code, details, escapeText, link, pct, table } from '../report/markdown.js';
import { coverageGateAnchor, runbookUrl } from '../report/runbooks.js';
import type { GateReport } from './report.js';

const WORST_FILES = 10;
const PATCH_FILES = 25;
const UNMATCHED_SHOWN = 50;

function gateIcon(g: GateResult): string {
  if (g.skipped) return '⏭️';
  return g.passed ? '✅' : '❌';
}

function threshold(g: GateResult): string {
  return g.metric === 'drop' ? `≤ ${g.threshold} pts` : `≥ ${g.threshold}%`;
}

function actual(g: GateResult): string {
  if (g.actual === null) return 'n/a';
  return g.metric === 'drop' ? `${g.actual.toFixed(2)} pts` : `${g.actual.toFixed(2)}%`;
}

function totalsTable(report: GateReport): string {
  const rows: string[][] = [];
  const lead = report.coverage.metric;
  const metrics: Metric[] = [
    lead,
    ...(['lines', 'statements', 'branches', 'functions'] as const).filter(
      (m) => m !== lead && (m !== 'statements' || report.totals.statements.total > 0),
    ),
  ];
  for (const m of metrics) {
    const t = report.totals[m];
    if (t.total === 0 && m !== lead) continue;
    rows.push([
      m === lead ? `**coverage** (${m})` : m,
      String(t.covered),
      String(t.total),
      `**${pct(t.pct)}**`,
    ]);
  }
  if (report.patch)
    rows.push([
      'patch (changed lines)',
      String(report.patch.covered),
      String(report.patch.total),
      `**${pct(report.patch.pct)}**`,
    ]);
  return table(['Metric', 'Covered', 'Total', 'Coverage'], rows, ['l', 'r', 'r', 'r']);
}

function gatesSection(gates: readonly GateResult[]): string {
  if (gates.length === 0) return '_No gate configured._';
  return table(
    ['', 'Gate', 'Threshold', 'Actual', 'Why'],
    gates.map((g) => [
      gateIcon(g),
      escapeText(g.title),
      threshold(g),
      actual(g),
      g.passed
        ? escapeText(g.reason)
        : `${escapeText(g.reason)} ${link('runbook', runbookUrl('coverage-gate', coverageGateAnchor(g.id)))}`,
    ]),
    ['c', 'l', 'r', 'r', 'l'],
  );
}

function rangesText(lines: readonly number[], max = 8): string {
  const ranges = lineRanges(lines).map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`));
  const shown = ranges.slice(0, max).join(', ');
  return ranges.length > max ? `${shown}, … (${ranges.length - max} more)` : shown;
}

function patchSection(report: GateReport): string {
  if (!report.patch)
    return report.patchUnavailable
      ? `_Patch coverage not measured: ${escapeText(report.patchUnavailable)}_`
      : '';
  const p = report.patch;
  const worst = p.files.filter((f) => f.uncoveredLines.length > 0);
  const lines = [`${p.covered} of ${p.total} changed executable lines are covered (${pct(p.pct)}).`];
  if (worst.length > 0) {
    lines.push(
      '',
      table(
        ['File', 'Patch', 'Uncovered changed lines'],
        worst
          .slice(0, PATCH_FILES)
          .map((f) => [code(f.path), pct(percent(f.covered, f.executable)), rangesText(f.uncoveredLines)]),
        ['l', 'r', 'l'],
      ),
    );
    if (worst.length > PATCH_FILES)
      lines.push(
        '',
        `_${worst.length - PATCH_FILES} more file(s) with uncovered changed lines are in the JSON report._`,
      );
  }
  if (p.missingFiles.length > 0) {
    lines.push(
      '',
      `Changed source files with no coverage data at all: ${p.missingFiles.slice(0, 20).map(code).join(', ')}${p.missingFiles.length > 20 ? ', …' : ''}`,
    );
  }
  return lines.join('\n');
}

function worstFiles(report: GateReport): string {
  // Ranked by the headline metric, the figure the gate and the summary lead with.
  const m = report.coverage.metric;
  const ranked = report.files
    .filter((f) => f[m].total > 0 && f[m].pct !== null && f[m].pct < 100)
    .sort((a, b) => (a[m].pct ?? 0) - (b[m].pct ?? 0) || b[m].total - a[m].total)
    .slice(0, WORST_FILES);
  if (ranked.length === 0) return '';
  const title = m.charAt(0).toUpperCase() + m.slice(1);
  return details(
    `Least covered files (${ranked.length} of ${report.files.length})`,
    table(
      ['File', title, 'Uncovered'],
      ranked.map((f) => [code(f.path), pct(f[m].pct), String(f[m].total - f[m].covered)]),
      ['l', 'r', 'r'],
    ),
  );
}

export interface SummaryExtras {
  annotationsShown: number;
  annotationsLeftOut: number;
  /** Notes from the run that users should see (status not posted, fallbacks taken). */
  notes: readonly string[];
}

/** The job summary of one coverage-gate run. */
export function renderGateSummary(report: GateReport, extras: SummaryExtras): string {
  const title = report.name ? `Coverage gate: ${escapeText(report.name)}` : 'Coverage gate';
  const verdict = report.passed ? '✅ passed' : '❌ failed';
  const parts = [`## ${title} — ${verdict}`, totalsTable(report), '### Gates', gatesSection(report.gates)];
  const patch = patchSection(report);
  if (patch) parts.push('### Patch coverage', patch);
  const worst = worstFiles(report);
  if (worst) parts.push(worst);
  if (extras.annotationsLeftOut > 0) {
    parts.push(
      `_${extras.annotationsShown} uncovered changed range(s) are annotated on the diff; ${extras.annotationsLeftOut} more were left out because GitHub shows at most ${extras.annotationsShown} annotations per step (all are listed above and in the JSON report)._`,
    );
  }
  if (report.unmatched.length > 0) {
    const shown = report.unmatched.slice(0, UNMATCHED_SHOWN).map((p) => `- ${code(p)}`);
    if (report.unmatched.length > UNMATCHED_SHOWN)
      shown.push(`- … ${report.unmatched.length - UNMATCHED_SHOWN} more`);
    parts.push(
      details(
        `${report.unmatched.length} file(s) in the reports match no tracked file (check working-directory or path mapping)`,
        `${shown.join('\n')}\n\nWhat to do: ${link('runbook', runbookUrl('coverage-gate', 'unmatched-paths'))}`,
      ),
    );
  }
  const sources = report.sources.map((s) => `${code(s.file)} (${s.format}, ${s.files} files)`).join(', ');
  parts.push(`<sub>Read ${report.sources.length} report(s): ${sources}.</sub>`);
  for (const note of report.basis ?? []) parts.push(`<sub>${escapeText(note)}</sub>`);
  for (const note of extras.notes) parts.push(`> ${escapeText(note)}`);
  return `${parts.join('\n\n')}\n`;
}
