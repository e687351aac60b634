// Small trend views for PR comments: an inline sparkline, a delta with an arrow, and a Mermaid
// line chart (GitHub renders ```mermaid blocks). Chart labels come from branch names and commit
// subjects, so everything placed in the Mermaid source is reduced to a safe character set.

const BARS = '▁▂▃▄▅▆▇█';
/** A flat series has no highs or lows; the half-height block says "steady". */
const FLAT_BAR = '▄';
const MISSING = ' ';

function isPresent(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** One block character per value, scaled between the series' min and max; gaps for missing values. */
export function sparkline(values: readonly number[]): string {
  const present = Array.from(values).filter(isPresent);
  const lo = Math.min(...present);
  const hi = Math.max(...present);
  return Array.from({ length: values.length }, (_, i) => {
    const v = values[i];
    if (!isPresent(v)) return MISSING;
    if (hi === lo) return FLAT_BAR;
    return BARS[Math.round(((v - lo) / (hi - lo)) * (BARS.length - 1))] ?? MISSING;
  }).join('');
}

/** `▲ +1.23`, `▼ -0.50`, or `= 0.00` when the change is smaller than `epsilon`; `n/a` when unknown. */
export function deltaArrow(delta: number | null, epsilon = 0.005): string {
  if (delta === null || !Number.isFinite(delta)) return 'n/a';
  if (Math.abs(delta) < epsilon) return '= 0.00';
  return delta > 0 ? `▲ +${delta.toFixed(2)}` : `▼ ${delta.toFixed(2)}`;
}

export interface TrendChart {
  title: string;
  /** One label per value (short SHAs, dates, branch names). */
  labels: readonly string[];
  values: readonly number[];
  yLabel: string;
  /** The axis never extends below this (0 for percentages) unless a value does. */
  min?: number;
  /** The axis never extends above this (100 for percentages) unless a value does. */
  max?: number;
  /** Only the most recent points are drawn, to keep the comment short. Default 30. */
  maxPoints?: number;
  /** Inside a closed `<details>` whose summary is the title (default), so the comment stays short. */
  collapsible?: boolean;
}

const LABEL_MAX = 24;
const TITLE_MAX = 80;

/**
 * Reduces user text to letters, digits, marks and a few inert punctuation marks: no quotes,
 * brackets, backticks, `#`/`;` (Mermaid entities), `%%` (directives, comments) or line breaks survive.
 */
export function mermaidText(text: string, maxLength: number, fallback: string): string {
  const cleaned = text
    .replace(/[^\p{L}\p{M}\p{N} ._\-/:+=,@!?~^$*%]+/gu, ' ')
    .replace(/%+/g, '%')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(cleaned);
  const short =
    chars.length > maxLength
      ? `${chars
          .slice(0, maxLength - 1)
          .join('')
          .trimEnd()}…`
      : cleaned;
  return short === '' ? fallback : short;
}

/** Decimal notation only (Mermaid's parser does not read exponents); four decimals are plenty. */
function mermaidNumber(value: number): string {
  const rounded = Number(value.toFixed(4));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

function axisRange(values: readonly number[], min?: number, max?: number): [number, number] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo;
  const pad = span > 0 ? span * 0.1 : Math.max(Math.abs(hi) * 0.05, 1);
  const step = 10 ** Math.floor(Math.log10(pad));
  let lower = Math.floor((lo - pad) / step) * step;
  let upper = Math.ceil((hi + pad) / step) * step;
  if (min !== undefined && Number.isFinite(min)) lower = Math.max(lower, Math.min(min, lo));
  if (max !== undefined && Number.isFinite(max)) upper = Math.min(upper, Math.max(max, hi));
  if (upper <= lower) upper = lower + 1;
  return [lower, upper];
}

/** Our own directive (never user text): a dark, thick line on any theme and a plot sized to the points. */
function mermaidInit(points: number): string {
  // About 32 px per point keeps the x labels (short SHAs) readable; GitHub scales wider charts down.
  const width = Math.min(900, Math.max(420, 120 + 32 * points));
  const init = {
    xyChart: { width, height: 320, xAxis: { labelFontSize: 12 }, yAxis: { labelFontSize: 12 } },
    themeVariables: { xyChart: { plotColorPalette: '#1d4ed8' } },
  };
  return `%%{init: ${JSON.stringify(init)}}%%`;
}

/**
 * A fenced Mermaid `xychart-beta` line chart of `values` (inside a closed `<details>` unless
 * `collapsible` is false), or '' when no value is a finite number. Points with missing values are
 * dropped along with their labels, as Mermaid cannot draw gaps.
 */
export function mermaidTrend(chart: TrendChart): string {
  const { labels, values } = chart;
  if (labels.length !== values.length) {
    throw new RangeError(`mermaidTrend: got ${labels.length} labels for ${values.length} values`);
  }
  const maxPoints = chart.maxPoints ?? 30;
  if (!Number.isInteger(maxPoints) || maxPoints < 1) {
    throw new RangeError(`mermaidTrend: maxPoints must be a positive integer, got ${maxPoints}`);
  }
  const points = values
    .map((value, i) => ({ value, label: labels[i] ?? '' }))
    .filter((p) => isPresent(p.value))
    .slice(-maxPoints);
  if (points.length === 0) return '';

  const ys = points.map((p) => p.value);
  const [lower, upper] = axisRange(ys, chart.min, chart.max);
  const xs = points.map((p, i) => `"${mermaidText(p.label, LABEL_MAX, String(i + 1))}"`);
  const title = mermaidText(chart.title, TITLE_MAX, 'Trend');
  const block = [
    '```mermaid',
    mermaidInit(points.length),
    'xychart-beta',
    `  title "${title}"`,
    `  x-axis [${xs.join(', ')}]`,
    `  y-axis "${mermaidText(chart.yLabel, TITLE_MAX, 'value')}" ${mermaidNumber(lower)} --> ${mermaidNumber(upper)}`,
    `  line [${ys.map(mermaidNumber).join(', ')}]`,
    '```',
  ].join('\n');
  if (chart.collapsible === false) return block;
  // mermaidText leaves no markup characters, so the title is safe as HTML too.
  const runs = `${points.length} run${points.length === 1 ? '' : 's'}`;
  return `<details><summary>${title} (chart, ${runs})</summary>\n\n${block}\n\n</details>`;
}
