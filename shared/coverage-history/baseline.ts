import type { GitHubClient } from '../github/client.js';
import { findBaseline, resolveAncestry } from '../history/baseline.js';
import type { HistoryRecord } from '../history/record.js';
import type { HistoryBackend } from '../history/store.js';
import type { Logger } from '../runtime/logger.js';
import { type BaseCoverage, baseFromBaseline, COVERAGE_KIND, seriesName } from './records.js';

export interface CoverageHistoryRead {
  /** Every coverage record of this name, for trends. */
  records: HistoryRecord[];
  base: BaseCoverage | { unavailable: string };
  /** Problems reading history: shown as notices, never failing a gate. */
  warnings: string[];
}

/**
 * Reads coverage history and picks the baseline: the record for the merge-base, or for its
 * nearest ancestor that has one. History problems become warnings; they never throw.
 */
export async function readCoverageHistory(o: {
  history: HistoryBackend;
  name: string;
  /** The merge-base of a pull request, or the commit a push started from. */
  mergeBase?: string;
  cwd: string;
  api?: { octokit: GitHubClient; owner: string; repo: string };
  log: Logger;
}): Promise<CoverageHistoryRead> {
  const read = await o.history.read({ kind: COVERAGE_KIND, name: seriesName(o.name) });
  const warnings = [...read.warnings];
  if (!o.mergeBase)
    return { records: read.records, base: { unavailable: 'no base commit to compare with' }, warnings };
  const ancestry = await resolveAncestry({ cwd: o.cwd, mergeBase: o.mergeBase, api: o.api, log: o.log });
  return {
    records: read.records,
    base: baseFromBaseline(findBaseline(read.records, ancestry ?? [])),
    warnings,
  };
}
