import type { GateResult } from '../coverage/gates.js';
import type { Headline } from '../coverage/headline.js';
import type { LoadedSource } from '../coverage/load.js';
import type { FileCoverage, Totals } from '../coverage/model.js';
import type { PatchCoverage } from '../coverage/patch.js';
import { fileTotals } from '../coverage/totals.js';
import { fileSlug } from '../runtime/names.js';

export const REPORT_SCHEMA = 'shipshape.coverage-gate/v1';

/** Where coverage-gate writes its JSON report in a job; coverage-comment of the same name reads it there. */
export function gateReportPath(runnerTemp: string, name: string): string {
  return `${runnerTemp}/shipshape/coverage-gate-${fileSlug(name)}.json`;
}

/** The machine-readable record of one gate run; documented in docs/coverage-gate.md. */
export interface GateReport {
  schema: typeof REPORT_SCHEMA;
  name: string;
  passed: boolean;
  commit?: string;
  pullRequest?: number;
  /** The headline figure: statements for Go profiles, lines for every other format. */
  coverage: Headline;
  totals: Totals;
  patch: PatchCoverage | null;
  /** Why patch coverage was not measured, when it was not. */
  patchUnavailable?: string;
  gates: GateResult[];
  files: ({ path: string } & Totals)[];
  sources: LoadedSource[];
  unmatched: string[];
  /** Where the figures are not plain per-file detail: header totals used, reports not counted twice. */
  basis: string[];
}

export function buildReport(input: {
  name: string;
  commit?: string;
  pullRequest?: number;
  /** Defaults to the line figure. */
  coverage?: Headline;
  basis?: string[];
  totals: Totals;
  files: readonly FileCoverage[];
  patch: PatchCoverage | { unavailable: string } | undefined;
  gates: GateResult[];
  sources: LoadedSource[];
  unmatched: string[];
}): GateReport {
  const report: GateReport = {
    schema: REPORT_SCHEMA,
    name: input.name,
    passed: input.gates.every((g) => g.passed),
    coverage: input.coverage ?? { metric: 'lines', ...input.totals.lines },
    totals: input.totals,
    patch: input.patch && !('unavailable' in input.patch) ? input.patch : null,
    gates: input.gates,
    files: input.files.map((f) => ({ path: f.path, ...fileTotals(f) })),
    sources: input.sources,
    unmatched: input.unmatched,
    basis: input.basis ?? [],
  };
  if (input.patch && 'unavailable' in input.patch) report.patchUnavailable = input.patch.unavailable;
  if (input.commit) report.commit = input.commit;
  if (input.pullRequest !== undefined) report.pullRequest = input.pullRequest;
  return report;
}
