// The decision for each audited URL and the JSON report every renderer and output reads.
import { type BudgetCheck, type BudgetRule, checkBudgets } from './budgets.js';
import type { MetricComparison } from './compare.js';
import { formatMetric, METRIC_IDS, type MetricId, type Metrics, type RunFacts } from './metrics.js';
import { CORE_WEB_VITALS, type FormFactor, type Rating, rate } from './ratings.js';

export const REPORT_SCHEMA = 'shipshape.lighthouse-vitals/v1';

export type CwvGate = 'off' | 'poor' | 'needs-improvement';

export interface RunSummary {
  metrics: Metrics;
  benchmarkIndex: number;
  /** The machine was slower than min-benchmark-index during this run. */
  lowBenchmark: boolean;
  /** Left out of the median (slow machine, when enough other runs were fine). */
  discarded: boolean;
  /** File name of the HTML report inside the uploaded artifact. */
  htmlReport?: string;
  warnings: string[];
}

export interface BaseComparison {
  baseUrl: string;
  rounds: number;
  level: number;
  metrics: MetricComparison[];
  /** Base and head were audited by different Lighthouse versions: shown, never gated. */
  versionMismatch: boolean;
}

export interface PreviousRecord {
  sha: string;
  metrics: Metrics;
  lighthouseVersion: string;
  versionMismatch: boolean;
  commitsBehind: number;
}

export interface UrlResult {
  /** As shown: credentials and query values redacted. */
  url: string;
  /** Names the page in history (its path when served on a random local port). */
  key: string;
  preset: FormFactor;
  status: 'measured' | 'failed';
  /** Why the URL could not be measured (status 'failed'). */
  error?: string;
  /** Metrics of the median run (Lighthouse's computeMedianRun). */
  median: Metrics;
  medianRun?: number;
  runs: RunSummary[];
  ratings: Partial<Record<MetricId, Rating>>;
  budgets: BudgetCheck[];
  cwv: { metric: MetricId; rating?: Rating; passed: boolean }[];
  comparison?: BaseComparison;
  previous?: PreviousRecord;
  lighthouseVersion: string;
  chromeVersion: string;
  benchmarkIndex?: number;
  passed: boolean;
  reasons: string[];
  warnings: string[];
}

export interface VitalsReport {
  schema: typeof REPORT_SCHEMA;
  name: string;
  presets: FormFactor[];
  runsPerUrl: number;
  lighthouseVersion: string;
  chromeVersion: string;
  passed: boolean;
  urls: UrlResult[];
}

export interface EvaluateInput {
  url: string;
  key: string;
  preset: FormFactor;
  runs: RunSummary[];
  /** Index into runs of the median run. */
  medianRun: number;
  facts: RunFacts;
  rules: BudgetRule[];
  cwvGate: CwvGate;
  comparison?: BaseComparison;
  failOnRegression: boolean;
  previous?: PreviousRecord;
  warnings?: string[];
}

function failsCwv(rating: Rating | undefined, gate: CwvGate): boolean {
  if (gate === 'off' || rating === undefined) return false;
  return gate === 'poor' ? rating === 'poor' : rating !== 'good';
}

/** Ratings, budgets, the Core Web Vitals gate and regressions against the base, with reasons. */
export function evaluateUrl(o: EvaluateInput): UrlResult {
  const median = o.runs[o.medianRun]?.metrics ?? {};
  const ratings: Partial<Record<MetricId, Rating>> = {};
  for (const id of METRIC_IDS) {
    const r = rate(id, median[id], o.preset);
    if (r) ratings[id] = r;
  }
  const budgets = checkBudgets(o.rules, median);
  const cwv = CORE_WEB_VITALS.map((metric) => ({
    metric,
    rating: ratings[metric],
    passed: !failsCwv(ratings[metric], o.cwvGate),
  }));
  const reasons: string[] = [];
  for (const b of budgets) {
    if (b.passed) continue;
    const actual = b.actual === undefined ? 'not measured' : formatMetric(b.metric, b.actual);
    reasons.push(
      `${b.metric} ${actual} ${b.kind === 'max' ? 'is over' : 'is under'} its budget of ${formatMetric(b.metric, b.limit)} (${b.origin})`,
    );
  }
  for (const c of cwv) {
    if (!c.passed)
      reasons.push(
        `${c.metric} ${formatMetric(c.metric, median[c.metric])} is rated ${c.rating} (Core Web Vitals gate: ${o.cwvGate})`,
      );
  }
  if (o.comparison && o.failOnRegression && !o.comparison.versionMismatch) {
    for (const m of o.comparison.metrics) {
      if (m.verdict === 'regression') reasons.push(`${m.metric} regressed against the base: ${m.reason}`);
    }
  }
  return {
    url: o.url,
    key: o.key,
    preset: o.preset,
    status: 'measured',
    median,
    medianRun: o.medianRun,
    runs: o.runs,
    ratings,
    budgets,
    cwv,
    comparison: o.comparison,
    previous: o.previous,
    lighthouseVersion: o.facts.lighthouseVersion,
    chromeVersion: o.facts.chromeVersion,
    benchmarkIndex: o.facts.benchmarkIndex,
    passed: reasons.length === 0,
    reasons,
    warnings: o.warnings ?? [],
  };
}

export function failedUrl(
  url: string,
  key: string,
  preset: FormFactor,
  error: string,
  runs: RunSummary[] = [],
): UrlResult {
  return {
    url,
    key,
    preset,
    status: 'failed',
    error,
    median: {},
    runs,
    ratings: {},
    budgets: [],
    cwv: [],
    lighthouseVersion: '',
    chromeVersion: '',
    passed: false,
    reasons: [error],
    warnings: [],
  };
}

export function buildReport(o: {
  name: string;
  presets: FormFactor[];
  runsPerUrl: number;
  urls: UrlResult[];
}): VitalsReport {
  const measured = o.urls.find((u) => u.status === 'measured');
  return {
    schema: REPORT_SCHEMA,
    name: o.name,
    presets: o.presets,
    runsPerUrl: o.runsPerUrl,
    lighthouseVersion: measured?.lighthouseVersion ?? '',
    chromeVersion: measured?.chromeVersion ?? '',
    passed: o.urls.every((u) => u.passed),
    urls: o.urls,
  };
}

/** `{ "<url>": { "performance": 97, ... } }` (`"<url> (mobile)"` beside desktop): the `scores` output. */
export function scoresOutput(report: VitalsReport): Record<string, Partial<Record<MetricId, number>>> {
  const out: Record<string, Partial<Record<MetricId, number>>> = {};
  for (const u of report.urls) {
    const s: Partial<Record<MetricId, number>> = {};
    for (const id of ['performance', 'accessibility', 'best-practices', 'seo'] as const) {
      if (u.median[id] !== undefined) s[id] = u.median[id];
    }
    out[report.presets.length > 1 ? `${u.url} (${u.preset})` : u.url] = s;
  }
  return out;
}

/** Attaches the history baseline: shown beside the figures, never gated. */
export function withPrevious(
  u: UrlResult,
  previous: Omit<PreviousRecord, 'versionMismatch'> | undefined,
): UrlResult {
  if (!previous || u.status !== 'measured') return u;
  return {
    ...u,
    previous: { ...previous, versionMismatch: previous.lighthouseVersion !== u.lighthouseVersion },
  };
}
