// Markdown for the job summary and the PR comment section, and the commit status text: pure.
import { code, escapeText, link, table } from '../report/markdown.js';
import { runbookUrl } from '../report/runbooks.js';
import type { MetricResult, PerfReport } from './report.js';

const ICON: Record<string, string> = {
  regression: '🔴 regression',
  improvement: '🟢 improvement',
  'no-change': '⚪ no change',
  inconclusive: '🟡 inconclusive',
  failed: '🔴 failed',
};

/** Four significant digits, so that a change of a few tenths of a percent shows in the figures too. */
function num(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const abs = Math.abs(value);
  return abs >= 1000 ? value.toFixed(0) : Number(value.toPrecision(4)).toString();
}

function signed(pct: number): string {
  if (Number.isNaN(pct)) return '–';
  if (!Number.isFinite(pct)) return pct > 0 ? '+∞' : '−∞';
  return `${pct >= 0 ? '+' : ''}${pct.toFixed(1)}%`;
}

export function changeText(m: MetricResult): string {
  if (Number.isNaN(m.changePct)) return '–';
  return `${signed(m.changePct)} [${signed(m.lowerPct)}, ${signed(m.upperPct)}]`;
}

export function verdictLabel(verdict: string): string {
  return ICON[verdict] ?? verdict;
}

/** Every metric's interval shares one level (the look's share of the family-wise error); e.g. '97.5%'. */
function intervalLevel(report: PerfReport): string {
  const level = (report.metrics.find((m) => m.level > 0)?.level ?? report.level) * 100;
  return `${Number(level.toFixed(2))}%`;
}

function title(report: PerfReport): string {
  return `perf-regression${report.name ? ` (${escapeText(report.name)})` : ''}`;
}

/** The metric table plus limits and notes, shared by the summary and the comment. */
const RUNBOOK_ANCHORS: Record<string, string> = {
  regression: 'regression',
  inconclusive: 'inconclusive',
  failed: 'hard-limit',
};

function runbookLink(verdict: string): string {
  const anchor = RUNBOOK_ANCHORS[verdict];
  return anchor ? ` ${link('What to do', runbookUrl('perf-regression', anchor))}` : '';
}

export function renderPerfBody(report: PerfReport): string {
  const rows = report.metrics.map((m) => [
    escapeText(m.label),
    `${num(m.base)} ${escapeText(m.unit)}`,
    `${num(m.head)} ${escapeText(m.unit)}`,
    changeText(m),
    m.gated === false
      ? `not gated${m.verdict === 'inconclusive' ? `: ${escapeText(m.reason)}` : ` (${verdictLabel(m.verdict)})`}`
      : `${verdictLabel(m.verdict)}${m.verdict === 'inconclusive' || m.verdict === 'no-change' ? `: ${escapeText(m.reason)}` : ''}`,
    m.mdePct === null ? '–' : `${m.mdePct.toFixed(1)}%`,
  ]);
  const parts = [
    `**${verdictLabel(report.verdict)}**: ${escapeText(report.reason)}${runbookLink(report.verdict)}`,
    table(['Metric', 'Base', 'Head', `Change [${intervalLevel(report)} interval]`, 'Verdict', 'MDE'], rows),
  ];
  const limits = report.limits.filter((l) => l.exceeded || l.head > 0 || l.base > 0);
  if (limits.length > 0) {
    parts.push(
      table(
        ['Hard limit', 'Limit', 'Base', 'Head', ''],
        limits.map((l) => [
          escapeText(l.label),
          `${l.limit}${l.unit === '%' ? '%' : ''}`,
          String(l.base),
          String(l.head),
          l.exceeded ? '🔴 exceeded' : 'ok',
        ]),
      ),
    );
  }
  const facts: string[] = [
    `threshold ±${(report.threshold * 100).toFixed(1)}%`,
    `family-wise confidence ${(report.level * 100).toFixed(0)}%`,
  ];
  let figures = '';
  if (report.rounds) {
    const looks = report.rounds.looks;
    facts.push(
      `${report.rounds.measured} measured rounds + ${report.rounds.warmup} warm-up in ${report.rounds.durationSeconds} s${looks ? `, ${looks} look${looks === 1 ? '' : 's'}` : ''}`,
    );
    if (report.rounds.latencyRate) facts.push(`latency trials at ${report.rounds.latencyRate} req/s`);
    figures =
      ' Base and head are geometric means over the measured rounds; change = head / base − 1, with an interval that stays valid however many looks the comparison took.';
  }
  parts.push(
    `<sub>${escapeText(facts.join(' · '))}.${figures} MDE: the smallest change this run would find 80% of the time.</sub>`,
  );
  if (report.calibration) {
    const noise = Object.entries(report.calibration.noisePct)
      .map(([k, v]) => `${code(k)} ${v}%`)
      .join(', ');
    parts.push(
      `**Calibration (A/A)**: noise per round ${noise}; simulated false-alarm rate ${(report.calibration.falseAlarmRate * 100).toFixed(1)}%.`,
    );
  }
  if (report.notes.length > 0) parts.push(report.notes.map((n) => `- ${escapeText(n)}`).join('\n'));
  return `${parts.join('\n\n')}\n`;
}

export function renderPerfSummary(report: PerfReport, trend?: string): string {
  return `## ${title(report)}\n\n${renderPerfBody(report)}${trend ? `\n${trend}\n` : ''}`;
}

export function renderPerfComment(report: PerfReport): string {
  return `### ${title(report)}\n\n${renderPerfBody(report)}`;
}

export function statusContext(name: string): string {
  return `shipshape/perf-regression${name ? ` (${name})` : ''}`;
}

export function statusDescription(report: PerfReport): string {
  return `${report.verdict}: ${report.reason}`;
}
