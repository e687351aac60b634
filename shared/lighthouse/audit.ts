// The whole measurement: every URL, N runs (or K alternating base/head rounds), median run,
// slow-machine handling, then the pure decisions of shared/vitals.
import { join } from 'node:path';
import { UsageError } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { fileSlug } from '../runtime/names.js';
import type { BudgetRule } from '../vitals/budgets.js';
import { budgetsFor } from '../vitals/budgets.js';
import { type CompareOptions, compareRounds, type Round } from '../vitals/compare.js';
import { extractRunFacts, METRIC_IDS, type RunFacts } from '../vitals/metrics.js';
import type { FormFactor } from '../vitals/ratings.js';
import {
  type BaseComparison,
  type CwvGate,
  evaluateUrl,
  failedUrl,
  type RunSummary,
  type UrlResult,
} from '../vitals/report.js';
import { redactUrl } from '../vitals/urls.js';
import { LighthouseRunError } from './errors.js';
import { importFromInstall } from './install.js';
import type { Lhr } from './lhr.js';
import {
  type RunContext,
  type RunSettings,
  runWithRetries,
  stopLighthouseWorker,
  warmLighthouseWorker,
} from './run.js';

export interface AuditTarget {
  /** What is audited (may carry secrets in its query: only redactUrl(url) is ever shown). */
  url: string;
  /** Names the page in history: its path when served here on a random port, else the shown URL. */
  key: string;
  /** The same page on the base build, for a side-by-side comparison. */
  baseUrl?: string;
}

export interface AuditOptions {
  name: string;
  targets: AuditTarget[];
  runs: number;
  settings: RunSettings & { preset: FormFactor };
  rules: BudgetRule[];
  cwvGate: CwvGate;
  /** Runs with a lower lhr.environment.benchmarkIndex are repeated (up to maxRepeats) and left out. */
  minBenchmarkIndex: number;
  maxRepeats: number;
  compare: CompareOptions & { rounds: number; failOnRegression: boolean };
  ctx: RunContext;
  log: Logger;
}

type MedianFn = (runs: Lhr[]) => Lhr;

interface Measured {
  lhr: Lhr;
  facts: RunFacts;
  summary: RunSummary;
}

/** A report file name for a page: the one name-cleaning helper, trimmed to a readable length. */
function slug(text: string): string {
  return (
    fileSlug(text.replace(/^https?:\/\//, ''))
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'page'
  );
}

/** Fatal for the whole audit: no page can be measured without Chrome. */
function isFatal(error: unknown): boolean {
  return (
    error instanceof LighthouseRunError &&
    (error.code === 'CHROME_NOT_FOUND' || error.code === 'CHROME_LAUNCH_FAILED')
  );
}

/** Reports each finished run as one progress line: which run, its headline figures, its wall time. */
interface Progress {
  phase: string;
  done: number;
  total: number;
}

async function measure(
  o: AuditOptions,
  url: string,
  label: string,
  budgetLeft: { repeats: number },
  /** Runs thrown away for a slow machine, kept for the report. */
  discarded: RunSummary[],
  progress: Progress,
  what: string,
): Promise<Measured> {
  for (;;) {
    const started = Date.now();
    const out = await runWithRetries(url, o.settings, o.ctx, label);
    const facts = extractRunFacts(out.lhr, out.browserVersion);
    const m = facts.metrics;
    const p = out.phases;
    o.log.debug(
      `${label}: Chrome start ${p.chromeStartMs} ms, Lighthouse import ${p.importMs} ms, Lighthouse ${p.lighthouseMs} ms, reports ${p.writeMs} ms, Chrome stop ${p.chromeStopMs} ms`,
    );
    o.log.progress(
      progress.phase,
      ++progress.done,
      Math.max(progress.total, progress.done),
      `${what}: performance ${m.performance ?? '-'}, LCP ${m.lcp === undefined ? '-' : `${Math.round(m.lcp)} ms`}, ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    const low = facts.benchmarkIndex < o.minBenchmarkIndex;
    const summary: RunSummary = {
      metrics: facts.metrics,
      benchmarkIndex: facts.benchmarkIndex,
      lowBenchmark: low,
      discarded: false,
      htmlReport: `${label}.report.html`,
      warnings: facts.warnings,
    };
    if (!low || budgetLeft.repeats <= 0) return { lhr: out.lhr, facts, summary };
    budgetLeft.repeats--;
    discarded.push({ ...summary, discarded: true });
    o.log.warning(
      `${redactUrl(url)}: benchmarkIndex ${Math.round(facts.benchmarkIndex)} is below min-benchmark-index ${o.minBenchmarkIndex} (the machine was too slow); run repeated`,
    );
    label = `${label}-repeat`;
  }
}

function pickMedian(measured: Measured[], median: MedianFn): number {
  const fine = measured.filter((m) => !m.summary.lowBenchmark);
  const pool = fine.length > 0 ? fine : measured;
  for (const m of measured) m.summary.discarded = fine.length > 0 && m.summary.lowBenchmark;
  const chosen = pool.length === 1 ? (pool[0] as Measured).lhr : median(pool.map((m) => m.lhr));
  return measured.findIndex((m) => m.lhr === chosen);
}

async function auditTarget(
  o: AuditOptions,
  target: AuditTarget,
  median: MedianFn,
  index: number,
): Promise<UrlResult> {
  const display = redactUrl(target.url);
  const prefix = `${o.settings.preset}-${String(index + 1).padStart(2, '0')}-${slug(target.key)}`;
  const repeats = { repeats: o.maxRepeats };
  const head: Measured[] = [];
  const rounds: Round[] = [];
  const warnings: string[] = [];
  const discarded: RunSummary[] = [];
  const progress: Progress = {
    phase: `Lighthouse ${display} (${o.settings.preset})`,
    done: 0,
    total: target.baseUrl ? 2 * o.compare.rounds : o.runs,
  };
  try {
    if (target.baseUrl) {
      // ABBA order: drift of the machine during the job falls on both sides alike.
      for (let r = 0; r < o.compare.rounds; r++) {
        const baseFirst = r % 2 === 0;
        const order = baseFirst ? (['base', 'head'] as const) : (['head', 'base'] as const);
        const got: Partial<Record<'base' | 'head', Measured>> = {};
        for (const side of order) {
          const url = side === 'base' ? target.baseUrl : target.url;
          got[side] = await measure(
            o,
            url,
            `${prefix}-${side}-${r + 1}`,
            repeats,
            discarded,
            progress,
            `round ${r + 1}/${o.compare.rounds}, ${side}`,
          );
        }
        const b = got.base as Measured;
        const h = got.head as Measured;
        head.push(h);
        if (b.summary.lowBenchmark || h.summary.lowBenchmark) {
          warnings.push(
            `round ${r + 1} ran on a slow machine (benchmarkIndex below ${o.minBenchmarkIndex}) and is left out of the comparison`,
          );
          continue;
        }
        if (b.facts.lighthouseVersion !== h.facts.lighthouseVersion)
          warnings.push('base and head ran different Lighthouse versions');
        rounds.push({ base: b.facts.metrics, head: h.facts.metrics });
      }
    } else {
      for (let r = 0; r < o.runs; r++) {
        head.push(
          await measure(
            o,
            target.url,
            `${prefix}-run-${r + 1}`,
            repeats,
            discarded,
            progress,
            `run ${r + 1}`,
          ),
        );
      }
    }
  } catch (error) {
    if (isFatal(error)) throw new UsageError((error as Error).message);
    if (!(error instanceof LighthouseRunError)) throw error;
    const message = error.message.split(target.url).join(display);
    if (target.baseUrl) {
      const baseDisplay = redactUrl(target.baseUrl);
      return failedUrl(
        display,
        target.key,
        o.settings.preset,
        message.split(target.baseUrl).join(baseDisplay),
        head.map((m) => m.summary),
      );
    }
    return failedUrl(
      display,
      target.key,
      o.settings.preset,
      message,
      head.map((m) => m.summary),
    );
  }
  const medianRun = pickMedian(head, median);
  const chosen = head[medianRun] as Measured;
  const slow = head.filter((m) => m.summary.lowBenchmark).length + discarded.length;
  if (head.every((m) => m.summary.lowBenchmark)) {
    warnings.push(
      `every run ran on a slow machine (benchmarkIndex below ${o.minBenchmarkIndex}); figures are unreliable`,
    );
  } else if (slow > 0) {
    warnings.push(
      `${slow} run(s) on a slow machine (benchmarkIndex below ${o.minBenchmarkIndex}) left out of the median`,
    );
  }
  for (const w of new Set(head.flatMap((m) => m.summary.warnings))) warnings.push(`Lighthouse: ${w}`);
  let comparison: BaseComparison | undefined;
  if (target.baseUrl) {
    comparison = {
      baseUrl: redactUrl(target.baseUrl),
      rounds: rounds.length,
      level: o.compare.level,
      metrics: compareRounds(METRIC_IDS, rounds, o.compare),
      versionMismatch: warnings.includes('base and head ran different Lighthouse versions'),
    };
  }
  return evaluateUrl({
    url: display,
    key: target.key,
    preset: o.settings.preset,
    // Kept runs first, so medianRun indexes into the same list.
    runs: [...head.map((m) => m.summary), ...discarded],
    medianRun,
    facts: chosen.facts,
    rules: budgetsFor(o.rules, target.url),
    cwvGate: o.cwvGate,
    comparison,
    failOnRegression: o.compare.failOnRegression,
    warnings,
  });
}

/** Audits every target with one preset, one run at a time. */
export async function runAudit(o: AuditOptions): Promise<UrlResult[]> {
  // The worker's Lighthouse import overlaps with what comes before the first run.
  warmLighthouseWorker(o.ctx.installDir);
  try {
    const mod = await importFromInstall<{ computeMedianRun: MedianFn }>(
      o.ctx.installDir,
      join('lighthouse', 'core', 'lib', 'median-run.js'),
    );
    const urls: UrlResult[] = [];
    for (const [i, target] of o.targets.entries()) {
      const title = `Lighthouse: ${redactUrl(target.url)} (${o.settings.preset})${target.baseUrl ? ` against base ${redactUrl(target.baseUrl)}` : ''}`;
      urls.push(await o.log.group(title, () => auditTarget(o, target, mod.computeMedianRun, i)));
    }
    return urls;
  } finally {
    stopLighthouseWorker();
  }
}
