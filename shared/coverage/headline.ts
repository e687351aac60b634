// The one figure a coverage report is summed up by: the number its producing tool prints.
// `go test -cover` prints statement coverage; lcov, istanbul, coverage.py, cobertura, JaCoCo and
// Clover producers lead with lines. The gate (`min-coverage`), the summary, "least covered files",
// the status, the comment and the badge all show this figure, so a team sees in CI what it saw
// locally.

import type { CoverageFormat, Metric, MetricTotal, Totals } from './model.js';

export type HeadlineMetric = Extract<Metric, 'lines' | 'statements'>;

export interface Headline extends MetricTotal {
  metric: HeadlineMetric;
  /** Set when the reports mix Go profiles with other formats; says what the figure is. */
  warning?: string;
}

/**
 * Which metric heads reports of these formats: statements when every report is a Go profile,
 * lines otherwise. A mix of Go and other formats is headed by lines, the one metric every format
 * has, so no file is left out of the figure.
 */
export function headlineMetric(formats: readonly CoverageFormat[]): {
  metric: HeadlineMetric;
  mixed: boolean;
} {
  const go = formats.filter((f) => f === 'go').length;
  if (go > 0 && go === formats.length) return { metric: 'statements', mixed: false };
  return { metric: 'lines', mixed: go > 0 };
}

/** Pure: the headline figure of these totals, read from reports of these formats. */
export function headline(totals: Totals, formats: readonly CoverageFormat[]): Headline {
  const { metric, mixed } = headlineMetric(formats);
  const out: Headline = { metric, ...totals[metric] };
  if (mixed)
    out.warning =
      "The reports mix Go profiles with other formats, so the headline is line coverage of all files (Go's own statement figure covers the Go files only and is in the statements row).";
  return out;
}

/**
 * A percentage for display with `decimals` decimals, rounded down: 79.96% shows as 79.9%, never
 * as the 80.0% a gate at 80 would fail. Works on hundredths so binary fractions cannot push a
 * value below its own display (57.3 × 10 is 572.9999…).
 */
export function displayPercent(pct: number | null | undefined, decimals: 0 | 1 | 2 = 2): string {
  if (pct === null || pct === undefined || !Number.isFinite(pct)) return 'n/a';
  const hundredths = Math.round(pct * 100);
  const step = 10 ** (2 - decimals);
  const floored = Math.floor(hundredths / step) * step;
  return `${(floored / 100).toFixed(decimals)}%`;
}
