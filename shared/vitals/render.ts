// Markdown for the job summary and the sticky pull request comment. Renders the report; decides nothing.
import type { ReportSection } from '../report/budget.js';
import { code, details, escapeText, link, table } from '../report/markdown.js';
import { runbookUrl } from '../report/runbooks.js';
import { mermaidTrend } from '../report/trend.js';
import type { MetricComparison } from './compare.js';
import { formatMetric, METRICS, type MetricId, metricSpec } from './metrics.js';
import { RATING_EMOJI } from './ratings.js';
import type { UrlResult, VitalsReport } from './report.js';

const VERDICT_TEXT: Record<MetricComparison['verdict'], string> = {
  regression: '🔺 regression',
  improvement: '✅ improvement',
  'no-change': '➖ no change',
  inconclusive: '❔ inconclusive',
};

export interface TrendPoint {
  label: string;
  value: number;
}

export interface RenderOptions {
  /** By `<preset> <key>`: performance scores of earlier default-branch runs, oldest first. */
  trends?: Record<string, TrendPoint[]>;
  /** Shown under the title: artifact name, notes about history. */
  notes?: string[];
  /** Link or name of the uploaded HTML reports. */
  reportsArtifact?: string;
}

function formatChange(c: MetricComparison): string {
  if (c.scale === 'ratio') {
    const p = (v: number) => `${v >= 0 ? '+' : ''}${(v * 100).toFixed(1)}%`;
    const interval =
      Number.isFinite(c.lower) && Number.isFinite(c.upper) ? ` [${p(c.lower)}, ${p(c.upper)}]` : '';
    return `${p(c.change)}${interval}`;
  }
  const d = (v: number) => `${v >= 0 ? '+' : '−'}${formatMetric(c.metric, Math.abs(v))}`;
  const interval =
    Number.isFinite(c.lower) && Number.isFinite(c.upper) ? ` [${d(c.lower)}, ${d(c.upper)}]` : '';
  return `${d(c.change)}${interval}`;
}

function budgetCell(u: UrlResult, id: MetricId): string {
  const b = u.budgets.find((x) => x.metric === id);
  if (!b) return '';
  return `${b.passed ? '✅' : '❌'} ${b.kind === 'max' ? '≤' : '≥'} ${formatMetric(id, b.limit)}`;
}

function metricRows(u: UrlResult): string[][] {
  const rows: string[][] = [];
  for (const spec of METRICS) {
    const value = u.median[spec.id];
    if (value === undefined) continue;
    const rating = u.ratings[spec.id];
    const cmp = u.comparison?.metrics.find((m) => m.metric === spec.id);
    const prev = u.previous?.metrics[spec.id];
    const base = cmp
      ? formatMetric(spec.id, cmp.base)
      : prev !== undefined
        ? `${formatMetric(spec.id, prev)} (history)`
        : '';
    const change = cmp ? formatChange(cmp) : '';
    const verdict = cmp
      ? `${VERDICT_TEXT[cmp.verdict]}${cmp.verdict === 'inconclusive' ? `: ${escapeText(cmp.reason)}` : ''}`
      : '';
    rows.push([
      escapeText(spec.label),
      formatMetric(spec.id, value),
      rating ? `${RATING_EMOJI[rating]} ${rating}` : '',
      budgetCell(u, spec.id),
      base,
      change,
      verdict,
    ]);
  }
  return rows;
}

function runsLine(u: UrlResult): string {
  const used = u.runs.filter((r) => !r.discarded);
  const perf = u.runs.map((r) => (r.metrics.performance === undefined ? '–' : String(r.metrics.performance)));
  const lcp = u.runs.map((r) => formatMetric('lcp', r.metrics.lcp));
  const slow = u.runs.filter((r) => r.lowBenchmark).length;
  return [
    `${u.runs.length} run(s), median run #${(u.medianRun ?? 0) + 1} of the ${used.length} used; performance per run: ${perf.join(', ')}; LCP per run: ${lcp.join(', ')}.`,
    `Lighthouse ${escapeText(u.lighthouseVersion)}, Chrome ${escapeText(u.chromeVersion || 'unknown')}, benchmarkIndex ${u.benchmarkIndex ?? '–'}${slow > 0 ? ` (⚠️ ${slow} run(s) on a slow machine)` : ''}.`,
  ].join(' ');
}

function renderUrl(u: UrlResult, o: RenderOptions): string {
  const head = `### ${u.passed ? '✅' : '❌'} ${code(u.url)} (${u.preset})`;
  if (u.status === 'failed') return `${head}\n\n${escapeText(u.error ?? 'not measured')}`;
  const parts = [head];
  if (u.reasons.length > 0) parts.push(u.reasons.map((r) => `- ${escapeText(r)}`).join('\n'));
  parts.push(
    table(['Metric', 'Value', 'Rating', 'Budget', 'Base', 'Change', 'Verdict'], metricRows(u), [
      'l',
      'r',
      'l',
      'l',
      'r',
      'r',
      'l',
    ]),
  );
  if (u.comparison) {
    const c = u.comparison;
    parts.push(
      `Base ${code(c.baseUrl)} and head audited alternately, ${c.rounds} round(s); intervals at ${(c.level * 100).toFixed(0)}% confidence.${c.versionMismatch ? ' ⚠️ Base and head ran different Lighthouse versions: shown, not gated.' : ''}`,
    );
  }
  if (u.previous?.versionMismatch) {
    parts.push(
      `⚠️ The history baseline (${code(u.previous.sha.slice(0, 7))}) was measured with Lighthouse ${escapeText(u.previous.lighthouseVersion)}: compare with care.`,
    );
  }
  for (const w of u.warnings) parts.push(`⚠️ ${escapeText(w)}`);
  parts.push(runsLine(u));
  const trend = o.trends?.[`${u.preset} ${u.key}`];
  if (trend && trend.length >= 2) {
    parts.push(
      details(
        'Performance score on the default branch',
        mermaidTrend({
          title: 'Performance score',
          labels: trend.map((p) => p.label),
          values: trend.map((p) => p.value),
          yLabel: 'score',
          min: 0,
          max: 100,
        }),
      ),
    );
  }
  return parts.join('\n\n');
}

export function renderTitle(report: VitalsReport): string {
  const failed = report.urls.filter((u) => !u.passed).length;
  const name = report.name ? ` (${escapeText(report.name)})` : '';
  const verdict = report.passed
    ? '✅ passed'
    : `❌ failed (${failed} of ${report.urls.length} URL(s)) ${link('What to do', runbookUrl('lighthouse-vitals', 'budget'))}`;
  return `## Lighthouse vitals${name}: ${verdict}`;
}

/** The job summary: every URL with its table, reasons, runs and trend. */
export function renderSummary(report: VitalsReport, o: RenderOptions = {}): string {
  const parts = [renderTitle(report)];
  parts.push(
    `Preset ${report.presets.join(' and ')}, ${report.runsPerUrl} run(s) per URL. TBT is the lab stand-in for INP. Ratings: Core Web Vitals thresholds (LCP, CLS, FCP, TTFB); Lighthouse's scoring thresholds for TBT and Speed Index.`,
  );
  for (const n of o.notes ?? []) parts.push(escapeText(n));
  if (o.reportsArtifact) parts.push(`HTML reports: workflow artifact ${code(o.reportsArtifact)}.`);
  for (const u of report.urls) parts.push(renderUrl(u, o));
  return `${parts.join('\n\n')}\n`;
}

/** The compact pull request comment, as sections that renderWithinBudget can shorten. */
export function commentSections(report: VitalsReport, o: RenderOptions = {}): ReportSection[] {
  const main: MetricId[] = ['performance', 'lcp', 'cls', 'tbt'];
  const rows = report.urls.map((u) => {
    if (u.status === 'failed') return [`${'❌'} ${code(u.url)}`, escapeText(u.error ?? ''), '', '', ''];
    const cell = (id: MetricId) => {
      const rating = u.ratings[id];
      const cmp = u.comparison?.metrics.find((m) => m.metric === id);
      const verdict = cmp && cmp.verdict !== 'no-change' ? ` ${VERDICT_TEXT[cmp.verdict].split(' ')[0]}` : '';
      return `${rating ? `${RATING_EMOJI[rating]} ` : ''}${formatMetric(id, u.median[id])}${verdict}`;
    };
    return [
      `${u.passed ? '✅' : '❌'} ${code(u.url)}${report.presets.length > 1 ? ` (${u.preset})` : ''}`,
      ...main.map(cell),
    ];
  });
  const headers = ['URL', ...main.map((id) => escapeText(metricSpec(id).label.replace(/ \(.*\)$/, '')))];
  const where = o.reportsArtifact ? ` HTML reports: artifact ${code(o.reportsArtifact)}.` : '';
  const sections: ReportSection[] = [
    {
      id: 'title',
      label: 'Result',
      priority: 0,
      required: true,
      markdown: `${renderTitle(report)}\n\nTBT is the lab stand-in for INP.${where}`,
    },
    { id: 'table', label: 'Metrics per URL', priority: 1, markdown: table(headers, rows) },
  ];
  const reasons = report.urls.flatMap((u) =>
    u.reasons.map((r) => `- ${code(u.url)} (${u.preset}): ${escapeText(r)}`),
  );
  if (reasons.length > 0)
    sections.push({ id: 'reasons', label: 'Why it failed', priority: 0, markdown: reasons.join('\n') });
  return sections;
}
