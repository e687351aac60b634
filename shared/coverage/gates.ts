import picomatch from 'picomatch';
import { coverageGateAnchor, runbookUrl } from '../report/runbooks.js';
import type { Headline } from './headline.js';
import type { FileCoverage, Metric, Totals } from './model.js';
import type { PatchCoverage } from './patch.js';
import type { PathThreshold } from './thresholds.js';
import { computeTotals, percent } from './totals.js';

/** What a run with nothing to measure does: fail the gate (the default) or pass it. */
export type IfEmpty = 'fail' | 'pass';

export interface GateConfig {
  /** Minimum of the headline figure (statements for Go, lines otherwise); input `min-coverage`. */
  minCoverage?: number;
  minimums: Partial<Record<Metric, number>>;
  /** Default 'fail'. */
  ifEmpty?: IfEmpty;
  pathThresholds: readonly PathThreshold[];
  minPatch?: number;
  maxDrop?: number;
}

/** Evidence a gate may need but that can be missing for a stated reason. */
export type Maybe<T> = { value: T } | { unavailable: string };

export interface Baseline {
  /** Line coverage of the base, in percent. */
  lines: number;
  /** Commit the baseline was recorded for, and how far behind the merge-base it is. */
  sha: string;
  commitsBehind: number;
}

export interface GateEvidence {
  totals: Totals;
  /** The headline figure; defaults to lines. */
  headline?: Headline;
  files: readonly FileCoverage[];
  patch?: Maybe<PatchCoverage>;
  baseline?: Maybe<Baseline>;
}

export interface GateResult {
  id: string;
  title: string;
  metric: Metric | 'patch' | 'drop' | 'empty';
  threshold: number;
  /** The measured value; null when there was nothing to measure. */
  actual: number | null;
  passed: boolean;
  /** True when the gate could not be evaluated; a skipped gate never fails the run. */
  skipped: boolean;
  reason: string;
}

/** Thresholds read as the user wrote them; measured values always with two decimals. */
function fmt(n: number): string {
  return `${Number.isInteger(n) ? n : n.toFixed(2)}%`;
}

function measured(n: number): string {
  return `${n.toFixed(2)}%`;
}

/**
 * The fewest extra covered items that make the gate pass, found with the same floored percentage
 * the gate compares: `ceil(28 / 100 * 25)` is 8 in floating point when 7 lines are enough.
 */
function moreNeeded(threshold: number, covered: number, total: number): number {
  let low = covered;
  let high = total;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if ((percent(mid, total) ?? 0) >= threshold) high = mid;
    else low = mid + 1;
  }
  return low - covered;
}

function minimumGate(
  id: string,
  title: string,
  metric: Metric,
  threshold: number,
  actual: number | null,
  covered: number,
  total: number,
): GateResult {
  if (actual === null) {
    return {
      id,
      title,
      metric,
      threshold,
      actual,
      passed: true,
      skipped: true,
      reason: `no ${metric} to measure (0 found)`,
    };
  }
  const passed = actual >= threshold;
  const detail = `${covered}/${total} ${metric} covered`;
  const reason = passed
    ? `${measured(actual)} ≥ ${fmt(threshold)} (${detail})`
    : `${measured(actual)} is below the minimum ${fmt(threshold)} (${detail}; ${moreNeeded(threshold, covered, total)} more needed)`;
  return { id, title, metric, threshold, actual, passed, skipped: false, reason };
}

/** Pure: every gate's verdict from the evidence. Order is the order of the report. */
export function evaluateGates(config: GateConfig, evidence: GateEvidence): GateResult[] {
  const results: GateResult[] = [];
  const t = evidence.totals;
  const nothing = (['lines', 'statements', 'branches', 'functions'] as const).every((m) => t[m].total === 0);
  if (nothing) {
    const allowed = config.ifEmpty === 'pass';
    results.push({
      id: 'not-empty',
      title: 'something to measure',
      metric: 'empty',
      threshold: 0,
      actual: null,
      passed: allowed,
      skipped: allowed,
      reason: allowed
        ? 'the reports hold nothing to measure (0 lines, 0 statements); allowed by if-empty: pass'
        : 'the reports hold nothing to measure (0 lines, 0 statements): did the tests load any source? Set if-empty: pass to allow this',
    });
  }
  const head = evidence.headline ?? { metric: 'lines' as const, ...t.lines };
  if (config.minCoverage !== undefined && !nothing) {
    results.push(
      minimumGate(
        'min-coverage',
        `coverage (${head.metric})`,
        head.metric,
        config.minCoverage,
        head.pct,
        head.covered,
        head.total,
      ),
    );
  }
  for (const metric of ['lines', 'branches', 'functions', 'statements'] as const) {
    const min = config.minimums[metric];
    if (min === undefined) continue;
    const m = t[metric];
    results.push(minimumGate(`min-${metric}`, `${metric} coverage`, metric, min, m.pct, m.covered, m.total));
  }

  for (const rule of config.pathThresholds) {
    const match = picomatch(rule.glob, { dot: true });
    const subset = evidence.files.filter((f) => match(f.path));
    const id = `path:${rule.glob}:${rule.metric}`;
    const title = `${rule.metric} coverage of ${rule.glob}`;
    if (subset.length === 0) {
      results.push({
        id,
        title,
        metric: rule.metric,
        threshold: rule.min,
        actual: null,
        passed: true,
        skipped: true,
        reason: `no covered file matches '${rule.glob}'`,
      });
      continue;
    }
    const t = computeTotals(subset)[rule.metric];
    const gate = minimumGate(id, title, rule.metric, rule.min, t.pct, t.covered, t.total);
    gate.reason = `${gate.reason} in ${subset.length} file(s)`;
    results.push(gate);
  }

  if (config.minPatch !== undefined) results.push(patchGate(config.minPatch, evidence.patch));
  if (config.maxDrop !== undefined)
    results.push(dropGate(config.maxDrop, evidence.totals, evidence.baseline));
  return results;
}

function patchGate(threshold: number, patch: Maybe<PatchCoverage> | undefined): GateResult {
  const base = { id: 'min-patch', title: 'patch coverage', metric: 'patch' as const, threshold };
  if (!patch)
    return {
      ...base,
      actual: null,
      passed: true,
      skipped: true,
      reason: 'not a pull request: no changed lines to measure',
    };
  if ('unavailable' in patch)
    return { ...base, actual: null, passed: true, skipped: true, reason: patch.unavailable };
  const p = patch.value;
  if (p.pct === null)
    return { ...base, actual: null, passed: true, skipped: true, reason: 'no executable line was changed' };
  const passed = p.pct >= threshold;
  const detail = `${p.covered}/${p.total} changed executable lines covered`;
  return {
    ...base,
    actual: p.pct,
    passed,
    skipped: false,
    reason: passed
      ? `${measured(p.pct)} ≥ ${fmt(threshold)} (${detail})`
      : `${measured(p.pct)} of the changed lines are covered, below ${fmt(threshold)} (${detail})`,
  };
}

function dropGate(maxDrop: number, totals: Totals, baseline: Maybe<Baseline> | undefined): GateResult {
  const base = { id: 'max-drop', title: 'drop vs base', metric: 'drop' as const, threshold: maxDrop };
  if (!baseline)
    return {
      ...base,
      actual: null,
      passed: true,
      skipped: true,
      reason: 'no baseline: the history store is not available yet',
    };
  if ('unavailable' in baseline)
    return { ...base, actual: null, passed: true, skipped: true, reason: baseline.unavailable };
  const head = totals.lines.pct;
  if (head === null)
    return { ...base, actual: null, passed: true, skipped: true, reason: 'no lines to measure' };
  const drop = Math.round((baseline.value.lines - head) * 100) / 100;
  const passed = drop <= maxDrop;
  const what =
    drop > 0
      ? `dropped ${drop.toFixed(2)} points`
      : drop < 0
        ? `rose ${(-drop).toFixed(2)} points`
        : 'unchanged';
  return {
    ...base,
    actual: drop,
    passed,
    skipped: false,
    reason: `lines ${what} vs ${baseline.value.sha.slice(0, 7)} (${measured(baseline.value.lines)} → ${measured(head)})${passed ? '' : `, more than the allowed ${maxDrop} points`}`,
  };
}

/** One readable message listing every failing gate, for the failure annotation and the CLI. */
export function failureMessage(results: readonly GateResult[], name?: string): string | undefined {
  const failed = results.filter((r) => !r.passed);
  if (failed.length === 0) return undefined;
  const head = `${name ? `${name}: ` : ''}${failed.length} coverage gate${failed.length > 1 ? 's' : ''} failed:`;
  const runbooks = [...new Set(failed.map((r) => runbookUrl('coverage-gate', coverageGateAnchor(r.id))))];
  return [head, ...failed.map((r) => `- ${r.title}: ${r.reason}`), `What to do: ${runbooks.join(' ')}`].join(
    '\n',
  );
}
