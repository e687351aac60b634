import { type CollectOptions, collectCoverage } from '../coverage/collect.js';
import {
  type Baseline,
  evaluateGates,
  failureMessage,
  type GateConfig,
  type Maybe,
} from '../coverage/gates.js';
import { headline } from '../coverage/headline.js';
import { computePatchCoverage, type PatchCoverage } from '../coverage/patch.js';
import { EXIT } from '../runtime/errors.js';
import { type LineAnnotation, selectAnnotations } from './annotations.js';
import { buildReport, type GateReport } from './report.js';

export interface CoverageGateOptions extends CollectOptions {
  name: string;
  gates: GateConfig;
  commit?: string;
  pullRequest?: number;
  /** Changed lines of the pull request, or undefined when this is not a pull request. */
  changedLines?: () => Promise<Maybe<Map<string, Set<number>>>>;
  /** The base's coverage for max-drop; asked only when that gate is configured. */
  baseline?: () => Promise<Maybe<Baseline>>;
}

export interface CoverageGateOutcome {
  exitCode: number;
  report?: GateReport;
  /** Every failing gate in one readable message. */
  failure?: string;
  annotations: LineAnnotation[];
  annotationsLeftOut: number;
  notes: string[];
}

/** Reads the reports, measures, decides: the whole coverage gate without any GitHub side effect. */
export async function runCoverageGate(options: CoverageGateOptions): Promise<CoverageGateOutcome> {
  const loaded = await collectCoverage(options);
  if ('missing' in loaded)
    return { exitCode: EXIT.ok, annotations: [], annotationsLeftOut: 0, notes: [loaded.missing] };
  const notes = loaded.notes;
  const totals = loaded.totals;
  const coverage = headline(
    totals,
    loaded.sources.map((s) => s.format),
  );
  if (coverage.warning) {
    options.log.warning(coverage.warning);
    notes.push(coverage.warning);
  }

  let patch: Maybe<PatchCoverage> | undefined;
  if (options.changedLines) {
    const changed = await options.changedLines();
    patch =
      'unavailable' in changed
        ? changed
        : { value: computePatchCoverage(loaded.files, changed.value, loaded.workingDirectory) };
  }
  const baseline =
    options.gates.maxDrop === undefined
      ? undefined
      : options.baseline
        ? await options.baseline()
        : { unavailable: 'no coverage history to compare with (history: off)' };
  const gates = evaluateGates(options.gates, {
    totals,
    headline: coverage,
    files: loaded.files,
    patch,
    baseline,
  });
  for (const gate of gates) {
    if (gate.id.startsWith('path:') && gate.skipped) {
      const message = `thresholds: ${gate.reason}, so that rule was not checked (is the glob repo-relative?)`;
      options.log.warning(message);
      notes.push(message);
    }
  }
  const report = buildReport({
    name: options.name,
    commit: options.commit,
    pullRequest: options.pullRequest,
    coverage,
    basis: loaded.basis,
    totals,
    files: loaded.files,
    patch: patch === undefined ? undefined : 'unavailable' in patch ? patch : patch.value,
    gates,
    sources: loaded.sources,
    unmatched: loaded.unmatched,
  });
  const selected = report.patch ? selectAnnotations(report.patch) : { shown: [], leftOut: 0 };
  const failure = failureMessage(gates, options.name);
  return {
    exitCode: report.passed ? EXIT.ok : EXIT.gateFailed,
    report,
    failure,
    annotations: selected.shown,
    annotationsLeftOut: selected.leftOut,
    notes,
  };
}
